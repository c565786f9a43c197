import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../../test-support/random'
import { addArticle, addNote, addSources } from '../../../test-support/searchLibrary'
import { ServiceError } from '../errors'
import { openMemoryDb } from '../store/db'
import { matchPlan } from './match'
import { parseQuery, positiveTerms } from './query'
import { searchLibrary } from './search'

const match = (q: string) => matchPlan(parseQuery(q).root)

describe('parseQuery', () => {
  it('reads words, phrases, prefixes and fields into terms with folded tokens', () => {
    expect(parseQuery('Économie "Kim Jong-Un" kim* title:Putin publisher:"New York Times" tag:num*').root).toEqual({
      kind: 'and',
      children: [
        { kind: 'term', terms: ['economie'], prefix: false, column: null },
        { kind: 'term', terms: ['kim', 'jong', 'un'], prefix: false, column: null },
        { kind: 'term', terms: ['kim'], prefix: true, column: null },
        { kind: 'term', terms: ['putin'], prefix: false, column: 'title' },
        { kind: 'term', terms: ['new', 'york', 'times'], prefix: false, column: 'publisher' },
        { kind: 'term', terms: ['num'], prefix: true, column: 'tags' },
      ],
    })
  })

  it('gives NOT the tightest hold, then AND, then OR', () => {
    expect(match('a b OR c -d')).toEqual({ match: '(("a" AND "b") OR ("c" NOT "d"))', exclude: null })
    expect(match('a AND (b OR c) NOT d')).toEqual({ match: '(("a" AND ("b" OR "c")) NOT "d")', exclude: null })
    expect(match('-"x y" -(z)')).toEqual({ match: null, exclude: '("x y" OR "z")' })
    expect(match('NOT NOT a')).toEqual({ match: '"a"', exclude: null })
    expect(match('a OR -b')).toEqual({ match: null, exclude: '("b" NOT "a")' })
  })

  it('keeps date and scope filters apart from the words', () => {
    const parsed = parseQuery('putin after:2023-01 before:2024 published:2023-02..2023-03 case:"Ukraine war" -code:Q1 verdict:false')
    expect(parsed.dates).toEqual([
      { op: '>=', bound: '2023-01' },
      { op: '<', bound: '2024' },
      { op: '>=', bound: '2023-02' },
      { op: '<=', bound: '2023-03' },
    ])
    expect(parsed.scopes).toEqual([
      { kind: 'case', value: 'Ukraine war', negated: false },
      { kind: 'code', value: 'Q1', negated: true },
      { kind: 'verdict', value: 'false', negated: false },
    ])
    expect(parsed.root).toEqual({ kind: 'term', terms: ['putin'], prefix: false, column: null })
    expect(parsed.problems).toEqual([])
  })

  it('reports malformed dates and over-long queries instead of guessing', () => {
    expect(parseQuery('before:13/09/2023').problems).toEqual([
      '“before:” needs a date such as 2023-09-13, 2023-09 or 2023 (got “13/09/2023”).',
    ])
    expect(parseQuery('x'.repeat(1001)).problems[0]).toMatch(/too long/)
  })

  it('tolerates unbalanced quotes and brackets and stray operators', () => {
    expect(match('"kim jong')).toEqual({ match: '"kim jong"', exclude: null })
    expect(match('(a OR b')).toEqual({ match: '("a" OR "b")', exclude: null })
    expect(match('a) b')).toEqual({ match: '("a" AND "b")', exclude: null })
    expect(match('OR AND a OR')).toEqual({ match: '"a"', exclude: null })
    expect(match('” a “')).toEqual({ match: '"a"', exclude: null })
  })

  it('turns FTS5 syntax in the input into plain words or drops it', () => {
    expect(match('NEAR(a b, 2) {title}: c^ d:e "f""g"')).toEqual({
      match: '("near" AND ("a" AND "b" AND "2") AND "title" AND "c" AND "d e" AND "f" AND "g")',
      exclude: null,
    })
    expect(match('* ^ : + -')).toEqual({ match: null, exclude: null })
  })

  it('lists the terms to highlight, leaving out excluded ones', () => {
    const terms = positiveTerms(parseQuery('a -b NOT (c OR -d) title:e').root)
    expect(terms.map((t) => t.terms[0])).toEqual(['a', 'd', 'e'])
  })
})

describe('searchLibrary on random input', () => {
  // Pieces that stress the parser and FTS5: operators, quotes, brackets, fields, FTS5 syntax and odd characters.
  const PIECES = [
    'kim', 'putin', 'cosmo', 'AND', 'OR', 'NOT', 'NEAR', 'near', '"', '“', '”', '(', ')', '-', '*', ':', '^', '+',
    '{', '}', ',', '/', "'", '\\', 'title:', 'publisher:', 'tag:', 'source:', 'note:', 'after:', 'before:',
    'published:', '2023', '2023-09', '2023-09-13', '..', 'case:', 'code:', 'verdict:', 'é', 'É', '日本', '😀',
    '\u0301', '\0', ' ', ' ', ' ', '\n', 'x'.repeat(40), 'NEAR/3', '""', '*"', 'rowid', 'search_index',
  ]

  it('never fails other than with a readable ServiceError (seeded, 3,000 queries)', () => {
    const db = openMemoryDb()
    const text = 'Kim met Putin at the Vostochny Cosmodrome in 2023. Économie, 日本, near the end.'
    const id = addArticle(db, { title: 'Kim and Putin', text, publisher: 'CNN', published: '2023-09-13' })
    addNote(db, { id: 'n', articleId: id, text, start: 0, end: 3, note: 'kim note', tags: ['people'] })
    addSources(db, id, ['Vladimir Putin'])
    const random = mulberry32(20260510)
    let hits = 0
    let refused = 0
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(random() * 12)
      let q = ''
      for (let k = 0; k < length; k++) {
        q += PIECES[Math.floor(random() * PIECES.length)]
        if (random() < 0.5) q += ' '
      }
      try {
        const result = searchLibrary(db, q, { resolveScope: () => [id] })
        for (const hit of result) {
          expect(hit.id).toBe(id)
          for (const m of hit.matches) expect(m.end).toBeGreaterThan(m.start)
        }
        hits += result.length
      } catch (error) {
        expect(error, q).toBeInstanceOf(ServiceError)
        expect((error as ServiceError).message, q).toMatch(/^“?\w/)
        refused++
      }
    }
    // The generator reaches both outcomes, so the loop is testing something.
    expect(hits).toBeGreaterThan(100)
    expect(refused).toBeGreaterThan(10)
  })
})
