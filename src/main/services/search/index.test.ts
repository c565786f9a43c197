import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { addArticle, addNote, addSources, indexedTerms } from '../../../test-support/searchLibrary'
import { tempStore } from '../../../test-support/tempStore'
import { deleteAnnotation } from '../store/annotations'
import { deleteArticle, replaceExtraction, setMemo } from '../store/articles'
import { migrate, transaction, type Db } from '../store/db'
import { MIGRATIONS } from '../store/migrations'
import { searchLibrary } from './search'

const SEARCH_MIGRATION = MIGRATIONS.findIndex((m) => m.includes('CREATE VIRTUAL TABLE search_index'))

let db: Db

const store = tempStore((opened) => (db = opened), 'dossier-search-index-')

const found = (q: string): string[] => searchLibrary(db, q).map((h) => h.id)

/** FTS5's own check that the index's structures agree with one another. */
function expectIndexIntact(): void {
  expect(() => db.exec(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`)).not.toThrow()
}

describe('the search index follows every write', () => {
  it('indexes, re-indexes and drops an article with its title, text, memo and fields', () => {
    const id = addArticle(db, { title: 'Alpha title', text: 'Bravo body.', publisher: 'Charlie', byline: 'Delta' })
    expect(indexedTerms(db)).toEqual(['alpha', 'body', 'bravo', 'charlie', 'delta', 'title'])

    setMemo(db, id, 'echo memo')
    expect(found('echo')).toEqual([id])
    replaceExtraction(
      db,
      id,
      { format: 'text', title: 'Foxtrot', byline: null, publisher: null, published: null, lang: null, url: null, text: 'Golf.', blocks: [] },
      2,
    )
    expect(indexedTerms(db)).toEqual(['echo', 'foxtrot', 'golf', 'memo'])
    expect(found('bravo')).toEqual([])

    deleteArticle(db, id)
    expect(indexedTerms(db)).toEqual([])
    expectIndexIntact()
  })

  it('follows notes and tags: added, replaced under the same id, moved, deleted, and removed with the article', () => {
    const text = 'Some plain words here.'
    const a = addArticle(db, { title: 'A', text })
    const b = addArticle(db, { title: 'B', text: 'Other words.' })
    addNote(db, { id: 'n1', articleId: a, text, start: 0, end: 4, note: 'hotel', tags: ['india'] })
    expect(found('hotel')).toEqual([a])
    expect(found('tag:india')).toEqual([a])

    // putAnnotation updates the row in place; the update trigger re-indexes the article.
    addNote(db, { id: 'n1', articleId: a, text, start: 0, end: 4, note: 'juliet', tags: ['kilo'] })
    expect(found('hotel OR india')).toEqual([])
    expect(found('juliet tag:kilo')).toEqual([a])

    db.prepare('UPDATE annotations SET article_id = ? WHERE id = ?').run(b, 'n1')
    expect(found('juliet')).toEqual([b])

    deleteAnnotation(db, 'n1')
    expect(found('juliet OR kilo')).toEqual([])

    // A plain INSERT (no OR REPLACE for the triggers to inherit) re-indexes the article too.
    db.prepare(
      `INSERT INTO annotations (id, article_id, start, end, exact, prefix, suffix, note, tags, color, created_at, updated_at)
       VALUES ('n3', ?, 0, 5, 'Other', '', '', 'mike', '[]', 'blue', 'x', 'x')`,
    ).run(b)
    expect(found('mike')).toEqual([b])

    addNote(db, { id: 'n2', articleId: a, text, start: 0, end: 4, note: 'lima' })
    deleteArticle(db, a)
    expect(indexedTerms(db)).not.toContain('lima')
    expect(indexedTerms(db)).not.toContain('plain')
    expectIndexIntact()
  })

  it('follows the source names of the analysis, replaced or deleted', () => {
    const id = addArticle(db, { title: 'A', text: 'Words.' })
    addSources(db, id, ['Mike November'])
    expect(found('source:november')).toEqual([id])
    addSources(db, id, ['Oscar Papa'])
    expect(found('november')).toEqual([])
    expect(found('source:"oscar papa"')).toEqual([id])
    db.prepare('DELETE FROM analyses WHERE article_id = ?').run(id)
    expect(indexedTerms(db)).toEqual(['a', 'words'])
    expectIndexIntact()
  })

  it('rolls back with the write it belongs to', () => {
    const id = addArticle(db, { title: 'Kept', text: 'Stays.' })
    const before = indexedTerms(db)
    expect(() =>
      transaction(db, () => {
        addArticle(db, { title: 'Quebec', text: 'Romeo.' })
        setMemo(db, id, 'sierra')
        addNote(db, { id: 'n', articleId: id, text: 'Stays.', start: 0, end: 5, note: 'tango' })
        addSources(db, id, ['Uniform'])
        throw new Error('the import failed half way')
      }),
    ).toThrow('half way')
    expect(indexedTerms(db)).toEqual(before)
    expect(found('quebec OR sierra OR tango OR uniform')).toEqual([])
    expectIndexIntact()
  })
})

describe('the search migration', () => {
  it('indexes the articles, notes, tags and sources of a store made before it', () => {
    expect(SEARCH_MIGRATION).toBeGreaterThan(0)
    const old = new DatabaseSync(`${store.dir}/old.sqlite`)
    migrate(old, MIGRATIONS.slice(0, SEARCH_MIGRATION))
    const id = addArticle(old, { title: 'Victor', text: 'Whiskey in the text.', publisher: 'Xray' })
    addNote(old, { id: 'n', articleId: id, text: 'Whiskey in the text.', start: 0, end: 7, note: 'yankee', tags: ['zulu'] })
    addSources(old, id, ['Anna Bell'])
    old.prepare('UPDATE articles SET memo = ? WHERE id = ?').run('carrot', id)

    migrate(old)

    const hits = searchLibrary(old, 'victor whiskey publisher:xray note:yankee tag:zulu source:bell memo:carrot')
    expect(hits.map((h) => h.id)).toEqual([id])
    expect(hits[0].matches).toEqual([{ start: 0, end: 7 }])
    old.close()
  })
})
