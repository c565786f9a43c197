import { describe, expect, it } from 'vitest'
import { quotedList, sortedTags, tagCounts, tagQuery } from './selectors'

const tag = (name: string, annotations: number, articles: number) => ({ name, annotations, articles })

describe('tags selectors', () => {
  it('sorts by name as given, or the most used first', () => {
    const tags = [tag('army', 1, 1), tag('Iran', 3, 1), tag('sanctions', 3, 2)]
    expect(sortedTags(tags, 'name')).toEqual(tags)
    expect(sortedTags(tags, 'count').map((t) => t.name)).toEqual(['sanctions', 'Iran', 'army'])
  })

  it('words counts, queries and lists', () => {
    expect(tagCounts(tag('a', 1, 1))).toBe('1 note in 1 article')
    expect(tagCounts(tag('a', 3, 2))).toBe('3 notes in 2 articles')
    expect(tagQuery('armed forces')).toBe('tag:"armed forces"')
    expect(tagQuery('say "no"')).toBe('tag:"say  no "')
    expect(quotedList(['a'])).toBe('“a”')
    expect(quotedList(['a', 'b', 'c'])).toBe('“a”, “b” and “c”')
  })
})
