import { RECENT_LIMIT } from './selectors'
import { usePaletteStore } from './state'

const set = usePaletteStore.setState
const get = usePaletteStore.getState

export const paletteActions = {
  /** Opens the palette with an empty field. */
  open(): void {
    set({ open: true, query: '', activeId: null })
  },

  close(): void {
    set({ open: false, query: '', activeId: null })
  },

  /** Ctrl/Cmd+K: opens the palette, or closes it when it is open. */
  toggle(): void {
    if (get().open) paletteActions.close()
    else paletteActions.open()
  },

  setQuery(query: string): void {
    set({ query, activeId: null })
  },

  setActive(activeId: string | null): void {
    set({ activeId })
  },

  /** Remembers a command run from the palette, so that it is listed first next time. */
  used(id: string): void {
    set({ recent: [id, ...get().recent.filter((r) => r !== id)].slice(0, RECENT_LIMIT) })
  },
}
