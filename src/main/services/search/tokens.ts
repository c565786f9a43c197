/**
 * The words of a text as the search index sees them. This mirrors SQLite's `unicode61` tokenizer with
 * `remove_diacritics 2` (the index's tokenizer): a token is a run of letters, digits, private-use characters
 * and combining marks; it is folded to lower case, and accents are removed from Latin letters only (Greek and
 * Cyrillic letters keep theirs, as in SQLite). The search uses it to find where a query's words are in an
 * article's text, as UTF-16 offsets, so the reader can mark exactly what the index matched.
 */

export interface Token {
  start: number
  end: number
  /** The folded form the index stores. */
  term: string
}

const MARKS = /\p{M}/gu

/** Latin letters, whose accents unicode61 removes: ASCII to Latin Extended-B, and Latin Extended Additional. */
function isLatin(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)
}

function foldChar(ch: string): string {
  const lower = ch.toLowerCase()
  const decomposed = lower.normalize('NFD')
  const base = decomposed.codePointAt(0) ?? 0
  if (decomposed.length > 1 && isLatin(base)) return decomposed.replace(MARKS, '')
  return lower
}

const NON_ASCII = /[^\x20-\x7f]/

/** A token folded the way the index folds it. */
export function foldTerm(token: string): string {
  if (!NON_ASCII.test(token)) return token.toLowerCase()
  let out = ''
  let previousLatin = false
  for (const ch of token) {
    // A combining mark left on its own (text not composed) goes with a Latin letter before it.
    if (/\p{M}/u.test(ch)) {
      if (!previousLatin) out += ch
      continue
    }
    previousLatin = isLatin(ch.codePointAt(0) ?? 0)
    out += foldChar(ch)
  }
  return out
}

/** Folded forms of words seen lately: articles repeat their words, and folding is the costly part. */
const FOLDED = new Map<string, string>()
const FOLDED_MAX = 50_000

function foldCached(token: string): string {
  let term = FOLDED.get(token)
  if (term === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear()
    term = foldTerm(token)
    FOLDED.set(token, term)
  }
  return term
}

const TOKEN_CHAR = /^[\p{L}\p{N}\p{Co}\p{M}]$/u

/** The length of the token character at `i` (2 for a surrogate pair), or 0 when it separates tokens. */
function tokenCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  // ASCII, most of any text, without the regular expression.
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
  return TOKEN_CHAR.test(text.slice(i, i + size)) ? size : 0
}

/** Every token of `text` with its offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    let size = tokenCharAt(text, i)
    if (!size) {
      i++
      continue
    }
    const start = i
    while (size) {
      i += size
      size = i < text.length ? tokenCharAt(text, i) : 0
    }
    const term = foldCached(text.slice(start, i))
    if (term) tokens.push({ start, end: i, term })
  }
  return tokens
}

/** The folded terms of a piece of query text (no offsets needed). */
export function queryTerms(text: string): string[] {
  return tokenize(text).map((t) => t.term)
}

/** One searched-for word or phrase: consecutive folded terms, the last one a prefix when `prefix` is set. */
export interface TermPattern {
  terms: string[]
  prefix: boolean
}

/**
 * Every place the patterns occur in `tokens`, as spans from the first matched token's start to the last
 * one's end, sorted and with overlapping spans merged.
 */
export function findSpans(tokens: readonly Token[], patterns: readonly TermPattern[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  for (const p of patterns) {
    const n = p.terms.length
    if (n === 0) continue
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true
      for (let k = 0; k < n && ok; k++) {
        const term = tokens[i + k].term
        ok = p.prefix && k === n - 1 ? term.startsWith(p.terms[k]) : term === p.terms[k]
      }
      if (ok) spans.push({ start: tokens[i].start, end: tokens[i + n - 1].end })
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: { start: number; end: number }[] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}
