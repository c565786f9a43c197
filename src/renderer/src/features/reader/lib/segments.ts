import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'

/** An analysis highlight as the reader draws it (see analysis/store/selectors `LayerSpan`). */
export interface LayerRange {
  key: string
  layer: 'claim' | 'attribution' | 'quote' | 'mention' | 'verdict'
  start: number
  end: number
}

/** A layer span's part inside one segment. */
export interface LayerPiece<L extends LayerRange = LayerRange> {
  span: L
  /** The segment begins the span: the piece that takes focus and carries the start marker. */
  first: boolean
  /** The segment ends the span. */
  last: boolean
}

/** A search or find match: a range of the text, never overlapping another. */
export interface MatchRange {
  start: number
  end: number
}

/** A run of a block's text covered by the same annotations and layer spans (outermost first). */
export interface Segment<L extends LayerRange = LayerRange> {
  start: number
  end: number
  annotations: AnchoredAnnotation[]
  layers: LayerPiece<L>[]
  /** The index (in the list given) of the search match this run is part of, or -1. */
  match: number
}

// Where spans start together and end together, a verdict's mark wraps claims, which wrap reported
// statements, which wrap quotes, which wrap mentions.
const LAYER_DEPTH = { verdict: -1, claim: 0, attribution: 1, quote: 2, mention: 3 } as const

/**
 * Splits [start, end) at every annotation and layer boundary inside it, so that overlapping
 * highlights each get their own elements. Both lists in each segment are ordered outermost first
 * (earlier start, then longer), which is the order their elements nest in; layer spans wrap
 * annotation marks. Search matches (in text order, not overlapping) cut the text too, so that each run lies
 * inside one match or outside all of them.
 */
export function segmentText<L extends LayerRange = LayerRange>(
  start: number,
  end: number,
  annotations: AnchoredAnnotation[],
  layers: L[] = [],
  matches: readonly MatchRange[] = [],
): Segment<L>[] {
  const inside = annotations
    .filter(
      (a) =>
        a.anchored && a.position.start < end && a.position.end > start && a.position.end > a.position.start,
    )
    .sort(
      (a, b) =>
        a.position.start - b.position.start || b.position.end - a.position.end || a.id.localeCompare(b.id),
    )
  const spans = layers
    .filter((l) => l.start < end && l.end > start && l.end > l.start)
    .sort(
      (a, b) =>
        a.start - b.start ||
        b.end - a.end ||
        LAYER_DEPTH[a.layer] - LAYER_DEPTH[b.layer] ||
        a.key.localeCompare(b.key),
    )
  const cuts = new Set<number>([start, end])
  for (const a of inside) {
    if (a.position.start > start) cuts.add(a.position.start)
    if (a.position.end < end) cuts.add(a.position.end)
  }
  for (const l of spans) {
    if (l.start > start) cuts.add(l.start)
    if (l.end < end) cuts.add(l.end)
  }
  const inBlock: number[] = []
  for (let i = firstMatchEndingAfter(matches, start); i < matches.length && matches[i].start < end; i++) {
    const m = matches[i]
    if (m.end <= m.start) continue
    inBlock.push(i)
    if (m.start > start) cuts.add(m.start)
    if (m.end < end) cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment<L>[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i]
    const e = points[i + 1]
    segments.push({
      start: s,
      end: e,
      annotations: inside.filter((a) => a.position.start <= s && a.position.end >= e),
      layers: spans
        .filter((l) => l.start <= s && l.end >= e)
        .map((span) => ({ span, first: span.start === s, last: span.end === e })),
      match: inBlock.find((i) => matches[i].start <= s && matches[i].end >= e) ?? -1,
    })
  }
  return segments
}

/** The index of the first match that ends after `offset` (matches are in text order): a binary search. */
function firstMatchEndingAfter(matches: readonly MatchRange[], offset: number): number {
  let lo = 0
  let hi = matches.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (matches[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
