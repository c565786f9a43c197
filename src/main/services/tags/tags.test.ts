import { describe, expect, it } from 'vitest'
import { searchLibrary } from '../search/search'
import { getAnnotation } from '../store/annotations'
import type { Db } from '../store/db'
import { addArticle, addNote } from '../../../test-support/searchLibrary'
import { serviceError } from '../../../test-support/serviceError'
import { tempStore } from '../../../test-support/tempStore'
import { listTags, mergeTags, renameTag, restoreNoteTags, retagNotes, tagSuggestions } from './index'

const TEXT = 'Some plain words here, and more words there.'
const LATER = new Date('2026-04-01T00:00:00Z')

let db: Db

tempStore((opened) => (db = opened))

/** Two articles; notes n1, n2 on the first and n3 on the second, tagged as given. */
function library(tags: { n1: string[]; n2: string[]; n3: string[] }) {
  const a = addArticle(db, { title: 'A', text: TEXT })
  const b = addArticle(db, { title: 'B', text: TEXT })
  addNote(db, { id: 'n1', articleId: a, text: TEXT, start: 0, end: 4, note: '', tags: tags.n1 })
  addNote(db, { id: 'n2', articleId: a, text: TEXT, start: 5, end: 10, note: '', tags: tags.n2 })
  addNote(db, { id: 'n3', articleId: b, text: TEXT, start: 0, end: 4, note: '', tags: tags.n3 })
  return { a, b }
}

const tagsOf = (id: string) => getAnnotation(db, id)?.tags

describe('the tag browser', () => {
  it('lists every tag with its notes and articles, by name ignoring case', () => {
    library({ n1: ['iran', 'Sanctions'], n2: ['iran'], n3: ['iran', 'army'] })
    expect(listTags(db)).toEqual([
      { name: 'army', annotations: 1, articles: 1 },
      { name: 'iran', annotations: 3, articles: 2 },
      { name: 'Sanctions', annotations: 1, articles: 1 },
    ])
  })

  it('suggests tags starting with the typed text, most used first, then those containing it', () => {
    library({ n1: ['Iran', 'Iraq'], n2: ['Iraq'], n3: ['Iraq', 'Miranda', 'army'] })
    expect(tagSuggestions(db, 'ir')).toEqual(['Iraq', 'Iran', 'Miranda'])
    expect(tagSuggestions(db, ' IRA', 1)).toEqual(['Iraq'])
    expect(tagSuggestions(db, 'zzz')).toEqual([])
  })
})

describe('renaming and merging tags', () => {
  it('renames a tag on every note in place, leaving other tags, and the new name is searchable', () => {
    const { a, b } = library({ n1: ['iran', 'army'], n2: ['army'], n3: ['Iran'] })
    expect(renameTag(db, 'iran', 'Persia', LATER)).toBe(1)
    expect([tagsOf('n1'), tagsOf('n2'), tagsOf('n3')]).toEqual([['Persia', 'army'], ['army'], ['Iran']])
    expect(getAnnotation(db, 'n1')?.updatedAt).toBe(LATER.toISOString())
    expect(getAnnotation(db, 'n2')?.updatedAt).not.toBe(LATER.toISOString())
    expect(searchLibrary(db, 'tag:persia').map((h) => h.id)).toEqual([a])
    expect(searchLibrary(db, 'tag:iran').map((h) => h.id)).toEqual([b])
  })

  it('renaming onto an existing tag merges them, each note keeping it once', () => {
    library({ n1: ['iran', 'Iran'], n2: ['iran', 'army'], n3: ['Iran'] })
    expect(renameTag(db, 'iran', ' Iran ')).toBe(2)
    expect([tagsOf('n1'), tagsOf('n2'), tagsOf('n3')]).toEqual([['Iran'], ['Iran', 'army'], ['Iran']])
    expect(listTags(db)).toEqual([
      { name: 'army', annotations: 1, articles: 1 },
      { name: 'Iran', annotations: 3, articles: 2 },
    ])
  })

  it('merges several tags into one in one go', () => {
    const { a, b } = library({ n1: ['IRGC', 'army'], n2: ['military'], n3: ['soldiers', 'IRGC'] })
    expect(mergeTags(db, ['army', 'military', 'soldiers'], 'armed forces')).toBe(3)
    expect([tagsOf('n1'), tagsOf('n2'), tagsOf('n3')]).toEqual([
      ['IRGC', 'armed forces'],
      ['armed forces'],
      ['armed forces', 'IRGC'],
    ])
    expect(
      searchLibrary(db, 'tag:"armed forces"')
        .map((h) => h.id)
        .sort(),
    ).toEqual([a, b].sort())
    expect(searchLibrary(db, 'tag:military')).toEqual([])
  })

  it('refuses an empty new name and a tag no note has, changing nothing', () => {
    library({ n1: ['iran'], n2: [], n3: [] })
    expect(serviceError(() => renameTag(db, 'iran', '  ')).message).toBe('The new tag name cannot be empty.')
    expect(serviceError(() => mergeTags(db, ['nope', 'never'], 'x'))).toMatchObject({
      code: 'not-found',
      message: 'No note in your library is tagged “nope”, “never”.',
    })
    expect(renameTag(db, 'iran', 'iran')).toBe(0)
    expect(tagsOf('n1')).toEqual(['iran'])
  })
})

describe('undoing a rename or merge', () => {
  it('answers every changed note as it was, and putting those back restores tags, order and dates exactly', () => {
    const { a, b } = library({ n1: ['IRGC', 'army', 'military'], n2: ['military'], n3: ['soldiers', 'IRGC'] })
    const before = ['n1', 'n2', 'n3'].map((id) => getAnnotation(db, id))
    const changed = retagNotes(db, ['army', 'military', 'soldiers'], 'armed forces', LATER)
    expect(changed).toEqual([
      { id: 'n1', tags: ['IRGC', 'army', 'military'], updatedAt: before[0]?.updatedAt },
      { id: 'n2', tags: ['military'], updatedAt: before[1]?.updatedAt },
      { id: 'n3', tags: ['soldiers', 'IRGC'], updatedAt: before[2]?.updatedAt },
    ])
    expect(tagsOf('n1')).toEqual(['IRGC', 'armed forces'])

    expect(restoreNoteTags(db, changed)).toBe(3)
    expect(['n1', 'n2', 'n3'].map((id) => getAnnotation(db, id))).toEqual(before)
    expect(searchLibrary(db, 'tag:military').map((h) => h.id)).toEqual([a])
    expect(searchLibrary(db, 'tag:soldiers').map((h) => h.id)).toEqual([b])
    expect(searchLibrary(db, 'tag:"armed forces"')).toEqual([])
  })

  it('leaves out notes deleted since, and answers nothing to undo for a rename onto itself', () => {
    library({ n1: ['iran'], n2: ['iran'], n3: [] })
    const changed = retagNotes(db, ['iran'], 'Persia')
    db.prepare('DELETE FROM annotations WHERE id = ?').run('n2')
    expect(restoreNoteTags(db, changed)).toBe(1)
    expect(tagsOf('n1')).toEqual(['iran'])
    expect(retagNotes(db, ['iran'], ' iran ')).toEqual([])
  })
})
