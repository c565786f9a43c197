import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import {
  FIRST_SCREEN,
  keepRows,
  observeRect,
  rowIndexOf,
  rowsWithSpace,
  useListMargin,
} from '../../../lib/virtual'
import { useNotesStore } from '../store/state'
import { AnnotationItem } from './AnnotationItem'

// A card's height before it is drawn and measured (quote, note, codes, tags and buttons), and the
// room the list keeps between cards (notes.css).
const CARD_PX = 240
const CARD_GAP_PX = 10

/**
 * A long list of annotation cards, drawn only near the pane's view; each card is measured once drawn.
 * The card being edited stays drawn while the list scrolls, and a card asked to take focus (a new
 * note) is scrolled to first.
 */
export function AnnotationRows({
  annotations,
  scrollRef,
}: {
  annotations: AnchoredAnnotation[]
  scrollRef: RefObject<HTMLElement | null>
}) {
  const listRef = useRef<HTMLOListElement>(null)
  // Below the memo, which grows as it is typed in.
  const margin = useListMargin(scrollRef, listRef)
  const focusRequest = useNotesStore((s) => s.focusRequest)
  const focused = useRef<number | null>(null)
  const extract = useCallback(
    (range: Range) =>
      keepRows(
        defaultRangeExtractor(range),
        focused.current !== null && focused.current < range.count ? [focused.current] : [],
      ),
    [],
  )
  // The virtualiser draws the cards again itself as the pane scrolls; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_PX,
    gap: CARD_GAP_PX,
    overscan: 3,
    scrollMargin: margin,
    initialRect: FIRST_SCREEN,
    observeElementRect: observeRect,
    rangeExtractor: extract,
    getItemKey: (i) => annotations[i].id,
  })

  useEffect(() => {
    const index = focusRequest ? annotations.findIndex((a) => a.id === focusRequest) : -1
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' })
  }, [focusRequest, annotations, virtualizer])

  const { rows, after } = rowsWithSpace(
    virtualizer.getVirtualItems(),
    margin,
    virtualizer.getTotalSize(),
    CARD_GAP_PX,
  )
  return (
    <ol
      ref={listRef}
      className="annotation-list"
      aria-label="Annotations"
      style={{ paddingBottom: after }}
      onFocus={(event) => (focused.current = rowIndexOf(event.target))}
    >
      {rows.map((row) => (
        <AnnotationItem
          key={row.key}
          annotation={annotations[row.index]}
          row={{
            index: row.index,
            total: annotations.length,
            before: row.before,
            measure: virtualizer.measureElement,
          }}
        />
      ))}
    </ol>
  )
}
