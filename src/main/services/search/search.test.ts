import { beforeEach, describe, expect, it } from 'vitest'
import { addArticle, addNote, addSources } from '../../../test-support/searchLibrary'
import { tempStore } from '../../../test-support/tempStore'
import { ServiceError } from '../errors'
import type { Db } from '../store/db'
import { searchLibrary, type SearchHit } from './search'

const KIM =
  'North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome.\n\n' +
  'The talks lasted several hours, the Kremlin said. Analysts were skeptical about the summit’s results.'
const ECONOMY =
  'Inflation slowed to 3.2 percent in October, the Bureau of Labor Statistics said.\n\n' +
  'Économistes at the central bank expect rates to stay high; Kimberly Clark shares rose.'
const SPORT = 'The national team won the final. Fans celebrated in the streets until dawn.'

let db: Db
let kim: string
let economy: string
let sport: string
let titled: string

tempStore((opened) => (db = opened), 'dossier-search-')
beforeEach(() => {
  kim = addArticle(db, {
    title: 'Kim and Putin meet at Vostochny',
    text: KIM,
    publisher: 'CNN',
    byline: 'Jane Doe',
    published: '2023-09-13T08:00:00Z',
  })
  economy = addArticle(db, {
    title: 'Inflation cools',
    text: ECONOMY,
    publisher: 'Reuters',
    published: '2023-11-14',
  })
  sport = addArticle(db, { title: 'Final won', text: SPORT, publisher: 'BBC Sport', published: '2024-07-15' })
  // "summit" in the title here, only in the body of KIM (as "summit’s").
  titled = addArticle(db, { title: 'Summit diary', text: 'Notes from a week of travel.', published: '2022-01-05' })
})

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id)
const search = (q: string): string[] => ids(searchLibrary(db, q)).sort()
const sorted = (...list: string[]): string[] => [...list].sort()
const matched = (hit: SearchHit, text: string): string[] => hit.matches.map((m) => text.slice(m.start, m.end))

