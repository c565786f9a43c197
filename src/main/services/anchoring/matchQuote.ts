import search from 'approx-string-match'

export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** Where the quote is expected to start, to prefer the nearest of several matches. */
  hint?: number
}

export interface QuoteMatch {
  start: number
  end: number
  score: number
}

// The weights follow hypothesis/client's match-quote: the quote itself counts most, its context
// next, closeness to the expected position least (it only breaks ties between equal matches).
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
/** A fuzzy quote match must get at least this share of the quote right. */
const MIN_QUOTE_SIMILARITY = 0.75

/**
 * Bounds on approximate search, which runs on the main thread each time an article opens with an
 * annotation whose passage moved. Myers' bit-parallel search (approx-string-match) reads the text
 * once per 32-character block of the quote, so its work grows with text length × quote length: a
 * 1 MB quote against a 50,000-character article took seconds. Beyond these bounds a quote is only
 * placed where it occurs exactly.
 */
export const FUZZY_LIMITS = {
  /** Longest quote searched approximately (a long paragraph). */
  quoteChars: 2_000,
  /** Most differences allowed, whatever the quote's length (hypothesis/client caps them at 256 too). */
  errors: 256,
  /** Text characters × 32-character quote blocks one search may step through (tenths of a second). */
  blockSteps: 25_000_000,
  /** Approximate matches scored against the context, like exact ones. */
  candidates: 200,
} as const

/** Whether approximate search for a quote of this length in a text of this length stays within the bounds. */
export function fuzzySearchAllowed(textLength: number, quoteLength: number): boolean {
  return (
    quoteLength <= FUZZY_LIMITS.quoteChars &&
    textLength * Math.ceil(quoteLength / 32) <= FUZZY_LIMITS.blockSteps
  )
}

function similarity(text: string, pattern: string): number {
  if (!pattern) return 1
  if (!text) return 0
  const best = search(text, pattern, pattern.length)
  if (best.length === 0) return 0
  return 1 - best[0].errors / pattern.length
}

/**
 * Finds the best place for `quote` in `text`: exact occurrences first, else approximate ones
 * (up to a quarter of the quote's characters may differ, within FUZZY_LIMITS), each scored on
 * the quote, the prefix and suffix around it, and the distance from the hint.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null
  const candidates = exactMatches(text, quote)
  const matches = candidates.length > 0 ? candidates : approximateMatches(text, quote)
  if (matches.length === 0) return null

  let best: QuoteMatch | null = null
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length
    const prefixScore = context.prefix
      ? similarity(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1
    const suffixScore = context.suffix
      ? similarity(text.slice(m.end, m.end + context.suffix.length), context.suffix)
      : 1
    const positionScore =
      context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length)
    const score =
      (QUOTE_WEIGHT * quoteScore +
        PREFIX_WEIGHT * prefixScore +
        SUFFIX_WEIGHT * suffixScore +
        POSITION_WEIGHT * positionScore) /
      (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
    if (!best || score > best.score) best = { start: m.start, end: m.end, score }
  }
  return best
}

// Scoring context for every exact occurrence is costly on long texts with a common quote;
// beyond this many occurrences only the first ones are considered.
const MAX_EXACT_CANDIDATES = 200

function approximateMatches(text: string, quote: string): { start: number; end: number; errors: number }[] {
  if (!fuzzySearchAllowed(text.length, quote.length)) return []
  const maxErrors = Math.min(FUZZY_LIMITS.errors, Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY)))
  return search(text, quote, maxErrors)
    .slice(0, FUZZY_LIMITS.candidates)
    .map((m) => ({ start: m.start, end: m.end, errors: m.errors }))
}

function exactMatches(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const found: { start: number; end: number; errors: number }[] = []
  for (let i = text.indexOf(quote); i !== -1 && found.length < MAX_EXACT_CANDIDATES; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 })
  }
  return found
}
