import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { statusActions } from './actions'
import { initialStatusState, useStatusStore } from './state'

beforeEach(() => {
  vi.useFakeTimers()
  useStatusStore.setState(initialStatusState, true)
})
afterEach(() => vi.useRealTimers())

describe('statusActions', () => {
  it('shows messages and lets them fade', () => {
    statusActions.show(['Imported “A”', '“b.txt” is already in your library'])
    expect(useStatusStore.getState().messages).toHaveLength(2)
    vi.advanceTimersByTime(10_000)
    expect(useStatusStore.getState().messages).toEqual([])
  })

  it('keeps alerts until dismissed, without repeats', () => {
    statusActions.alert('Could not read “x.pdf”.')
    statusActions.alert(['Could not read “x.pdf”.', 'Another failure.'])
    vi.advanceTimersByTime(60_000)
    expect(useStatusStore.getState().alerts).toEqual(['Could not read “x.pdf”.', 'Another failure.'])
    statusActions.dismissAlerts()
    expect(useStatusStore.getState().alerts).toEqual([])
  })
})
