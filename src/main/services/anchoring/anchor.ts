import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/model/annotation'
import { matchQuote } from './matchQuote'

export interface Anchor {
  start: number
  end: number
}

/**
 * Places an annotation on the current article text: the stored position when the text there is
 * still the quoted text, else the best match for the quote and its context. Null when the
 * passage is gone.
 */
export function anchor(text: string, selectors: { quote: TextQuoteSelector; position: TextPositionSelector }): Anchor | null {
  const { quote, position } = selectors
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end }
  }
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start })
  return match && { start: match.start, end: match.end }
}

/** The first occurrence of `quote` in `text`, exactly if it is there, else approximately. */
export function findFirst(text: string, quote: string): Anchor | null {
  const exact = text.indexOf(quote)
  if (exact !== -1) return { start: exact, end: exact + quote.length }
  const match = matchQuote(text, quote, { hint: 0 })
  return match && { start: match.start, end: match.end }
}
