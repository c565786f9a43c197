import { useEffect, type RefObject } from 'react'

/** How long after the wheel last turned (and the view last moved) the text answers the pointer again. */
export const WHEEL_REST_MS = 100

/**
 * Marks `ref`'s element with `data-wheeling` while the mouse wheel scrolls it, until it has rested
 * WHEEL_REST_MS. CSS turns pointer events off under the mark: text passing under a still pointer then
 * fires no hover events (tooltips and their layout reads in every frame of the scroll). Not while a
 * button is held, so that a drag selecting text keeps following the pointer.
 */
export function useWheelRest(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current
    if (!el) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const rest = () => {
      timer = undefined
      delete el.dataset.wheeling
    }
    const restLater = () => {
      clearTimeout(timer)
      timer = setTimeout(rest, WHEEL_REST_MS)
    }
    function onWheel(event: WheelEvent) {
      if (event.buttons) return
      // Set once per turn: writing the attribute again would have the styles under it worked out again.
      if (el!.dataset.wheeling === undefined) el!.dataset.wheeling = ''
      restLater()
    }
    function onScroll() {
      // The view still gliding after the last wheel event is part of the same turn.
      if (timer !== undefined) restLater()
    }
    el.addEventListener('wheel', onWheel, { passive: true })
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      el.removeEventListener('wheel', onWheel)
      el.removeEventListener('scroll', onScroll)
      clearTimeout(timer)
      rest()
    }
  }, [ref])
}
