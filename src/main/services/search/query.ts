/**
 * The search box's query language, parsed into a tree the search compiles into FTS5 syntax itself — the
 * person's text never reaches MATCH as it was typed, so quotes, stars, colons, brackets, `NEAR` or `^` in it
 * cannot make a syntax error or change the query's meaning. Parsing never fails: an unclosed quote runs to
 * the end, a stray bracket or operator is dropped, and a word with nothing searchable in it is skipped.
 *
 * - words (all must match), `"a phrase"`, `prefix*`, `OR`, `AND`, `NOT word` / `-word`, `( … )`
 * - `title:`, `publisher:`, `byline:`, `text:`, `memo:`, `note:`, `tag:`, `source:` — the word or "phrase" in that field
 * - `after:2023-01-01`, `before:2023-06`, `published:2023-01..2023-12` (or one date) on the article's date
 * - `case:`, `code:`, `verdict:` — kept as scope filters for the services that know cases, codes and verdicts
 * Date and scope filters narrow the whole query wherever they are written; `-case:x` leaves a case out.
 */
import { queryTerms } from './tokens'

/** Index columns a field filter can name. */
export type SearchColumn = 'title' | 'publisher' | 'byline' | 'text' | 'memo' | 'notes' | 'tags' | 'sources'

const FIELD_COLUMNS: Record<string, SearchColumn> = {
  title: 'title',
  publisher: 'publisher',
  byline: 'byline',
  author: 'byline',
  text: 'text',
  memo: 'memo',
  note: 'notes',
  notes: 'notes',
  tag: 'tags',
  tags: 'tags',
  source: 'sources',
  sources: 'sources',
}

export type ScopeKind = 'case' | 'code' | 'verdict'
const SCOPE_KINDS: readonly ScopeKind[] = ['case', 'code', 'verdict']

/** A filter another service resolves to the articles it allows. */
export interface ScopeFilter {
  kind: ScopeKind
  value: string
  negated: boolean
}

/** A bound on the article's date, compared on the first `bound.length` characters (`2023`, `2023-09`, `2023-09-13`). */
export interface DateFilter {
  op: '>=' | '<' | '<='
  bound: string
}

export type QueryNode =
  | { kind: 'term'; terms: string[]; prefix: boolean; column: SearchColumn | null }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }

export interface ParsedQuery {
  /** The words to match, or null when the query has none (only filters, or nothing at all). */
  root: QueryNode | null
  dates: DateFilter[]
  scopes: ScopeFilter[]
  /** Problems worth telling the person (a malformed date, a query too long); the search refuses to run. */
  problems: string[]
}

/** Longest query accepted, and most words in it: they bound the work one search can cause. */
export const MAX_QUERY_LENGTH = 1000
export const MAX_TERMS = 32
/** Deeper brackets are ignored, so the parser's recursion stays bounded. */
const MAX_DEPTH = 8

type Lexeme =
  | { type: 'open' | 'close' | 'and' | 'or' | 'not' }
  | { type: 'word'; text: string; negated: boolean; quoted: boolean }

