import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WIDTHS,
  NARROW_VIEWPORT,
  PANE_LIMITS,
  paneSizes,
  READER_MIN_WIDTH,
  readStoredView,
  readStoredWidths,
  VIEW_STORAGE_KEY,
  visiblePanes,
  WIDTHS_STORAGE_KEY,
} from './selectors'

const storage = (value: string | null) => ({ getItem: (key: string) => (key === WIDTHS_STORAGE_KEY ? value : null) })

describe('readStoredWidths', () => {
  it('reads saved widths, rounded and within bounds', () => {
    expect(readStoredWidths(storage('{"library":300.4,"side":420}'))).toEqual({ library: 300, side: 420 })
    expect(readStoredWidths(storage('{"library":5,"side":99999}'))).toEqual({
      library: PANE_LIMITS.library.min,
      side: PANE_LIMITS.side.max,
    })
  })

  it('falls back to the defaults for anything missing or malformed', () => {
    for (const raw of [null, '', 'not json', '[300, 400]', '42', 'null', '{"library":"300","side":null}'])
      expect(readStoredWidths(storage(raw))).toEqual(DEFAULT_WIDTHS)
    expect(readStoredWidths(storage('{"library":"wide","side":400}'))).toEqual({ library: DEFAULT_WIDTHS.library, side: 400 })
    expect(readStoredWidths(undefined)).toEqual(DEFAULT_WIDTHS)
    const throwing = {
      getItem: () => {
        throw new Error('storage disabled')
      },
    }
    expect(readStoredWidths(throwing)).toEqual(DEFAULT_WIDTHS)
  })
})

describe('paneSizes', () => {
  it('shows the chosen widths in a wide window, each bounded so the reader keeps its minimum', () => {
    const sizes = paneSizes({ library: 300, side: 400 }, 1200)
    expect(sizes.library).toEqual({ width: 300, min: PANE_LIMITS.library.min, max: 1200 - READER_MIN_WIDTH - 400 })
    expect(sizes.side).toEqual({ width: 400, min: PANE_LIMITS.side.min, max: 1200 - READER_MIN_WIDTH - 300 })
  })

  it('narrows the library first, then the side pane, when the window is narrow', () => {
    const viewport = 1100
    const sizes = paneSizes({ library: 400, side: 400 }, viewport)
    expect(sizes.side.width).toBe(400)
    expect(sizes.library.width).toBe(viewport - READER_MIN_WIDTH - 400)
    const tiny = paneSizes({ library: 400, side: 600 }, 600)
    expect(tiny.library).toEqual({ width: PANE_LIMITS.library.min, min: PANE_LIMITS.library.min, max: PANE_LIMITS.library.min })
    expect(tiny.side).toEqual({ width: PANE_LIMITS.side.min, min: PANE_LIMITS.side.min, max: PANE_LIMITS.side.min })
  })
})

describe('readStoredView', () => {
  const viewStorage = (value: string | null) => ({
    getItem: (key: string) => (key === VIEW_STORAGE_KEY ? value : null),
  })

  it('reads the panes shown and focus mode, each flag falling back on its own', () => {
    expect(readStoredView(viewStorage('{"library":false,"side":true,"focus":true}'))).toEqual({
      shown: { library: false, side: true },
      focus: true,
    })
    expect(readStoredView(viewStorage('{"library":"no","focus":1}'))).toEqual({
      shown: { library: true, side: true },
      focus: false,
    })
    for (const raw of [null, 'nope', '[]', 'true'])
      expect(readStoredView(viewStorage(raw))).toEqual({ shown: { library: true, side: true }, focus: false })
  })
})

describe('visiblePanes and hidden panes', () => {
  const base = { shown: { library: true, side: true }, focus: false, viewport: 1400, sideInNarrow: false }

  it('hides both in focus mode, and the side pane in a narrow window unless opened there', () => {
    expect(visiblePanes(base)).toEqual({ library: true, side: true })
    expect(visiblePanes({ ...base, focus: true })).toEqual({ library: false, side: false })
    expect(visiblePanes({ ...base, viewport: NARROW_VIEWPORT - 1 })).toEqual({ library: true, side: false })
    expect(visiblePanes({ ...base, viewport: NARROW_VIEWPORT - 1, sideInNarrow: true })).toEqual({
      library: true,
      side: true,
    })
    expect(visiblePanes({ ...base, shown: { library: false, side: false }, sideInNarrow: true })).toEqual({
      library: false,
      side: false,
    })
  })

  it('lets a pane grow into the room of a hidden one', () => {
    const sizes = paneSizes({ library: 400, side: 600 }, 1100, { library: true, side: false })
    expect(sizes.library.width).toBe(400)
    expect(sizes.library.max).toBe(PANE_LIMITS.library.max)
    // With the library shown the side pane would get 1000 - 440 - 180 = 380.
    expect(paneSizes({ library: 400, side: 640 }, 1000, { library: false, side: true }).side.width).toBe(
      1000 - READER_MIN_WIDTH,
    )
  })
})
