import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN } from '../../../../../shared/model/search'
import type { TextSpan } from '../../reader/store/state'
import type { ReaderMatches } from './state'

/** A run of a snippet: plain text, or a matched word to mark. */
export interface SnippetPart {
  text: string
  match: boolean
}

/** Splits a snippet at its « » marks; the marks themselves are dropped and nothing in it is read as markup. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let rest = snippet
  while (rest) {
    const open = rest.indexOf(SNIPPET_MARK_OPEN)
    const close = open < 0 ? -1 : rest.indexOf(SNIPPET_MARK_CLOSE, open + 1)
    if (open < 0 || close < 0) {
      parts.push({ text: rest, match: false })
      break
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false })
    if (close > open + 1) parts.push({ text: rest.slice(open + 1, close), match: true })
    rest = rest.slice(close + 1)
  }
  return parts
}

/** What the results say about their number: "1 article matches “strike”", "No articles match “x”." */
export function resultCount(count: number, query: string): string {
  if (!count) return `No articles match “${query}”.`
  return `${count} ${count === 1 ? 'article matches' : 'articles match'} “${query}”`
}

/** The matches the reader marks in the article it shows, or none. */
export function matchesIn(
  matches: ReaderMatches | null,
  articleId: string | null | undefined,
): TextSpan[] | null {
  return matches && articleId && matches.articleId === articleId && matches.spans.length
    ? matches.spans
    : null
}

/** "3 of 12", or "No matches". */
export function matchPosition(matches: ReaderMatches | null): string {
  if (!matches || !matches.spans.length) return 'No matches'
  return `${matches.current + 1} of ${matches.spans.length}`
}