const OPEN_QUOTES = '"“„'
const CLOSE_QUOTES = '"”“'

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  const readQuoted = (): string => {
    i++ // the opening quote
    let end = i
    while (end < input.length && !CLOSE_QUOTES.includes(input[end])) end++
    const text = input.slice(i, end)
    i = end + 1
    return text
  }
  while (i < input.length) {
    const ch = input[i]
    if (/\s/.test(ch)) {
      i++
    } else if (ch === '(' || ch === ')') {
      out.push({ type: ch === '(' ? 'open' : 'close' })
      i++
    } else if (OPEN_QUOTES.includes(ch)) {
      out.push({ type: 'word', text: readQuoted(), negated: false, quoted: true })
    } else if (ch === '-' && i + 1 < input.length && OPEN_QUOTES.includes(input[i + 1])) {
      i++
      out.push({ type: 'word', text: readQuoted(), negated: true, quoted: true })
    } else if (ch === '-' && input[i + 1] === '(') {
      out.push({ type: 'not' })
      i++
    } else {
      let end = i
      while (end < input.length && !/[\s()"“„”]/.test(input[end])) end++
      if (end === i) {
        i++ // a closing quote with no opening one
        continue
      }
      let text = input.slice(i, end)
      i = end
      // `field:"a phrase"` — the phrase belongs to the field.
      if (text.endsWith(':') && OPEN_QUOTES.includes(input[i] ?? '')) text += `"${readQuoted()}"`
      if (text === 'AND' || text === 'OR' || text === 'NOT') out.push({ type: text.toLowerCase() as 'and' | 'or' | 'not' })
      else if (text.startsWith('-') && text.length > 1) out.push({ type: 'word', text: text.slice(1), negated: true, quoted: false })
      else out.push({ type: 'word', text, negated: false, quoted: false })
    }
  }
  return out
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

function dateFilters(field: string, value: string): DateFilter[] | string {
  const bad = `“${field}:” needs a date such as 2023-09-13, 2023-09 or 2023 (got “${value}”).`
  if (field === 'after' || field === 'before') {
    if (!DATE.test(value)) return bad
    return [{ op: field === 'after' ? '>=' : '<', bound: value }]
  }
  const [from, to] = value.includes('..') ? value.split('..', 2) : [value, value]
  if ((from && !DATE.test(from)) || (to && !DATE.test(to)) || (!from && !to)) return bad
  return [...(from ? [{ op: '>=' as const, bound: from }] : []), ...(to ? [{ op: '<=' as const, bound: to }] : [])]
}

class Parser {
  private pos = 0
  private depth = 0
  readonly dates: DateFilter[] = []
  readonly scopes: ScopeFilter[] = []
  readonly problems: string[] = []
  terms = 0

  constructor(private readonly lexemes: Lexeme[]) {}

  parse(): QueryNode | null {
    let root: QueryNode | null = null
    // A stray closing bracket ends parseOr early; skip it and keep going.
    while (this.pos < this.lexemes.length) {
      const next = this.parseOr()
      root = root && next ? { kind: 'and', children: [root, next] } : (root ?? next)
      if (this.peek()?.type === 'close') this.pos++
    }
    return root
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.pos]
  }

  private parseOr(): QueryNode | null {
    const children: QueryNode[] = []
    for (;;) {
      const node = this.parseAnd()
      if (node) children.push(node)
      if (this.peek()?.type !== 'or') break
      this.pos++
    }
    return children.length > 1 ? { kind: 'or', children } : (children[0] ?? null)
  }

  private parseAnd(): QueryNode | null {
    const children: QueryNode[] = []
    for (;;) {
      const next = this.peek()
      if (!next || next.type === 'or' || next.type === 'close') break
      if (next.type === 'and') {
        this.pos++
        continue
      }
      const node = this.parseUnary()
      if (node) children.push(node)
    }
    return children.length > 1 ? { kind: 'and', children } : (children[0] ?? null)
  }

  private parseUnary(): QueryNode | null {
    const next = this.peek()
    if (next?.type === 'not') {
      this.pos++
      const nextUp = this.peek()
      if (!nextUp || nextUp.type === 'or' || nextUp.type === 'close' || nextUp.type === 'and') return null
      if (nextUp.type === 'word') {
        this.pos++
        return this.word(nextUp.text, !nextUp.negated, nextUp.quoted)
      }
      const child = this.parseUnary()
      return child && { kind: 'not', child }
    }
    if (next?.type === 'open') {
      this.pos++
      if (this.depth >= MAX_DEPTH) return null
      this.depth++
      const inner = this.parseOr()
      this.depth--
      if (this.peek()?.type === 'close') this.pos++
      return inner
    }
    if (next?.type === 'word') {
      this.pos++
      return this.word(next.text, next.negated, next.quoted)
    }
    this.pos++ // nothing else can start an operand
    return null
  }

  private word(text: string, negated: boolean, quoted: boolean): QueryNode | null {
    const field = quoted ? null : /^([a-z]+):(.*)$/i.exec(text)
    if (field) {
      const name = field[1].toLowerCase()
      let value = field[2]
      const phrase = value.startsWith('"')
      if (phrase) value = value.slice(1, value.endsWith('"') && value.length > 1 ? -1 : undefined)
      if (name === 'after' || name === 'before' || name === 'published' || name === 'date') {
        const filters = dateFilters(name === 'date' ? 'published' : name, value)
        if (typeof filters === 'string') this.problems.push(filters)
        else if (negated) this.problems.push(`“${name}:” cannot be negated; use “after:” or “before:” instead.`)
        else this.dates.push(...filters)
        return null
      }
      if ((SCOPE_KINDS as readonly string[]).includes(name)) {
        if (value.trim()) this.scopes.push({ kind: name as ScopeKind, value: value.trim(), negated })
        return null
      }
      const column = FIELD_COLUMNS[name]
      if (column) return this.term(value, !phrase && value.endsWith('*'), column, negated)
    }
    return this.term(text, !quoted && text.endsWith('*'), null, negated)
  }

  private term(text: string, prefix: boolean, column: SearchColumn | null, negated: boolean): QueryNode | null {
    const terms = queryTerms(text)
    if (terms.length === 0) return null
    this.terms += terms.length
    const node: QueryNode = { kind: 'term', terms, prefix, column }
    return negated ? { kind: 'not', child: node } : node
  }
}

/** Parses what the person typed into the search box. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) {
    return { root: null, dates: [], scopes: [], problems: [`That search is too long: keep it under ${MAX_QUERY_LENGTH} characters.`] }
  }
  const parser = new Parser(lex(input.normalize('NFC')))
  const root = parser.parse()
  const problems = [...parser.problems]
  if (parser.terms > MAX_TERMS) problems.push(`That search has too many words: keep it under ${MAX_TERMS}.`)
  return { root, dates: parser.dates, scopes: parser.scopes, problems }
}

/** The words and phrases the query asks to find (not those it leaves out), each with the column it names. */
export function positiveTerms(node: QueryNode | null): Extract<QueryNode, { kind: 'term' }>[] {
  const out: Extract<QueryNode, { kind: 'term' }>[] = []
  const walk = (n: QueryNode, negated: boolean): void => {
    if (n.kind === 'term') {
      if (!negated) out.push(n)
    } else if (n.kind === 'not') walk(n.child, !negated)
    else n.children.forEach((c) => walk(c, negated))
  }
  if (node) walk(node, false)
  return out
}
