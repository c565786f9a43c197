import type { PaneWidths, ResizablePane } from './state'

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

/** The widths saved by an earlier session; anything missing or malformed gives the default. */
export function readStoredWidths(storage: Pick<Storage, 'getItem'> | undefined): PaneWidths {
  let saved: unknown
  try {
    saved = JSON.parse(storage?.getItem(WIDTHS_STORAGE_KEY) ?? 'null')
  } catch {
    saved = null
  }
  const record = saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {}
  return { library: validWidth(record.library, 'library'), side: validWidth(record.side, 'side') }
}

/**
 * The widths to show in a window `viewport` pixels wide. When both chosen widths and the
 * reader's minimum do not fit, the library gives way first, then the side pane, each down
 * to its minimum; each pane's maximum leaves the reader its minimum beside the other pane.
 */
export function paneSizes(widths: PaneWidths, viewport: number): Record<ResizablePane, PaneSize> {
  const { library: lib, side: sid } = PANE_LIMITS
  let library = clamp(widths.library, lib.min, lib.max)
  let side = clamp(widths.side, sid.min, sid.max)
  const room = viewport - READER_MIN_WIDTH
  library = clamp(room - side, lib.min, library)
  side = clamp(room - library, sid.min, side)
  return {
    library: { width: library, min: lib.min, max: clamp(room - side, lib.min, lib.max) },
    side: { width: side, min: sid.min, max: clamp(room - library, sid.min, sid.max) },
  }
}
