/**
 * Full-text search over the library: one hit per article, best first (bm25, a title match weighing most,
 * then notes and tags, then the text), with an excerpt and the offsets of every match in the article's text.
 *
 * FTS5 finds and ranks the articles; the offsets are then computed here from the query's own words with the
 * index's folding (tokens.ts), because the index is contentless and FTS5's highlight() could only mark a copy
 * of the text, not give offsets into it. Only the hits on the page are tokenized, so that work is bounded by
 * the limit, not by the library's size.
 */
import type { Db } from '../store/db'
import { ServiceError } from '../errors'
import { matchPlan } from './match'
import { parseQuery, positiveTerms, type QueryNode, type ScopeFilter, type SearchColumn } from './query'
import { snippet, type Span } from './snippet'
import { findSpans, tokenize, type TermPattern } from './tokens'

export interface SearchHit {
  /** The article's id. */
  id: string
  title: string
  /** Relevance, higher is better (0 when the query has no words, only filters). */
  score: number
  /** The words around the first match, matches in « ». */
  snippet: string
  /** Every match of the query's words in the article's text, as UTF-16 offsets, in order. */
  matches: Span[]
  /** The first note (in text order) the query's words were found in, when they are not in the text itself. */
  annotationId: string | null
}

/** Resolves a `case:`, `code:` or `verdict:` filter to the ids of the articles it allows. */
export type ScopeResolver = (filter: ScopeFilter) => readonly string[]

export interface SearchOptions {
  /** Most hits to return (1 to MAX_LIMIT); DEFAULT_LIMIT when left out. */
  limit?: number
  /** Given by the services that know cases, codes and verdicts; without it those filters are refused. */
  resolveScope?: ScopeResolver
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 500

/** bm25 weights, in the index's column order: title, publisher, byline, text, memo, notes, tags, sources. */
const WEIGHTS = [10, 3, 3, 1, 4, 5, 5, 3]

/** The article's date as the search compares it; the search migration indexes this expression. */
const ARTICLE_DATE = 'COALESCE(published, document_date)'

const SCOPE_NAMES: Record<ScopeFilter['kind'], string> = { case: 'case', code: 'code', verdict: 'verdict' }

interface Ranked {
  rid: number
  rank: number
}

interface ArticleFields {
  id: string
  title: string
  text: string
  publisher: string | null
  byline: string | null
  memo: string
}

/** Searches the library; the CLI calls this as `searchLibrary(db, query, { limit })`. */
export function searchLibrary(db: Db, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? DEFAULT_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ServiceError('invalid-request', `The number of results must be a whole number from 1 to ${MAX_LIMIT}.`)
  }
  const parsed = parseQuery(query)
  if (parsed.problems.length) throw new ServiceError('invalid-request', parsed.problems[0])
  const plan = matchPlan(parsed.root)
  if (!plan.match && !plan.exclude && !parsed.dates.length && !parsed.scopes.length) return []

