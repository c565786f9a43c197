import { create } from 'zustand'

export interface PaletteState {
  /** The command palette is open. */
  open: boolean
  /** What is typed in its field. */
  query: string
  /** The command the arrow keys are on (Enter runs it); null when nothing matches. */
  activeId: string | null
  /** Ids of the commands run from the palette, latest first: listed first when nothing is typed. */
  recent: string[]
}

export const initialPaletteState: PaletteState = { open: false, query: '', activeId: null, recent: [] }

export const usePaletteStore = create<PaletteState>()(() => initialPaletteState)
