import { act } from '@testing-library/react'

/** A key press on `target` as the browser sends it (a bubbling, cancelable keydown), React's updates flushed. */
export const press = (target: EventTarget, init: KeyboardEventInit) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
  })
