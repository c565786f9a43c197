import { create } from 'zustand'
import { readStoredView, readStoredWidths } from './selectors'

/** The two side panes whose width the user sets; the reader takes what is left. */
export type ResizablePane = 'library' | 'side'

export type PaneWidths = Record<ResizablePane, number>

/** Which side panes are on screen. */
export type PaneVisibility = Record<ResizablePane, boolean>

/** The panes the user chose to see, kept for the next session. */
export interface PaneView {
  shown: PaneVisibility
  /** Focus mode: the reader alone, whatever `shown` says. */
  focus: boolean
}

export interface LayoutState {
  /** The widths the user chose, in CSS pixels (a narrow window may show less). */
  widths: PaneWidths
  /** The window's inner width, which bounds how wide the panes can be. */
  viewport: number
  shown: PaneVisibility
  focus: boolean
  /**
   * The user opened the side pane in a narrow window, where it is otherwise collapsed; for this
   * session only, so that the next narrow start gives the reader its room again.
   */
  sideInNarrow: boolean
}

export const initialLayoutState: LayoutState = {
  widths: readStoredWidths(globalThis.localStorage),
  viewport: globalThis.innerWidth ?? 1400,
  ...readStoredView(globalThis.localStorage),
  sideInNarrow: false,
}

export const useLayoutStore = create<LayoutState>()(() => initialLayoutState)
