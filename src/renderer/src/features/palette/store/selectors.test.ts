import { describe, expect, it } from 'vitest'
import { flatEntries, matchRank, paletteGroups, RECENT_HEADING } from './selectors'

const entry = (id: string, title: string, group: string) => ({ id, title, group })
const ENTRIES = [
  entry('import', 'Import articles…', 'Library'),
  entry('refresh', 'Reload the library', 'Library'),
  entry('find', 'Find in the article', 'Search'),
  entry('toggle-library', 'Show or hide the library', 'View'),
  entry('export-md', 'Export notes as Markdown…', 'Notes'),
]
const ids = (groups: ReturnType<typeof paletteGroups>) => flatEntries(groups).map((e) => e.id)

describe('matching what is typed', () => {
  it('ranks a title start before a word start, before a match inside a word, the group, all words, letters in order', () => {
    expect(matchRank(entry('a', 'Import articles…', 'Library'), 'imp')).toBe(0)
    expect(matchRank(entry('a', 'Import articles…', 'Library'), 'ART')).toBe(1)
    expect(matchRank(entry('a', 'Import articles…', 'Library'), 'rtic')).toBe(2)
    expect(matchRank(entry('a', 'Import articles…', 'Library'), 'libr')).toBe(3)
    expect(matchRank(entry('a', 'Import articles…', 'Library'), 'library import')).toBe(4)
    expect(matchRank(entry('a', 'Show or hide the library', 'View'), 'shlib')).toBe(5)
    expect(matchRank(entry('a', 'Import articles…', 'Library'), 'export')).toBeNull()
  })

  it('lists the matches best first, under their groups', () => {
    const groups = paletteGroups(ENTRIES, 'library', [])
    // "Reload the library" and "Show or hide the library" match in their titles; Import only by its group.
    expect(groups.map((g) => g.heading)).toEqual(['Library', 'View'])
    expect(ids(groups)).toEqual(['refresh', 'import', 'toggle-library'])
    expect(paletteGroups(ENTRIES, 'zzz', [])).toEqual([])
  })
})

describe('with nothing typed', () => {
  it('lists every command in its group, in the order given', () => {
    const groups = paletteGroups(ENTRIES, '  ', [])
    expect(groups.map((g) => g.heading)).toEqual(['Library', 'Search', 'View', 'Notes'])
    expect(ids(groups)).toEqual(['import', 'refresh', 'find', 'toggle-library', 'export-md'])
  })

  it('lists the recently used first, once, leaving out those no longer available', () => {
    const groups = paletteGroups(ENTRIES, '', ['export-md', 'gone', 'refresh'])
    expect(groups[0]).toEqual({ heading: RECENT_HEADING, entries: [ENTRIES[4], ENTRIES[1]] })
    expect(ids(groups)).toEqual(['export-md', 'refresh', 'import', 'find', 'toggle-library'])
  })
})
