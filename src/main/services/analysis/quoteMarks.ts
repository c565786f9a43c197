/**
 * Pairs quotation marks, paragraph by paragraph: curly (“ ” « »), straight (") and, outside
 * double quotes, single curly (‘ ’) marks told apart from apostrophes. A
 * paragraph that opens a quote without closing it yields a quote to its end (the next paragraph
 * usually reopens it: a multi-paragraph quote). A closing mark with nothing open is ignored.
 */
import type { Paragraph } from '../../../shared/text/sentences'

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

/**
 * A title-case line (a headline or subhead): its single-quoted words are headline style — a
 * body quote repeated or a scare quote — and are left alone.
 */
function isHeadline(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}’'-]*/gu) ?? []
  if (words.length < 3) return false
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return caps / words.length >= 0.6
}

/** The closing ’ of a ‘ at `open`, or -1 (an apostrophe, or no closing mark in the paragraph). */
function singleClose(text: string, open: number, end: number): number {
  const prev = open > 0 ? text[open - 1] : ' '
  if (!/[\s([{—–\-/:“"]/.test(prev) && open > 0) return -1
  if (!/[\p{L}\p{N}]/u.test(text[open + 1] ?? '')) return -1
  for (let j = open + 1; j < end; j++) {
    const c = text[j]
    if (c === '“' || c === '”' || c === '"' || c === '‘') return -1
    if (c !== '’') continue
    const next = text[j + 1] ?? ' '
    if (/[\p{L}\p{N}]/u.test(next)) continue // don’t, Trump’s
    if (/\s/.test(text[j - 1])) continue
    // "the voters’ anger": a plural possessive inside a short phrase stays an apostrophe
    if (
      text[j - 1] === 's' &&
      /^\s+[\p{Ll}]/u.test(text.slice(j + 1, j + 3)) &&
      !/[.,!?]/.test(text[j - 1])
    ) {
      const rest = text.slice(j + 1, end)
      if (/’(?![\p{L}\p{N}])/u.test(rest.slice(0, 200))) continue
    }
    return j
  }
  return -1
}

export function findQuoteSegments(text: string, paragraphs: Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = []
  for (const p of paragraphs) {
    let openAt = -1
    const headline = isHeadline(text.slice(p.start, p.end))
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
      } else if (c === '‘' && openAt < 0 && !headline) {
        // Single curly quotes outside double ones: ‘…’ is speech when it pairs with a closing ’
        // that is not an apostrophe (a letter follows an apostrophe: don’t, Trump’s).
        const close = singleClose(text, i, p.end)
        if (close > 0) {
          emit(i, close, close)
          i = close
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
