import { DatabaseSync } from 'node:sqlite'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CASE_NAME_MAX } from '../../../shared/model/case'
import { deleteArticle, listArticles } from '../store/articles'
import { type Db, STORE_FILE, migrate, openDb } from '../store/db'
import { MIGRATIONS } from '../store/migrations'
import { storeArticle } from '../../../test-support/storedArticles'
import { serviceError } from '../../../test-support/serviceError'
import { tempDir } from '../../../test-support/tempDir'
import { tempStore } from '../../../test-support/tempStore'
import {
  addArticles,
  articleIdsInCase,
  casesOfArticle,
  createCase,
  deleteCase,
  ensureCase,
  findCaseByName,
  getCase,
  libraryCounts,
  listCases,
  removeArticles,
  renameCase,
  restoreCase,
  unfiledArticleIds,
} from './index'

const CASES_MIGRATION = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE cases'))
const T0 = new Date('2026-02-01T10:00:00Z')
const T1 = new Date('2026-02-02T10:00:00Z')

let db: Db

tempStore((opened) => (db = opened))

describe('the cases migration', () => {
  it('adds cases to a store that already has articles, which all start unfiled', () => {
    expect(CASES_MIGRATION).toBeGreaterThan(0)
    const old = tempDir()
    try {
      const raw = new DatabaseSync(join(old.dir, STORE_FILE))
      raw.exec('PRAGMA foreign_keys = ON')
      migrate(raw, MIGRATIONS.slice(0, CASES_MIGRATION))
      const first = storeArticle(raw, { title: 'First' }, T0)
      const second = storeArticle(raw, { title: 'Second' }, T1)
      raw.close()

      db = openDb(old.dir)
      expect(listArticles(db).map((a) => a.id)).toEqual([second, first])
      expect(unfiledArticleIds(db)).toEqual([second, first])
      const c = createCase(db, 'Iran talks')
      expect(addArticles(db, c.id, [first])).toBe(1)
      expect(articleIdsInCase(db, c.id)).toEqual([first])
      expect(libraryCounts(db)).toEqual({ all: 2, unfiled: 1 })
    } finally {
      db.close()
      old.cleanup()
    }
  })
})

describe('creating and naming cases', () => {
  it('creates a case with a tidied name, no articles and its creation time', () => {
    const c = createCase(db, '  Iran \n talks\t', T0)
    expect(c).toMatchObject({
      name: 'Iran talks',
      articles: 0,
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    })
    expect(getCase(db, c.id)).toEqual(c)
    expect(listCases(db)).toEqual([c])
  })

  it('refuses an empty name, an over-long one and the library pane’s own entries, storing nothing', () => {
    expect(serviceError(() => createCase(db, ' \n ')).message).toBe('A case needs a name.')
    expect(serviceError(() => createCase(db, 'x'.repeat(CASE_NAME_MAX + 1))).message).toContain(
      `at most ${CASE_NAME_MAX} characters`,
    )
    expect(createCase(db, 'x'.repeat(CASE_NAME_MAX)).name).toHaveLength(CASE_NAME_MAX)
    expect(serviceError(() => createCase(db, 'unfiled')).message).toContain('“unfiled”')
    expect(serviceError(() => createCase(db, 'All Articles')).code).toBe('invalid-request')
    expect(listCases(db)).toHaveLength(1)
  })

  it('keeps names unique ignoring case, accents’ case included, and names the case that has it', () => {
    createCase(db, 'École strikes')
    const same = serviceError(() => createCase(db, 'école STRIKES'))
    expect(same).toMatchObject({
      code: 'invalid-request',
      message: 'There is already a case called “École strikes”.',
    })
    expect(listCases(db).map((c) => c.name)).toEqual(['École strikes'])
  })

  it('finds a case by name ignoring case and spacing, and lists cases by name', () => {
    const b = createCase(db, 'budget')
    const a = createCase(db, 'Army')
    expect(findCaseByName(db, ' BUDGET ')?.id).toBe(b.id)
    expect(findCaseByName(db, 'nothing')).toBeUndefined()
    expect(listCases(db).map((c) => c.id)).toEqual([a.id, b.id])
  })

  it('ensures a case: the existing one when the name is known, a new one otherwise', () => {
    const existing = createCase(db, 'Iran talks')
    expect(ensureCase(db, 'iran talks').id).toBe(existing.id)
    const made = ensureCase(db, 'Gaza')
    expect(made.name).toBe('Gaza')
    expect(listCases(db).map((c) => c.name)).toEqual(['Gaza', 'Iran talks'])
    expect(() => ensureCase(db, '')).toThrow('A case needs a name.')
  })

  it('renames a case, allows changing only its letters’ case, and refuses another case’s name', () => {
    const c = createCase(db, 'iran', T0)
    createCase(db, 'Gaza', T0)
    expect(renameCase(db, c.id, 'Iran', T1)).toMatchObject({
      name: 'Iran',
      updatedAt: T1.toISOString(),
      createdAt: T0.toISOString(),
    })
    expect(serviceError(() => renameCase(db, c.id, 'GAZA')).message).toBe(
      'There is already a case called “Gaza”.',
    )
    expect(getCase(db, c.id)?.name).toBe('Iran')
    expect(serviceError(() => renameCase(db, 'no-such-case', 'Other'))).toMatchObject({
      code: 'not-found',
      message: 'That case is no longer in your library.',
    })
  })
})

