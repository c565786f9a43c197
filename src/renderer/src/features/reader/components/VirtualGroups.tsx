import { defaultRangeExtractor, useVirtualizer, type Range as ViewRange } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import type { ReactNode, RefObject } from 'react'
import {
  FIRST_SCREEN,
  keepRows,
  observeRect,
  rowIndexOf,
  rowsWithSpace,
  useListMargin,
} from '../../../lib/virtual'
import type { Range } from '../lib/groupSpans'
import { useReaderStore } from '../store/state'

// A first guess at a group's height before it is drawn and measured: 19px type at a line height of
// 1.6 over a 68ch column holds about 70 characters a line, and paragraphs keep 1em below them.
const LINE_PX = 30
const CHARS_PER_LINE = 70
const BLOCK_GAP_PX = 19

/** The index of the group holding `offset` (the last one for an offset past the end). */
export function groupAt(bounds: readonly Range[], offset: number): number {
  let lo = 0
  let hi = bounds.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (bounds[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

interface Props {
  bounds: readonly Range[]
  scrollRef: RefObject<HTMLElement | null>
  /** Set to a function that scrolls the group holding an offset into the drawn rows. */
  revealRef?: RefObject<((offset: number) => void) | null>
  renderGroup: (index: number) => ReactNode
}

/**
 * A long article's block groups, drawn only near the reader's view: each group in a row that is measured
 * once drawn, in the normal flow of the text (so a selection runs across rows as across paragraphs), with
 * the space of the rows left out kept as margins. The rows of the current selection and of the focused
 * highlight stay drawn wherever the view goes.
 */
export function VirtualGroups({ bounds, scrollRef, revealRef, renderGroup }: Props) {
  const listRef = useRef<HTMLDivElement>(null)
  const margin = useListMargin(scrollRef, listRef)
  const selection = useReaderStore((s) => s.selection)
  const focused = useRef<number | null>(null)
  const extract = useCallback(
    (range: ViewRange) => {
      const kept: number[] = []
      if (selection)
        for (let i = groupAt(bounds, selection.start); i <= groupAt(bounds, selection.end - 1); i++)
          kept.push(i)
      if (focused.current !== null && focused.current < bounds.length) kept.push(focused.current)
      return keepRows(defaultRangeExtractor(range), kept)
    },
    [bounds, selection],
  )
  // The virtualiser draws the rows again itself as the reader scrolls; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: bounds.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) =>
      Math.ceil((bounds[i].end - bounds[i].start) / CHARS_PER_LINE) * LINE_PX + BLOCK_GAP_PX,
    overscan: 6,
    // The rows a scroll brings are drawn in a task of their own, not inside the scroll event's, so the event, the
    // drawing and the frame's layout and paint are not one task (the reader bench's scroll: its long tasks went).
    useFlushSync: false,
    scrollMargin: margin,
    initialRect: FIRST_SCREEN,
    observeElementRect: observeRect,
    rangeExtractor: extract,
    getItemKey: (i) => bounds[i].start,
  })
  // A row above the view that turns out taller or shorter than its estimate moves the view to keep the text
  // still, except while the view goes up: moving it then would stop the browser's own scroll (Ctrl+Home, Page
  // Up) part way, short of where the reader asked to go.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    instance.scrollDirection !== 'backward' && item.start < (instance.scrollOffset ?? 0)

  useEffect(() => {
    if (!revealRef) return
    revealRef.current = (offset) => virtualizer.scrollToIndex(groupAt(bounds, offset), { align: 'center' })
    return () => {
      revealRef.current = null
    }
  }, [revealRef, virtualizer, bounds])

  const { rows, after } = rowsWithSpace(virtualizer.getVirtualItems(), margin, virtualizer.getTotalSize())
  return (
    <div
      ref={listRef}
      className="reader-rows"
      style={{ paddingBottom: after }}
      onFocus={(event) => (focused.current = rowIndexOf(event.target))}
    >
      {rows.map((row) => (
        <div
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          className="reader-row"
          style={{ marginTop: row.before }}
        >
          {renderGroup(row.index)}
        </div>
      ))}
    </div>
  )
}
