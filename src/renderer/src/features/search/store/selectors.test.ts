import { describe, expect, it } from 'vitest'
import { matchesIn, matchPosition, resultCount, snippetParts } from './selectors'
import type { ReaderMatches } from './state'

const matches = (over: Partial<ReaderMatches> = {}): ReaderMatches => ({
  articleId: 'a1',
  spans: [
    { start: 0, end: 4 },
    { start: 10, end: 14 },
    { start: 20, end: 24 },
  ],
  current: 1,
  from: 'library',
  ...over,
})

describe('snippetParts', () => {
  it('splits a snippet at its « » marks and drops the marks', () => {
    expect(snippetParts('…the «port» strike «ended» today')).toEqual([
      { text: '…the ', match: false },
      { text: 'port', match: true },
      { text: ' strike ', match: false },
      { text: 'ended', match: true },
      { text: ' today', match: false },
    ])
  })

  it('keeps an unclosed mark as text and markup as plain text', () => {
    expect(snippetParts('a «b')).toEqual([{ text: 'a «b', match: false }])
    expect(snippetParts('<b>x</b> «<i>»')).toEqual([
      { text: '<b>x</b> ', match: false },
      { text: '<i>', match: true },
    ])
  })
})

describe('counts', () => {
  it('words the number of results and the empty state', () => {
    expect(resultCount(1, 'strike')).toBe('1 article matches “strike”')
    expect(resultCount(12, 'strike')).toBe('12 articles match “strike”')
    expect(resultCount(0, 'zzz')).toBe('No articles match “zzz”.')
  })

  it('says which match is current, out of how many', () => {
    expect(matchPosition(matches())).toBe('2 of 3')
    expect(matchPosition(matches({ spans: [] }))).toBe('No matches')
    expect(matchPosition(null)).toBe('No matches')
  })

  it('gives the reader the matches of its own article only', () => {
    expect(matchesIn(matches(), 'a1')).toHaveLength(3)
    expect(matchesIn(matches(), 'a2')).toBeNull()
    expect(matchesIn(matches({ spans: [] }), 'a1')).toBeNull()
    expect(matchesIn(null, 'a1')).toBeNull()
  })
})
