/** One article found by a library search, as the window receives it. */
export interface SearchHit {
  /** The article's id. */
  id: string
  title: string
  /** Relevance, higher is better. */
  score: number
  /** The words around the first match, each match between « and » (plain text, never markup). */
  snippet: string
  /** Every match in the article's text, as UTF-16 offsets, in order. */
  matches: { start: number; end: number }[]
  /** The first note the words were found in, when they are not in the text itself. */
  annotationId: string | null
}

/** How a search snippet marks where a match opens and closes. */
export const SNIPPET_MARK_OPEN = '«'
export const SNIPPET_MARK_CLOSE = '»'
