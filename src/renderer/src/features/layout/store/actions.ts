import {
  DEFAULT_WIDTHS,
  NARROW_VIEWPORT,
  paneSizes,
  VIEW_STORAGE_KEY,
  visiblePanes,
  WIDTHS_STORAGE_KEY,
} from './selectors'
import type { ResizablePane } from './state'
import { useLayoutStore } from './state'

const set = useLayoutStore.setState
const get = useLayoutStore.getState

/** Stores a preference (a full or disabled storage only loses it: the page keeps it for this session). */
function store(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value))
  } catch {
    // Nothing to tell the user: the panes still look as chosen for this session.
  }
}

function saveView(): void {
  const { shown, focus } = get()
  store(VIEW_STORAGE_KEY, { ...shown, focus })
}

export const layoutActions = {
  /** Sets a pane's width, kept within what this window allows; `save` keeps it for the next session. */
  resize(pane: ResizablePane, width: number, { save = true }: { save?: boolean } = {}): void {
    const { widths, viewport } = get()
    const { min, max } = paneSizes(widths, viewport, visiblePanes(get()))[pane]
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

  /** Writes the widths to localStorage. */
  save(): void {
    store(WIDTHS_STORAGE_KEY, get().widths)
  },

  /**
   * Shows a hidden pane or hides a shown one. In focus mode it leaves focus mode with that pane
   * shown. In a narrow window, opening or closing the side pane lasts for this session only.
   */
  togglePane(pane: ResizablePane): void {
    const state = get()
    const narrow = state.viewport < NARROW_VIEWPORT
    const show = state.focus || !visiblePanes(state)[pane]
    if (pane === 'side' && narrow) {
      // Opening it shows it in wide windows too; closing it here keeps the wide-window choice.
      set({ sideInNarrow: show, ...(show && { shown: { ...state.shown, side: true } }) })
    } else {
      set({ shown: { ...state.shown, [pane]: show } })
    }
    set({ focus: false })
    saveView()
  },

  /** Brings a hidden pane on screen (a command that needs it: Find, Add note). */
  reveal(pane: ResizablePane): void {
    if (!visiblePanes(get())[pane]) layoutActions.togglePane(pane)
  },

  /** Focus mode: the reader alone, centred; the panes come back as they were. */
  toggleFocus(): void {
    set({ focus: !get().focus })
    saveView()
  },
}
