/**
 * The same claim in other articles of the library: sentences that say nearly the same words with the same
 * numbers. Both sentences are normalised (NFKC, case folded, quotes and dashes unified, whitespace collapsed);
 * their similarity is the Jaccard index of their content words (stop words and numbers left out, a plural
 * "s" dropped), and every quantity of one must be equal to or consistent with one of the other ("650
 * kilometers" and "650 km", or "400 miles", agree; "650" and "600" do not).
 *
 * FTS5 shortlists the articles to read by the claim's rarest words (their document counts come from the
 * index's vocabulary), so the work is bounded by MAX_CANDIDATE_ARTICLES, not by the library's size.
 */
import type { Quantity } from '../../../shared/model/analysis'
import type { ClaimRef, SameClaim } from '../../../shared/model/verdict'
import { findSentences } from '../../../shared/text/sentences'
import { convert, findQuantities, roundingSlack } from '../analysis/numbers'
import { tokenize } from '../search/tokens'
import type { Db } from '../store/db'
import { describeClaim } from './claims'

/**
 * Lowest similarity reported. Chosen on made-up pairs (see sameClaim.test.ts): a reworded sentence of the
 * same claim — words reordered, a clause or two added or dropped, a synonym or two — scores 0.5 to 0.9, while
 * different claims about the same event, sharing its names and place, score 0.15 to 0.4.
 */
export const SAME_CLAIM_THRESHOLD = 0.5
/** How many of the claim's rarest words pick the candidate articles. */
export const SHORTLIST_WORDS = 6
/** Most articles whose sentences are compared with the claim: the best of the shortlist by bm25. */
export const MAX_CANDIDATE_ARTICLES = 50

const STOP_WORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with as into onto over under about than then that this ' +
    'these those it its is are was were be been being has have had do does did will would shall should can could ' +
    'may might must not no so such there their they them he she his her him we our us you your i me my which who ' +
    'whom whose what when where why how also said says say saying told tells according while after before during ' +
    'since until up down out off more most some any all each other another just only very s t'
  ).split(' '),
)

const QUOTES: [RegExp, string][] = [
  [/[‘’‚‛′`´]/g, "'"],
  [/[“”„‟″«»]/g, '"'],
  [/[‐‑‒–—―−]/g, '-'],
]

/** A sentence as compared: NFKC, case folded, one kind of quote and dash, single spaces. */
export function normaliseSentence(text: string): string {
  let out = text.normalize('NFKC').toLowerCase()
  for (const [re, to] of QUOTES) out = out.replace(re, to)
  return out.replace(/\s+/g, ' ').trim()
}

/** The content words of a normalised sentence: its quantities cut out (numbers are compared apart). */
function contentWords(normalised: string, quantities: readonly Quantity[]): Set<string> {
  let rest = ''
  let at = 0
  for (const q of quantities) {
    rest += `${normalised.slice(at, q.start)} `
    at = q.end
  }
  rest += normalised.slice(at)
  const words = new Set<string>()
  for (const m of rest.matchAll(/[\p{L}\p{N}]+/gu)) {
    let word = m[0]
    if (STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1)
    words.add(word)
  }
  return words
}

interface Compared {
  words: Set<string>
  quantities: Quantity[]
}

function prepare(text: string): Compared {
  const normalised = normaliseSentence(text)
  const quantities = findQuantities(normalised)
  return { words: contentWords(normalised, quantities), quantities }
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / (a.size + b.size - shared)
}

/** True when the two quantities can be the same figure: equal, or the same amount in another unit. */
function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.percent !== b.percent || a.currency !== b.currency) return false
  if (a.currency || a.percent || !a.unit || !b.unit || a.unit === b.unit) return a.value === b.value
  const converted = convert(a.value, a.unit, b.unit)
  if (converted === null) return false
  // As the analysis checks paired units: the rounding either writer may have done, or 3 %.
  const slack = Math.max(
    roundingSlack(b.value),
    Math.abs(b.value) * 0.03,
    0.5 * (convert(roundingSlack(a.value), a.unit, b.unit) ?? 0),
  )
  return Math.abs(converted - b.value) <= slack * 1.0001
}

/** Every number of either sentence equals or is consistent with one of the other's (none on both sides agrees). */
export function numbersAgree(a: readonly Quantity[], b: readonly Quantity[]): boolean {
  return (
    a.every((x) => b.some((y) => sameQuantity(x, y))) && b.every((y) => a.some((x) => sameQuantity(x, y)))
  )
}

/** How alike two sentences are as claims: their content words' Jaccard index, or 0 when their numbers differ. */
export function claimSimilarity(a: string, b: string): number {
  const x = prepare(a)
  const y = prepare(b)
  return numbersAgree(x.quantities, y.quantities) ? jaccard(x.words, y.words) : 0
}

/** The FTS5 query for the articles holding any of the claim's rarest words. */
function shortlistQuery(db: Db, claimText: string): string | null {
  const terms = [...new Set(tokenize(claimText).map((t) => t.term))].filter(
    (t) => t.length > 2 && !STOP_WORDS.has(t) && !/^\p{N}+$/u.test(t),
  )
  if (!terms.length) return null
  const counts = db
    .prepare(
      `SELECT term, doc FROM search_vocab WHERE col = 'text' AND term IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(terms)) as { term: string; doc: number }[]
  const rarest = counts
    .sort((a, b) => Number(a.doc) - Number(b.doc) || a.term.localeCompare(b.term))
    .slice(0, SHORTLIST_WORDS)
  // Folded index terms are letters and digits only, so quoting each is enough to keep it a plain word.
  return rarest.length ? rarest.map((c) => `text : "${c.term}"`).join(' OR ') : null
}

/**
 * Sentences of other articles that state the claim at this span: similarity at least `threshold`, numbers
 * agreeing; best first.
 */
export function findSameClaims(
  db: Db,
  claim: ClaimRef,
  options: { threshold?: number; maxArticles?: number } = {},
): SameClaim[] {
  const threshold = options.threshold ?? SAME_CLAIM_THRESHOLD
  const maxArticles = options.maxArticles ?? MAX_CANDIDATE_ARTICLES
  const { text } = describeClaim(db, claim)
  const claimText = text.slice(claim.start, claim.end)
  const query = shortlistQuery(db, claimText)
  if (!query) return []
  const target = prepare(claimText)
  const candidates = db
    .prepare(
      `SELECT a.id, a.title, a.text FROM articles a
       JOIN (SELECT rowid AS rid, bm25(search_index) AS rank FROM search_index WHERE search_index MATCH ?
             ORDER BY rank LIMIT ?) s ON s.rid = a.rowid
       WHERE a.id <> ? ORDER BY s.rank`,
    )
    .all(query, maxArticles + 1, claim.articleId) as { id: string; title: string; text: string }[]
  const found: SameClaim[] = []
  for (const article of candidates.slice(0, maxArticles)) {
    for (const sentence of findSentences(article.text)) {
      const sentenceText = article.text.slice(sentence.start, sentence.end)
      const other = prepare(sentenceText)
      const similarity = jaccard(target.words, other.words)
      if (similarity < threshold || !numbersAgree(target.quantities, other.quantities)) continue
      found.push({
        articleId: article.id,
        title: article.title,
        start: sentence.start,
        end: sentence.end,
        text: sentenceText,
        similarity: Math.round(similarity * 1000) / 1000,
      })
    }
  }
  return found.sort(
    (a, b) => b.similarity - a.similarity || a.title.localeCompare(b.title) || a.start - b.start,
  )
}
