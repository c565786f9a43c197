import { DEFAULT_WIDTHS, paneSizes, WIDTHS_STORAGE_KEY } from './selectors'
import type { ResizablePane } from './state'
import { useLayoutStore } from './state'

const set = useLayoutStore.setState
const get = useLayoutStore.getState

export const layoutActions = {
  /** Sets a pane's width, kept within what this window allows; `save` keeps it for the next session. */
  resize(pane: ResizablePane, width: number, { save = true }: { save?: boolean } = {}): void {
    const { widths, viewport } = get()
    const { min, max } = paneSizes(widths, viewport)[pane]
    const next = Math.round(Math.min(max, Math.max(min, width)))
    if (next !== widths[pane]) set({ widths: { ...widths, [pane]: next } })
    if (save) layoutActions.save()
  },

  /** Gives a pane its default width again. */
  reset(pane: ResizablePane): void {
    layoutActions.resize(pane, DEFAULT_WIDTHS[pane])
  },

  setViewport(width: number): void {
    set({ viewport: width })
  },

  /** Writes the widths to localStorage (a full or disabled storage only loses the preference). */
  save(): void {
    try {
      globalThis.localStorage?.setItem(WIDTHS_STORAGE_KEY, JSON.stringify(get().widths))
    } catch {
      // Nothing to tell the user: the panes still have their width for this session.
    }
  },
}
