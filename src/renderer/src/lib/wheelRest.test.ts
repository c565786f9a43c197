// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useWheelRest, WHEEL_REST_MS } from './wheelRest'

function scroller(): HTMLElement {
  const el = document.createElement('section')
  document.body.append(el)
  renderHook(() => useWheelRest({ current: el }))
  return el
}

function wheel(el: HTMLElement, buttons = 0): void {
  const event = new WheelEvent('wheel', { deltaY: 100, bubbles: true })
  // happy-dom's WheelEvent leaves out the buttons held; a browser's has them.
  Object.defineProperty(event, 'buttons', { value: buttons })
  el.dispatchEvent(event)
}

describe('useWheelRest', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    document.body.replaceChildren()
  })

  it('marks the scroller while the wheel turns and clears the mark once it has rested', () => {
    const el = scroller()
    expect(el.dataset.wheeling).toBeUndefined()
    wheel(el)
    expect(el.dataset.wheeling).toBe('')
    vi.advanceTimersByTime(WHEEL_REST_MS - 10)
    wheel(el)
    vi.advanceTimersByTime(WHEEL_REST_MS - 10)
    // The view still moving after the last wheel event keeps the mark.
    el.dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(WHEEL_REST_MS - 10)
    expect(el.dataset.wheeling).toBe('')
    vi.advanceTimersByTime(20)
    expect(el.dataset.wheeling).toBeUndefined()
  })

  it('leaves a scroll without the wheel, and a wheel turned with a button held, unmarked', () => {
    const el = scroller()
    el.dispatchEvent(new Event('scroll'))
    expect(el.dataset.wheeling).toBeUndefined()
    wheel(el, 1)
    expect(el.dataset.wheeling).toBeUndefined()
  })

  it('clears the mark when the scroller goes', () => {
    const el = document.createElement('section')
    const { unmount } = renderHook(() => useWheelRest({ current: el }))
    wheel(el)
    expect(el.dataset.wheeling).toBe('')
    unmount()
    expect(el.dataset.wheeling).toBeUndefined()
  })
})