describe('searchLibrary: the query syntax', () => {
  it('finds every word (AND) in any field, folding case and accents', () => {
    expect(search('putin')).toEqual([kim])
    expect(search('PUTIN kremlin')).toEqual([kim])
    expect(search('putin inflation')).toEqual([])
    expect(search('economistes')).toEqual([economy])
    expect(search('ÉCONOMISTES')).toEqual([economy])
    expect(search('jane')).toEqual([kim]) // the byline
  })

  it('finds phrases in order only', () => {
    expect(search('"kim jong un"')).toEqual([kim])
    expect(search('"un jong kim"')).toEqual([])
    expect(search('“Vladimir Putin”')).toEqual([kim])
  })

  it('finds prefixes', () => {
    expect(search('kim*')).toEqual(sorted(kim, economy)) // Kim, Kimberly
    expect(search('kim')).toEqual([kim])
    expect(search('cosmo*')).toEqual([kim])
  })

  it('combines with OR, AND, NOT, -word and brackets', () => {
    expect(search('putin OR inflation')).toEqual(sorted(kim, economy))
    expect(search('putin AND kremlin')).toEqual([kim])
    expect(search('kim* NOT putin')).toEqual([economy])
    expect(search('kim* -putin')).toEqual([economy])
    expect(search('kim* -"kimberly clark"')).toEqual([kim])
    expect(search('(putin OR inflation) said')).toEqual(sorted(kim, economy))
    expect(search('(putin OR inflation) -(kremlin OR october)')).toEqual([])
  })

  it('answers a query of only exclusions with every other article', () => {
    expect(search('-putin')).toEqual(sorted(economy, sport, titled))
    expect(search('NOT putin NOT inflation')).toEqual(sorted(sport, titled))
    expect(search('putin OR -inflation')).toEqual(sorted(kim, sport, titled))
  })

  it('filters by field', () => {
    expect(search('publisher:CNN')).toEqual([kim])
    expect(search('publisher:sport')).toEqual([sport])
    expect(search('publisher:"BBC Sport" final')).toEqual([sport])
    expect(search('title:summit')).toEqual([titled])
    expect(search('summit*')).toEqual(sorted(kim, titled))
    expect(search('byline:doe')).toEqual([kim])
    expect(search('title:putin OR publisher:reuters')).toEqual(sorted(kim, economy))
  })

  it('filters by tag, note, memo and source name', () => {
    addNote(db, { id: 'n1', articleId: sport, text: SPORT, start: 4, end: 17, note: 'Check the score', tags: ['numbers'] })
    addSources(db, economy, ['Bureau of Labor Statistics', 'Jerome Powell'])
    db.prepare('UPDATE articles SET memo = ? WHERE id = ?').run('follow up with the desk', kim)
    expect(search('tag:numbers')).toEqual([sport])
    expect(search('note:score')).toEqual([sport])
    expect(search('source:powell')).toEqual([economy])
    expect(search('powell')).toEqual([economy])
    expect(search('memo:desk')).toEqual([kim])
    expect(search('title:numbers')).toEqual([])
  })

  it('filters by date, on the first characters of the publication date', () => {
    expect(search('after:2023-09-13')).toEqual(sorted(kim, economy, sport))
    expect(search('after:2023-09-14')).toEqual(sorted(economy, sport))
    expect(search('before:2023-09-13')).toEqual([titled])
    expect(search('published:2023-01..2023-10')).toEqual([kim])
    expect(search('published:2023')).toEqual(sorted(kim, economy))
    expect(search('published:2023-11..')).toEqual(sorted(economy, sport))
    expect(search('said after:2023-10')).toEqual([economy])
  })

  it('returns nothing for an empty query or one with nothing searchable', () => {
    expect(searchLibrary(db, '')).toEqual([])
    expect(searchLibrary(db, '  "" () * - : ^ NEAR( ')).toEqual([])
  })

  it('refuses malformed dates, case/code/verdict filters without a resolver, and bad limits, saying why', () => {
    expect(() => searchLibrary(db, 'after:yesterday')).toThrow(/“after:” needs a date such as 2023-09-13/)
    expect(() => searchLibrary(db, 'putin case:Ukraine')).toThrow(/Searching by case \(“case:Ukraine”\) is not available/)
    expect(() => searchLibrary(db, 'verdict:false')).toThrow(ServiceError)
    expect(() => searchLibrary(db, 'putin', { limit: 0 })).toThrow(/whole number from 1 to 500/)
    expect(() => searchLibrary(db, 'a '.repeat(40))).toThrow(/too many words/)
  })

  it('lets another service resolve case:, code: and verdict: filters to articles', () => {
    const seen: string[] = []
    const resolveScope = (f: { kind: string; value: string }) => {
      seen.push(`${f.kind}:${f.value}`)
      return f.value === 'Korea' ? [kim, sport] : [economy]
    }
    expect(ids(searchLibrary(db, 'the case:Korea', { resolveScope })).sort()).toEqual(sorted(kim, sport))
    expect(ids(searchLibrary(db, 'the -case:Korea', { resolveScope }))).toEqual([economy])
    expect(ids(searchLibrary(db, 'verdict:false', { resolveScope }))).toEqual([economy])
    expect(seen).toEqual(['case:Korea', 'case:Korea', 'verdict:false'])
  })

  it('takes operators and FTS5 syntax typed by the person as words', () => {
    // None of these may reach FTS5 as syntax: each is either searched as words or dropped.
    for (const q of ['putin"', '"putin', 'putin)', '(putin', 'putin:', '^putin', 'putin*"*', 'putin OR', 'AND putin',
      'putin -', '"putin" ""', 'putin ))) OR ((']) {
      expect(search(q), q).toEqual([kim])
    }
    // NEAR, braces and column names are plain words here, and no article has "near" or "title" in it.
    for (const q of ['NOT', 'putin NEAR/2 kim', 'NEAR(putin kim)', '{title}: putin', 'putin + title : kim']) {
      expect(search(q), q).toEqual([])
    }
    expect(search('near')).toEqual([])
    expect(search('text:putin')).toEqual([kim])
    expect(search('text:vostochny -text:putin')).toEqual([])
  })

  it('caps results at the limit', () => {
    expect(searchLibrary(db, '-zzz', { limit: 2 })).toHaveLength(2)
  })
})

