// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { layoutActions } from './actions'
import { DEFAULT_WIDTHS, PANE_LIMITS, WIDTHS_STORAGE_KEY } from './selectors'
import { initialLayoutState, useLayoutStore } from './state'

beforeEach(() => {
  localStorage.clear()
  useLayoutStore.setState({ ...initialLayoutState, widths: DEFAULT_WIDTHS, viewport: 1400 }, true)
})

const saved = () => JSON.parse(localStorage.getItem(WIDTHS_STORAGE_KEY) ?? 'null')

describe('layoutActions', () => {
  it('resizes within the bounds and keeps the widths for the next session', () => {
    layoutActions.resize('library', 333.6)
    expect(useLayoutStore.getState().widths).toEqual({ ...DEFAULT_WIDTHS, library: 334 })
    expect(saved()).toEqual({ ...DEFAULT_WIDTHS, library: 334 })
    layoutActions.resize('side', 10)
    expect(useLayoutStore.getState().widths.side).toBe(PANE_LIMITS.side.min)
  })

  it('saves a drag only when asked, and resets to the default', () => {
    layoutActions.resize('side', 500, { save: false })
    expect(saved()).toBeNull()
    layoutActions.save()
    expect(saved().side).toBe(500)
    layoutActions.reset('side')
    expect(useLayoutStore.getState().widths.side).toBe(DEFAULT_WIDTHS.side)
    expect(saved().side).toBe(DEFAULT_WIDTHS.side)
  })
})
