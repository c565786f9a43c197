/** Reading short constructed texts for the attribution tests: tokens by word, ranges as text. */
import type { Span } from '../shared/model/analysis'
import { readArticle, type ArticleReading } from '../main/services/analysis/attributionContext'
import type { Context } from '../main/services/analysis/attributionContext'

/** The index of the `nth` token (0-based) whose text is `word`; throws when there is none. */
export function tokenOf(ctx: Context, word: string, nth = 0): number {
  let seen = 0
  for (let i = 0; i < ctx.tokens.length; i++) if (ctx.tokens[i].text === word && seen++ === nth) return i
  throw new Error(`No token “${word}” (occurrence ${nth}) in: ${ctx.text}`)
}

/** The text of a token range [start, end), or null. */
export function rangeText(ctx: Context, range: [number, number] | null): string | null {
  if (!range) return null
  return ctx.text.slice(ctx.tokens[range[0]].start, ctx.tokens[range[1] - 1].end)
}

/** The text a span covers, or null. */
export const spanText = (text: string, span: Span | null | undefined): string | null =>
  span ? text.slice(span.start, span.end) : null

/** A text read for attribution (tokens, quotes, names in a sealed ledger). */
export const read = (text: string): ArticleReading => readArticle(text)