describe('searchLibrary: ranking, snippets and offsets', () => {
  it('ranks a title match above a body match', () => {
    const hits = searchLibrary(db, 'summit')
    expect(ids(hits)).toEqual([titled, kim])
    expect(hits[0].score).toBeGreaterThan(hits[1].score)
  })

  it('ranks a note match above a body match', () => {
    const a = addArticle(db, { title: 'One', text: 'The harbour was quiet. Nobody mentioned sanctions at all.' })
    const b = addArticle(db, { title: 'Two', text: 'The harbour was busy. Ships came and went all day long.' })
    addNote(db, { id: 'nb', articleId: b, text: 'The harbour was busy.', start: 4, end: 11, note: 'sanctions?' })
    expect(ids(searchLibrary(db, 'sanctions'))).toEqual([b, a])
  })

  it('gives the offsets of every match in the text, with case and accents folded', () => {
    const [hit] = searchLibrary(db, 'kim* ECONOMISTES')
    expect(hit.id).toBe(economy)
    expect(matched(hit, ECONOMY)).toEqual(['Économistes', 'Kimberly'])
    const [phrase] = searchLibrary(db, '"vladimir putin" OR kremlin')
    expect(matched(phrase, KIM)).toEqual(['Vladimir Putin', 'Kremlin'])
  })

  it('marks no offsets for excluded words or words searched in another field', () => {
    const [hit] = searchLibrary(db, 'putin -inflation title:vostochny')
    expect(matched(hit, KIM)).toEqual(['Putin'])
  })

  it('shows the words around the first match with every match in « »', () => {
    const [hit] = searchLibrary(db, 'skeptical OR kremlin')
    expect(hit.snippet).toBe(
      '…Vostochny Cosmodrome. The talks lasted several hours, the «Kremlin» said. Analysts were «skeptical» about the summit’s results.',
    )
    const [start] = searchLibrary(db, 'north')
    expect(start.snippet).toBe(KIM.replace('North', '«North»').replace('\n\n', ' '))
  })

  it('points a hit found only in a note at that note, with a snippet of the note', () => {
    addNote(db, { id: 'late', articleId: kim, text: KIM, start: 120, end: 126, note: 'Ask the embassy again' })
    addNote(db, { id: 'early', articleId: kim, text: KIM, start: 0, end: 5, note: 'Embassy source, unconfirmed' })
    const [hit] = searchLibrary(db, 'embassy')
    expect(hit).toMatchObject({ id: kim, annotationId: 'early', matches: [], snippet: '«Embassy» source, unconfirmed' })
    const [both] = searchLibrary(db, 'embassy OR kremlin')
    expect(both.annotationId).toBeNull()
    expect(matched(both, KIM)).toEqual(['Kremlin'])
  })

  it('shows the title or source name that matched when the text has no match', () => {
    addSources(db, sport, ['Gareth Southgate'])
    expect(searchLibrary(db, 'diary')[0].snippet).toBe('Summit «diary»')
    expect(searchLibrary(db, 'southgate')[0]).toMatchObject({ id: sport, snippet: 'Gareth «Southgate»' })
  })

  it('lists filter-only results newest first, with the opening of the text', () => {
    const hits = searchLibrary(db, 'after:2023-01-01')
    expect(ids(hits)).toEqual([sport, economy, kim])
    expect(hits[0]).toMatchObject({ score: 0, matches: [], annotationId: null })
    expect(hits[0].snippet).toBe(SPORT)
  })
})
