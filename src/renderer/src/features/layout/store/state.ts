import { create } from 'zustand'
import { readStoredWidths } from './selectors'

/** The two side panes whose width the user sets; the reader takes what is left. */
export type ResizablePane = 'library' | 'side'

export type PaneWidths = Record<ResizablePane, number>

export interface LayoutState {
  /** The widths the user chose, in CSS pixels (a narrow window may show less). */
  widths: PaneWidths
  /** The window's inner width, which bounds how wide the panes can be. */
  viewport: number
}

export const initialLayoutState: LayoutState = {
  widths: readStoredWidths(globalThis.localStorage),
  viewport: globalThis.innerWidth ?? 1400,
}

export const useLayoutStore = create<LayoutState>()(() => initialLayoutState)
