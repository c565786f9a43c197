import type { LayoutState, PaneView, PaneVisibility, PaneWidths, ResizablePane } from './state'

/** Bounds of each pane; the defaults are the widths the panes had before they could be resized. */
export const PANE_LIMITS: Record<ResizablePane, { min: number; max: number; initial: number }> = {
  library: { min: 180, max: 480, initial: 280 },
  side: { min: 260, max: 640, initial: 360 },
}

// The narrowest reader that still keeps about 40 characters of the reading face per line
// next to its 48px margins; the panes give way before the reader goes below it.
export const READER_MIN_WIDTH = 440

// Renderer-only preference: the window's size and place belong to main, pane widths to the page.
export const WIDTHS_STORAGE_KEY = 'dossier.paneWidths'

// Which panes are shown and focus mode, beside the widths.
export const VIEW_STORAGE_KEY = 'dossier.paneView'

// Below this window width the side pane collapses on its own (until the user opens it), so the
// reader keeps a comfortable line length and the library's buttons keep their room.
export const NARROW_VIEWPORT = 1200

export const ALL_SHOWN: PaneVisibility = { library: true, side: true }

export const DEFAULT_WIDTHS: PaneWidths = { library: PANE_LIMITS.library.initial, side: PANE_LIMITS.side.initial }

/** One pane's width as shown, and how far the user may take it in this window. */
export interface PaneSize {
  width: number
  min: number
  max: number
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** A stored width if it is a sane number of pixels, rounded and within the pane's bounds. */
function validWidth(value: unknown, pane: ResizablePane): number {
  const { min, max, initial } = PANE_LIMITS[pane]
  return typeof value === 'number' && Number.isFinite(value) ? clamp(Math.round(value), min, max) : initial
}

/** A JSON object saved under `key`; anything else (missing, malformed, storage disabled) gives {}. */
function readRecord(storage: Pick<Storage, 'getItem'> | undefined, key: string): Record<string, unknown> {
  let saved: unknown
  try {
    saved = JSON.parse(storage?.getItem(key) ?? 'null')
  } catch {
    saved = null
  }
  return saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {}
}

/** The widths saved by an earlier session; anything missing or malformed gives the default. */
export function readStoredWidths(storage: Pick<Storage, 'getItem'> | undefined): PaneWidths {
  const record = readRecord(storage, WIDTHS_STORAGE_KEY)
  return { library: validWidth(record.library, 'library'), side: validWidth(record.side, 'side') }
}

/** The panes shown and focus mode of an earlier session; by default both panes, no focus mode. */
export function readStoredView(storage: Pick<Storage, 'getItem'> | undefined): PaneView {
  const record = readRecord(storage, VIEW_STORAGE_KEY)
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback)
  return {
    shown: { library: flag(record.library, true), side: flag(record.side, true) },
    focus: flag(record.focus, false),
  }
}

/**
 * The panes on screen: none in focus mode; the side pane only in a window wide enough for it,
 * unless the user opened it there.
 */
export function visiblePanes(
  state: Pick<LayoutState, 'shown' | 'focus' | 'viewport' | 'sideInNarrow'>,
): PaneVisibility {
  if (state.focus) return { library: false, side: false }
  const roomForSide = state.viewport >= NARROW_VIEWPORT || state.sideInNarrow
  return { library: state.shown.library, side: state.shown.side && roomForSide }
}

/**
 * The widths to show in a window `viewport` pixels wide. When both chosen widths and the
 * reader's minimum do not fit, the library gives way first, then the side pane, each down
 * to its minimum; each pane's maximum leaves the reader its minimum beside the other pane.
 * A hidden pane takes no room from the other.
 */
export function paneSizes(
  widths: PaneWidths,
  viewport: number,
  visible: PaneVisibility = ALL_SHOWN,
): Record<ResizablePane, PaneSize> {
  const { library: lib, side: sid } = PANE_LIMITS
  let library = clamp(widths.library, lib.min, lib.max)
  let side = clamp(widths.side, sid.min, sid.max)
  const room = viewport - READER_MIN_WIDTH
  const besideLibrary = () => (visible.side ? side : 0)
  const besideSide = () => (visible.library ? library : 0)
  library = clamp(room - besideLibrary(), lib.min, library)
  side = clamp(room - besideSide(), sid.min, side)
  return {
    library: { width: library, min: lib.min, max: clamp(room - besideLibrary(), lib.min, lib.max) },
    side: { width: side, min: sid.min, max: clamp(room - besideSide(), sid.min, sid.max) },
  }
}
