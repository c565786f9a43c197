import { describe, expect, it } from 'vitest'
import { FIND_LIMIT, findMatches } from './findMatches'

const found = (text: string, query: string) => findMatches(text, query).map((s) => text.slice(s.start, s.end))

describe('findMatches', () => {
  it('finds every occurrence, ignoring case and accents, as offsets into the text', () => {
    const text = 'Café society: CAFE, cafe and Cafè.'
    expect(findMatches(text, 'cafe')).toEqual([
      { start: 0, end: 4 },
      { start: 14, end: 18 },
      { start: 20, end: 24 },
      { start: 29, end: 33 },
    ])
    expect(found(text, 'CAFÉ')).toEqual(['Café', 'CAFE', 'cafe', 'Cafè'])
  })

  it('maps offsets back through decomposed accents and characters outside the BMP', () => {
    // "e\u0301" is e + a combining accent (two units); the emoji is a surrogate pair.
    const text = '😀 Re\u0301sume\u0301 and résumé'
    expect(found(text, 'resume')).toEqual(['Re\u0301sume\u0301', 'résumé'])
    const [first] = findMatches(text, 'resume')
    expect(first.start).toBe(3)
  })

  it('matches a space in the query against a line break, and never returns overlapping matches', () => {
    expect(found('talks ended\nlate', 'ended late')).toEqual(['ended\nlate'])
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ])
  })

  it('finds nothing for an empty or blank query, and stops at the limit', () => {
    expect(findMatches('text', '')).toEqual([])
    expect(findMatches('text', '   ')).toEqual([])
    expect(findMatches('a'.repeat(FIND_LIMIT + 10), 'a')).toHaveLength(FIND_LIMIT)
  })
})
