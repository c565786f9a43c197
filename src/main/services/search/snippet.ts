/** The short excerpt a search result shows: the words around the first match, every match in « ». */
import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN } from '../../../shared/model/search'

export interface Span {
  start: number
  end: number
}

/** Characters of context kept before the first match, and the excerpt's usual length. */
const BEFORE = 60
const LENGTH = 220


/**
 * An excerpt of `text` around `spans[0]` (or its opening when there are no spans), cut at spaces, with the
 * spans inside it marked and runs of white space (paragraph breaks) shown as one space.
 */
export function snippet(text: string, spans: readonly Span[]): string {
  const first = spans[0]
  let from = first ? Math.max(0, first.start - BEFORE) : 0
  if (from > 0) {
    const space = text.slice(from, first.start).search(/\s/)
    from = space >= 0 ? from + space + 1 : first.start
  }
  let to = Math.max(Math.min(text.length, from + LENGTH), first ? first.end : 0)
  if (to < text.length) {
    const space = text.slice(first ? first.end : from, to).search(/\s\S*$/)
    if (space >= 0) to = (first ? first.end : from) + space
  }
  let out = ''
  let at = from
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue
    const start = Math.max(s.start, at)
    const end = Math.min(s.end, to)
    if (end <= start) continue
    out += text.slice(at, start) + SNIPPET_MARK_OPEN + text.slice(start, end) + SNIPPET_MARK_CLOSE
    at = end
  }
  out += text.slice(at, to)
  out = out.replace(/\s+/g, ' ').trim()
  return (from > 0 ? '…' : '') + out + (to < text.length ? '…' : '')
}
