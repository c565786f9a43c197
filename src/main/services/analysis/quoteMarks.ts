/**
 * Pairs quotation marks, paragraph by paragraph: curly (“ ” « ») and straight (") marks. A
 * paragraph that opens a quote without closing it yields a quote to its end (the next paragraph
 * usually reopens it: a multi-paragraph quote). A closing mark with nothing open is ignored.
 */
import type { Paragraph } from './sentences'

export interface QuoteSegment {
  /** The quoted words, without their marks, trimmed. */
  start: number
  end: number
  /** Position of the opening mark. */
  open: number
  /** Position of the closing mark, or null when the paragraph ends the quote unclosed. */
  close: number | null
  paragraph: number
  /** The quote is the whole paragraph (bar punctuation). */
  whole: boolean
}

const OPEN_CURLY = new Set(['“', '«', '„'])
const CLOSE_CURLY = new Set(['”', '»'])

export function findQuoteSegments(text: string, paragraphs: Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = []
  for (const p of paragraphs) {
    let openAt = -1
    const emit = (open: number, contentEnd: number, close: number | null): void => {
      let s = open + 1
      let e = contentEnd
      while (s < e && /\s/.test(text[s])) s++
      while (e > s && /\s/.test(text[e - 1])) e--
      if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return
      const before = text.slice(p.start, open)
      const after = text.slice(close === null ? p.end : close + 1, p.end)
      const whole = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)
      out.push({ start: s, end: e, open, close, paragraph: p.index, whole })
    }
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]
      if (OPEN_CURLY.has(c)) {
        if (openAt >= 0) emit(openAt, i, null)
        openAt = i
      } else if (CLOSE_CURLY.has(c)) {
        if (
          openAt < 0 &&
          (i === p.start || /\s/.test(text[i - 1])) &&
          /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')
        ) {
          // A closing mark typed where an opening one belongs.
          openAt = i
        } else if (openAt >= 0) {
          emit(openAt, i, i)
          openAt = -1
        }
      } else if (c === '"') {
        if (openAt >= 0) {
          emit(openAt, i, i)
          openAt = -1
        } else {
          const prev = i > p.start ? text[i - 1] : ' '
          const next = i + 1 < p.end ? text[i + 1] : ' '
          const opener = /[\s([{—–\-/:]/.test(prev) || i === p.start
          if (opener && !/\s/.test(next)) openAt = i
          else if (opener && /\s/.test(prev) && i + 1 < p.end) openAt = i
        }
      }
    }
    if (openAt >= 0) emit(openAt, p.end, null)
  }
  return out
}
