import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useState, type RefObject } from 'react'

/** Until a scroller has a size (before layout, in a hidden pane), a virtualised list draws one screenful. */
export const FIRST_SCREEN = { width: 320, height: 800 }

/** The size a virtualiser works with: the scroller's, or a first screenful while it has none. */
export function observeRect<E extends Element>(
  instance: Virtualizer<E, Element>,
  cb: (rect: typeof FIRST_SCREEN) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FIRST_SCREEN))
}

/**
 * How far below the top of `scroller`'s content `element` starts: the virtualiser's scroll margin for
 * a list that sits under other content (a header, a memo) in the same scroller.
 */
export function offsetIn(scroller: Element, element: Element): number {
  return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
}

/** A drawn row of a virtualised list, with where it starts and ends (scroll margin included). */
export interface DrawnRow {
  index: number
  start: number
  end: number
}

/**
 * The rows to draw in the normal flow of the page, each preceded by the empty space of the rows left
 * out before it (`gap` is the space the list keeps between rows), and the space after the last one.
 * Rows drawn apart from the screenful (a selection's, a focused one) leave holes of their own.
 */
export function rowsWithSpace<R extends DrawnRow>(
  rows: R[],
  margin: number,
  total: number,
  gap = 0,
): { rows: (R & { before: number })[]; after: number } {
  let end = margin
  const out = rows.map((row, i) => {
    const before = Math.max(0, row.start - end - (i > 0 ? gap : 0))
    end = row.end
    return { ...row, before }
  })
  return { rows: out, after: Math.max(0, margin + total - end) }
}

/** The screenful's rows and the rows kept drawn wherever the view goes (a selection's, the focused one), in order. */
export function keepRows(rows: number[], kept: number[]): number[] {
  if (!kept.length) return rows
  return [...new Set([...rows, ...kept])].sort((a, b) => a - b)
}

/**
 * How far below the top of the scroller's content the list starts (the virtualiser's scroll margin),
 * followed as what sits above it (a header, a memo being typed in) changes size.
 */
export function useListMargin(
  scrollRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
): number {
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const scroller = scrollRef.current
    const list = listRef.current
    if (!scroller || !list) return
    const measure = () => setMargin(Math.round(offsetIn(scroller, list)))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(scroller)
    // Whatever comes before the list inside the scroller moves it when it grows or shrinks (a legend that
    // gains a row, a title that wraps): every earlier sibling on the way up from the list to the scroller.
    for (let node: Element = list; node !== scroller && node.parentElement; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        if (sibling === node) break
        observer.observe(sibling)
      }
    }
    return () => observer.disconnect()
  }, [scrollRef, listRef])
  return margin
}

/** The index of the drawn row (its `data-index`) that holds `target`, or null: the row to keep drawn while it has focus. */
export function rowIndexOf(target: EventTarget): number | null {
  const row = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null
  return row ? Number(row.dataset.index) : null
}
