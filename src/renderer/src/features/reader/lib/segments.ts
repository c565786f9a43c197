import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'

/** A run of a block's text covered by the same annotations (outermost first). */
export interface Segment {
  start: number
  end: number
  annotations: AnchoredAnnotation[]
}

/**
 * Splits [start, end) at every annotation boundary inside it, so that overlapping annotations
 * each get their own marks. Annotations in each segment are ordered outermost first (earlier
 * start, then longer), which is the order their marks nest in.
 */
export function segmentText(start: number, end: number, annotations: AnchoredAnnotation[]): Segment[] {
  const inside = annotations
    .filter(
      (a) =>
        a.anchored && a.position.start < end && a.position.end > start && a.position.end > a.position.start,
    )
    .sort(
      (a, b) =>
        a.position.start - b.position.start || b.position.end - a.position.end || a.id.localeCompare(b.id),
    )
  const cuts = new Set<number>([start, end])
  for (const a of inside) {
    if (a.position.start > start) cuts.add(a.position.start)
    if (a.position.end < end) cuts.add(a.position.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i]
    const e = points[i + 1]
    segments.push({
      start: s,
      end: e,
      annotations: inside.filter((a) => a.position.start <= s && a.position.end >= e),
    })
  }
  return segments
}