describe('articles in cases', () => {
  it('puts an article in several cases and lists them for it', () => {
    const article = storeArticle(db)
    const iran = createCase(db, 'Iran')
    const gaza = createCase(db, 'Gaza')
    createCase(db, 'Empty')
    addArticles(db, iran.id, [article])
    addArticles(db, gaza.id, [article])
    expect(casesOfArticle(db, article).map((c) => c.name)).toEqual(['Gaza', 'Iran'])
    expect(listCases(db).map((c) => [c.name, c.articles])).toEqual([
      ['Empty', 0],
      ['Gaza', 1],
      ['Iran', 1],
    ])
    expect(unfiledArticleIds(db)).toEqual([])
  })

  it('adds only what is new and marks the case updated', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((title, i) =>
      storeArticle(db, { title }, new Date(T0.getTime() + i)),
    )
    const cs = createCase(db, 'Iran', T0)
    expect(addArticles(db, cs.id, [b, a, b], T0)).toBe(2)
    expect(addArticles(db, cs.id, [a, c], T1)).toBe(1)
    expect(articleIdsInCase(db, cs.id)).toEqual([c, b, a])
    expect(getCase(db, cs.id)).toMatchObject({ articles: 3, updatedAt: T1.toISOString() })
  })

  it('adds nothing when one of the articles is gone, and says so', () => {
    const a = storeArticle(db)
    const cs = createCase(db, 'Iran')
    const error = serviceError(() => addArticles(db, cs.id, [a, 'gone-article']))
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'One of those articles is no longer in your library, so nothing was added to “Iran”.',
    })
    expect(articleIdsInCase(db, cs.id)).toEqual([])
    expect(() => addArticles(db, cs.id, ['gone-1', 'gone-2'])).toThrow('2 of those articles are no longer')
    expect(() => addArticles(db, 'no-such-case', [a])).toThrow('That case is no longer in your library.')
  })

  it('removes articles from a case, leaving them in the library and in their other cases', () => {
    const [a, b] = ['A', 'B'].map((title) => storeArticle(db, { title }))
    const iran = createCase(db, 'Iran')
    const gaza = createCase(db, 'Gaza')
    addArticles(db, iran.id, [a, b])
    addArticles(db, gaza.id, [a])
    expect(removeArticles(db, iran.id, [a, 'not-in-it'])).toBe(1)
    expect(articleIdsInCase(db, iran.id)).toEqual([b])
    expect(casesOfArticle(db, a).map((c) => c.name)).toEqual(['Gaza'])
    expect(listArticles(db)).toHaveLength(2)
  })

  it('deleting a case keeps its articles, which become unfiled unless in another case', () => {
    const [a, b] = ['A', 'B'].map((title, i) => storeArticle(db, { title }, i ? T1 : T0))
    const iran = createCase(db, 'Iran')
    const gaza = createCase(db, 'Gaza')
    addArticles(db, iran.id, [a, b])
    addArticles(db, gaza.id, [a])
    expect(deleteCase(db, iran.id)).toMatchObject({ name: 'Iran', articles: 2 })
    expect(getCase(db, iran.id)).toBeUndefined()
    expect(listArticles(db).map((x) => x.id)).toEqual([b, a])
    expect(unfiledArticleIds(db)).toEqual([b])
    expect(casesOfArticle(db, a).map((c) => c.name)).toEqual(['Gaza'])
    expect(db.prepare('SELECT COUNT(*) AS n FROM case_articles WHERE case_id = ?').get(iran.id)).toEqual({
      n: 0,
    })
    expect(() => deleteCase(db, iran.id)).toThrow('That case is no longer in your library.')
  })

  it('a deleted case comes back as it was, with those of its articles still in the library', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((title, i) => storeArticle(db, { title }, i ? T1 : T0))
    const iran = createCase(db, 'Iran', T0)
    addArticles(db, iran.id, [a, b], T0)
    addArticles(db, iran.id, [c], T1)
    const gone = deleteCase(db, iran.id)
    expect(gone.members).toEqual(
      [
        { articleId: a, addedAt: T0.toISOString() },
        { articleId: b, addedAt: T0.toISOString() },
        { articleId: c, addedAt: T1.toISOString() },
      ].sort((x, y) => x.addedAt.localeCompare(y.addedAt) || x.articleId.localeCompare(y.articleId)),
    )
    deleteArticle(db, b)
    expect(restoreCase(db, gone)).toEqual({ ...iran, updatedAt: T1.toISOString(), articles: 2 })
    expect(articleIdsInCase(db, iran.id).sort()).toEqual([a, c].sort())
    expect(db.prepare('SELECT added_at FROM case_articles WHERE article_id = ?').get(c)).toEqual({
      added_at: T1.toISOString(),
    })
    expect(unfiledArticleIds(db)).toEqual([])
  })

  it('refuses to restore a case that is back already or whose name was taken since, changing nothing', () => {
    const iran = createCase(db, 'Iran')
    const gone = deleteCase(db, iran.id)
    createCase(db, 'IRAN')
    expect(serviceError(() => restoreCase(db, gone)).message).toBe('There is already a case called “IRAN”.')
    renameCase(db, listCases(db)[0].id, 'Tehran')
    restoreCase(db, gone)
    expect(serviceError(() => restoreCase(db, gone)).message).toBe('The case “Iran” is already back.')
    expect(listCases(db).map((x) => x.name)).toEqual(['Iran', 'Tehran'])
  })

  it('deleting an article removes it from every case', () => {
    const [a, b] = ['A', 'B'].map((title, i) => storeArticle(db, { title }, i ? T1 : T0))
    const iran = createCase(db, 'Iran')
    const gaza = createCase(db, 'Gaza')
    addArticles(db, iran.id, [a, b])
    addArticles(db, gaza.id, [a])
    expect(deleteArticle(db, a)).toBe(true)
    expect(articleIdsInCase(db, iran.id)).toEqual([b])
    expect(articleIdsInCase(db, gaza.id)).toEqual([])
    expect(listCases(db).map((c) => [c.name, c.articles])).toEqual([
      ['Gaza', 0],
      ['Iran', 1],
    ])
    expect(db.prepare('SELECT COUNT(*) AS n FROM case_articles WHERE article_id = ?').get(a)).toEqual({
      n: 0,
    })
    expect(() => casesOfArticle(db, a)).toThrow('That article is no longer in your library.')
  })

  it('counts all and unfiled articles for the library pane', () => {
    expect(libraryCounts(db)).toEqual({ all: 0, unfiled: 0 })
    const [a] = ['A', 'B', 'C'].map((title) => storeArticle(db, { title }))
    addArticles(db, createCase(db, 'Iran').id, [a])
    expect(libraryCounts(db)).toEqual({ all: 3, unfiled: 2 })
  })
})
