import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation'

/** How much context either side a quote selector keeps (hypothesis uses 32 too). */
export const CONTEXT_LENGTH = 32

/** Describes the range [start, end) of `text` with both W3C selectors. */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`range ${start}–${end} is not inside a text of ${text.length} characters`)
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}