  // Filters narrow the set of rowids: each is a subquery SQLite builds once from an index, so ranking never
  // reads an article row (whose columns sit after the stored original file). The unary + keeps SQLite from
  // handing the rowid list to FTS5, which would then run the MATCH once per rowid.
  const where: string[] = []
  const params: (string | number)[] = []
  if (plan.exclude) {
    where.push('+rowid NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)')
    params.push(plan.exclude)
  }
  for (const d of parsed.dates) {
    // Dates are ISO strings, so comparing with a bound compares periods: `>= '2023-09'` from September on,
    // `< '2023-09'` before it, `< '2023-09~'` up to its end ('~' sorts after every character of a date).
    where.push(`+rowid IN (SELECT rowid FROM articles WHERE ${ARTICLE_DATE} ${d.op === '<=' ? '<' : d.op} ?)`)
    params.push(d.op === '<=' ? `${d.bound}~` : d.bound)
  }
  for (const scope of parsed.scopes) {
    if (!options.resolveScope) {
      throw new ServiceError(
        'invalid-request',
        `Searching by ${SCOPE_NAMES[scope.kind]} (“${scope.kind}:${scope.value}”) is not available yet.`,
      )
    }
    where.push(`+rowid ${scope.negated ? 'NOT IN' : 'IN'} (SELECT rowid FROM articles WHERE id IN (SELECT value FROM json_each(?)))`)
    params.push(JSON.stringify(options.resolveScope(scope)))
  }
  const sql = plan.match
    ? `SELECT rowid AS rid, bm25(search_index, ${WEIGHTS.join(', ')}) AS rank FROM search_index
       WHERE search_index MATCH ? ${where.map((w) => `AND ${w}`).join(' ')} ORDER BY rank, rowid LIMIT ?`
    : `SELECT rowid AS rid, 0 AS rank FROM articles WHERE ${where.join(' AND ') || 'true'}
       ORDER BY ${ARTICLE_DATE} DESC, rowid DESC LIMIT ?`
  if (plan.match) params.unshift(plan.match)
  const ranked = db.prepare(sql).all(...params, limit) as unknown as Ranked[]

  const fields = db.prepare('SELECT id, title, text, publisher, byline, memo FROM articles WHERE rowid = ?')
  const terms = positiveTerms(parsed.root)
  return ranked.map(({ rid, rank }) => {
    const article = fields.get(rid) as unknown as ArticleFields
    return { ...describeHit(db, article, terms), score: rank === 0 ? 0 : -rank }
  })
}

type Term = Extract<QueryNode, { kind: 'term' }>

function patternsFor(terms: readonly Term[], column: SearchColumn): TermPattern[] {
  return terms.filter((t) => t.column === null || t.column === column).map((t) => ({ terms: t.terms, prefix: t.prefix }))
}

function spansIn(text: string, patterns: readonly TermPattern[]): Span[] {
  return patterns.length ? findSpans(tokenize(text), patterns) : []
}

/** The excerpt and offsets of one hit: from the text if the words are there, else a note, else another field. */
function describeHit(db: Db, article: ArticleFields, terms: readonly Term[]): Omit<SearchHit, 'score'> {
  const hit = { id: article.id, title: article.title, annotationId: null as string | null }
  const matches = spansIn(article.text, patternsFor(terms, 'text'))
  if (matches.length) return { ...hit, matches, snippet: snippet(article.text, matches) }

  const notes = db
    .prepare(`SELECT id, note, tags FROM annotations WHERE article_id = ? ORDER BY start, end, created_at`)
    .all(article.id) as { id: string; note: string; tags: string }[]
  for (const n of notes) {
    const inNote = spansIn(n.note, patternsFor(terms, 'notes'))
    if (inNote.length) return { ...hit, matches, annotationId: n.id, snippet: snippet(n.note, inNote) }
    const tags = (JSON.parse(n.tags) as string[]).join(', ')
    const inTags = spansIn(tags, patternsFor(terms, 'tags'))
    if (inTags.length) return { ...hit, matches, annotationId: n.id, snippet: snippet(tags, inTags) }
  }

  const sources = db
    .prepare(
      `SELECT group_concat(json_extract(s.value, '$.name'), ', ') AS names
       FROM analyses y, json_each(CASE WHEN json_valid(y.result) THEN y.result ELSE '{}' END, '$.sources') s
       WHERE y.article_id = ?`,
    )
    .get(article.id) as { names: string | null }
  const others: [SearchColumn, string | null][] = [
    ['title', article.title],
    ['memo', article.memo],
    ['publisher', article.publisher],
    ['byline', article.byline],
    ['sources', sources.names],
  ]
  for (const [column, value] of others) {
    const spans = value ? spansIn(value, patternsFor(terms, column)) : []
    if (value && spans.length) return { ...hit, matches, snippet: snippet(value, spans) }
  }
  return { ...hit, matches, snippet: snippet(article.text, []) }
}
