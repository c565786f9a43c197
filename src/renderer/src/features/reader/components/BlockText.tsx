import { Fragment } from 'react'
import type { ReactNode } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import type { LayerSpan } from '../../analysis/store/selectors'
import type { VerdictSpan } from '../../verdicts/store/selectors'
import type { LayerPiece, MatchRange } from '../lib/segments'
import { segmentText } from '../lib/segments'

interface Props {
  text: string
  start: number
  end: number
  annotations: AnchoredAnnotation[]
  flash: { id: string; seq: number } | null
  /** Analysis highlights (claims, quotes, source mentions) and judged claims, marked by rating (no focus, no tooltip). */
  layers?: (LayerSpan | VerdictSpan)[]
  /** The analysis highlight that takes Tab; the others are reached with the arrow keys. */
  tabKey?: string | null
  /** An analysis highlight to flash. */
  layerFlash?: { key: string; seq: number } | null
  /** Library search or find matches in the whole article, in text order. */
  matches?: readonly MatchRange[]
  /** The match F3 moved to, drawn apart from the others. */
  currentMatch?: number
}

const NO_MATCHES: readonly MatchRange[] = []

/** A judged claim's mark: an outline in its rating's colour, and a badge before it that names the verdict. */
function verdictMark({ span, first, last }: LayerPiece<VerdictSpan>, flash: Props['layerFlash'], inner: ReactNode) {
  let name = `verdict-mark verdict-${span.tone}`
  if (first) name += ' verdict-first'
  if (last) name += ' verdict-last'
  if (flash?.key === span.key) name += ` an-flash-${flash.seq % 2}`
  return (
    <span className={name} data-key={span.key} data-verdict={span.tone}>
      {/* Adds no text: the badge is drawn by CSS and read out through its label. */}
      {first && <span className="verdict-badge" role="img" aria-label={span.label} title={span.label} />}
      {inner}
    </span>
  )
}

function markClass(annotation: AnchoredAnnotation, segmentEnd: number, flash: Props['flash']): string {
  let name = `hl hl-${annotation.color}`
  // The note indicator (drawn by CSS, so it adds no text) goes on the annotation's last piece.
  if (annotation.note.trim() && segmentEnd === annotation.position.end) name += ' hl-has-note'
  // Two identical animations under alternating names, so that a second click restarts the flash.
  if (flash?.id === annotation.id) name += ` hl-flash-${flash.seq % 2}`
  return name
}

function layerClass({ span, first, last }: LayerPiece<LayerSpan>, flash: Props['layerFlash']): string {
  let name = `an an-${span.layer}`
  // Start and end markers are drawn by CSS on the span's first and last pieces: no added text.
  if (first) name += ' an-first'
  if (last) name += ' an-last'
  if (span.focused) name += ' an-focused'
  if (flash?.key === span.key) name += ` an-flash-${flash.seq % 2}`
  return name
}

/**
 * One block's text, split into highlight marks; marks nest where annotations overlap, and
 * analysis spans (`data-layer`) wrap them; search matches are the innermost marks. None adds any text.
 */
export function BlockText({
  text,
  start,
  end,
  annotations,
  flash,
  layers = [],
  tabKey = null,
  layerFlash = null,
  matches = NO_MATCHES,
  currentMatch = -1,
}: Props) {
  const segments = segmentText(start, end, annotations, layers, matches)
  return segments.map((segment) => {
    let node: ReactNode = text.slice(segment.start, segment.end)
    if (segment.match >= 0) {
      const current = segment.match === currentMatch
      node = (
        <mark
          className={current ? 'search-match search-match-current' : 'search-match'}
          data-match={segment.match}
          aria-current={current ? 'true' : undefined}
        >
          {node}
        </mark>
      )
    }
    for (let i = segment.annotations.length - 1; i >= 0; i--) {
      const a = segment.annotations[i]
      node = (
        <mark
          data-annotation-id={a.id}
          className={markClass(a, segment.end, flash)}
          title={a.note.trim() || undefined}
        >
          {node}
        </mark>
      )
    }
    for (let i = segment.layers.length - 1; i >= 0; i--) {
      const piece = segment.layers[i]
      const { span } = piece
      if (span.layer === 'verdict') {
        node = verdictMark({ ...piece, span }, layerFlash, node)
        continue
      }
      node = (
        <span
          data-layer={span.layer}
          data-id={span.id}
          data-key={span.key}
          className={layerClass({ ...piece, span }, layerFlash)}
          tabIndex={piece.first ? (span.key === tabKey ? 0 : -1) : undefined}
        >
          {node}
        </span>
      )
    }
    return <Fragment key={segment.start}>{node}</Fragment>
  })
}
