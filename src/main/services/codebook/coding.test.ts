import { DatabaseSync } from 'node:sqlite'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { effectiveColor } from '../../../shared/model/codebook'
import { deleteAnnotation, updateAnnotation } from '../annotations/edit'
import { createDeletions, restoreAnnotation } from '../annotations/restore'
import { caseScope } from '../cases/searchScope'
import { addArticles, createCase } from '../cases'
import { searchLibrary } from '../search/search'
import { deleteArticle } from '../store/articles'
import { type Db, STORE_FILE, migrate, openDb } from '../store/db'
import { MIGRATIONS } from '../store/migrations'
import { addArticle, addNote } from '../../../test-support/searchLibrary'
import { serviceError } from '../../../test-support/serviceError'
import { tempDir } from '../../../test-support/tempDir'
import { tempStore } from '../../../test-support/tempStore'
import {
  coOccurrence,
  codeAnnotation,
  codeIdsOfArticle,
  codeScope,
  codesOfAnnotation,
  countsPerArticle,
  createCode,
  deleteCode,
  listCodebook,
  passagesOfCode,
  uncodeAnnotation,
} from './index'

const TEXT_A =
  'State television said the strike hit only soldiers. Witnesses described a market full of people.'
const TEXT_B = 'Officials called the protest a riot. Organisers said it was peaceful.'

let db: Db

tempStore((opened) => (db = opened))

/** A highlight on the first occurrence of `passage` in `text`. */
function highlight(id: string, articleId: string, text: string, passage: string, note = '') {
  const start = text.indexOf(passage)
  return addNote(db, { id, articleId, text, start, end: start + passage.length, note })
}

/** Two articles, three highlights and a small codebook: Framing > State media, Framing > Victims, Actors. */
function library() {
  const a = addArticle(db, { title: 'Airstrike', text: TEXT_A })
  const b = addArticle(db, { title: 'Protest', text: TEXT_B })
  const framing = createCode(db, { name: 'Framing', color: 'blue' })
  const state = createCode(db, { name: 'State media', parentId: framing.id, color: 'green' })
  const victims = createCode(db, { name: 'Victims', parentId: framing.id })
  const actors = createCode(db, { name: 'Actors', color: 'pink' })
  highlight('h1', a, TEXT_A, 'State television said', 'official line')
  highlight('h2', a, TEXT_A, 'a market full of people')
  highlight('h3', b, TEXT_B, 'Officials called the protest a riot')
  return { a, b, framing, state, victims, actors }
}

const names = (codes: { name: string }[]) => codes.map((c) => c.name)

describe('coding highlights', () => {
  it('codes a highlight with several codes in order, moves one to a place, and takes one off', () => {
    const { state, victims, actors } = library()
    codeAnnotation(db, 'h1', state.id)
    codeAnnotation(db, 'h1', actors.id)
    expect(names(codeAnnotation(db, 'h1', state.id))).toEqual(['State media', 'Actors'])
    expect(names(codeAnnotation(db, 'h1', victims.id, 0))).toEqual(['Victims', 'State media', 'Actors'])
    expect(names(codeAnnotation(db, 'h1', actors.id, 1))).toEqual(['Victims', 'Actors', 'State media'])
    expect(names(uncodeAnnotation(db, 'h1', actors.id))).toEqual(['Victims', 'State media'])
    expect(names(uncodeAnnotation(db, 'h1', actors.id))).toEqual(['Victims', 'State media'])
    expect(
      db.prepare('SELECT position FROM annotation_codes WHERE annotation_id = ? ORDER BY position').all('h1'),
    ).toEqual([{ position: 0 }, { position: 1 }])
    expect(codeIdsOfArticle(db, addArticle(db, { title: 'Empty', text: 'Nothing coded.' }))).toEqual({})
  })

  it('refuses a highlight or a code that is gone, writing nothing', () => {
    const { state } = library()
    expect(serviceError(() => codeAnnotation(db, 'gone', state.id)).message).toBe(
      'That highlight is no longer in your library.',
    )
    expect(serviceError(() => codeAnnotation(db, 'h1', 'gone')).message).toBe(
      'That code is no longer in your library.',
    )
    expect(serviceError(() => codesOfAnnotation(db, 'gone')).code).toBe('not-found')
    expect(db.prepare('SELECT COUNT(*) AS n FROM annotation_codes').get()).toEqual({ n: 0 })
  })

  it('gives a highlight its first code’s colour, and its own without codes', () => {
    const { state, actors } = library()
    const h1 = { color: 'yellow' as const }
    expect(effectiveColor(h1, codesOfAnnotation(db, 'h1'))).toBe('yellow')
    codeAnnotation(db, 'h1', actors.id)
    codeAnnotation(db, 'h1', state.id)
    expect(effectiveColor(h1, codesOfAnnotation(db, 'h1'))).toBe('pink')
  })

  it('keeps a highlight’s codes when its note is edited', () => {
    const { a, state } = library()
    codeAnnotation(db, 'h1', state.id)
    updateAnnotation(
      { db, clock: () => new Date('2026-03-03T00:00:00Z') },
      { id: 'h1', note: 'edited', color: 'blue' },
    )
    expect(codeIdsOfArticle(db, a)).toEqual({ h1: [state.id] })
  })
})

describe('cascades and undo', () => {
  it('drops the links of a deleted highlight, code or article, and only those', () => {
    const { a, b, state, actors } = library()
    codeAnnotation(db, 'h1', state.id)
    codeAnnotation(db, 'h2', state.id)
    codeAnnotation(db, 'h3', state.id)
    codeAnnotation(db, 'h3', actors.id)
    deleteAnnotation({ db, deletions: createDeletions() }, 'h2')
    expect(passagesOfCode(db, state.id).map((p) => p.annotationId)).toEqual(['h1', 'h3'])
    deleteArticle(db, a)
    expect(passagesOfCode(db, state.id).map((p) => p.annotationId)).toEqual(['h3'])
    deleteCode(db, state.id)
    expect(codeIdsOfArticle(db, b)).toEqual({ h3: [actors.id] })
    expect(db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 1 })
  })

  it('an undone delete puts the highlight back with its codes, in order, without codes deleted since', () => {
    const { a, state, victims, actors } = library()
    for (const code of [actors, state, victims]) codeAnnotation(db, 'h1', code.id)
    const library_ = { db, deletions: createDeletions() }
    const deleted = deleteAnnotation(library_, 'h1')
    expect(codeIdsOfArticle(db, a)).toEqual({})
    deleteCode(db, state.id)
    restoreAnnotation(library_, deleted)
    expect(names(codesOfAnnotation(db, 'h1'))).toEqual(['Actors', 'Victims'])

    // A second restore of the same copy (not a remembered deletion any more) brings no codes of its own.
    uncodeAnnotation(db, 'h1', actors.id)
    restoreAnnotation(library_, deleted)
    expect(names(codesOfAnnotation(db, 'h1'))).toEqual(['Victims'])
  })
})

describe('the code view and its counts', () => {
  it('lists a code’s passages across two articles, with or without its children’s', () => {
    const { a, b, framing, state, victims } = library()
    codeAnnotation(db, 'h3', state.id)
    codeAnnotation(db, 'h1', state.id)
    codeAnnotation(db, 'h2', victims.id)
    codeAnnotation(db, 'h1', framing.id)
    expect(passagesOfCode(db, state.id)).toEqual([
      {
        annotationId: 'h1',
        codeId: state.id,
        articleId: a,
        articleTitle: 'Airstrike',
        exact: 'State television said',
        note: 'official line',
        start: 0,
        end: 21,
      },
      {
        annotationId: 'h3',
        codeId: state.id,
        articleId: b,
        articleTitle: 'Protest',
        exact: 'Officials called the protest a riot',
        note: '',
        start: 0,
        end: 35,
      },
    ])
    expect(passagesOfCode(db, framing.id).map((p) => p.annotationId)).toEqual(['h1'])
    expect(
      passagesOfCode(db, framing.id, { includeChildren: true }).map((p) => [p.annotationId, p.codeId]),
    ).toEqual(
      [
        ['h1', framing.id],
        ['h1', state.id],
        ['h2', victims.id],
        ['h3', state.id],
      ].sort((x, y) => (x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1)),
    )
    expect(serviceError(() => passagesOfCode(db, 'gone')).code).toBe('not-found')
  })

  it('counts passages and articles per code in the codebook, and per article', () => {
    const { a, b, framing, state, victims, actors } = library()
    codeAnnotation(db, 'h1', state.id)
    codeAnnotation(db, 'h2', state.id)
    codeAnnotation(db, 'h3', state.id)
    codeAnnotation(db, 'h3', actors.id)
    expect(listCodebook(db).map((c) => [c.name, c.passages, c.articles])).toEqual([
      ['Framing', 0, 0],
      ['State media', 3, 2],
      ['Victims', 0, 0],
      ['Actors', 1, 1],
    ])
    expect(countsPerArticle(db)).toEqual(
      [
        { codeId: state.id, articleId: a, articleTitle: 'Airstrike', passages: 2 },
        { codeId: actors.id, articleId: b, articleTitle: 'Protest', passages: 1 },
        { codeId: state.id, articleId: b, articleTitle: 'Protest', passages: 1 },
      ].sort((x, y) => x.articleTitle.localeCompare(y.articleTitle) || (x.codeId < y.codeId ? -1 : 1)),
    )
    expect(
      [framing, victims].map((c) => c.id).some((id) => countsPerArticle(db).some((r) => r.codeId === id)),
    ).toBe(false)
  })

  it('counts the highlights each pair of codes shares', () => {
    const { state, victims, actors } = library()
    for (const h of ['h1', 'h2', 'h3']) codeAnnotation(db, h, state.id)
    for (const h of ['h1', 'h3']) codeAnnotation(db, h, actors.id)
    codeAnnotation(db, 'h2', victims.id)
    const pair = (x: string, y: string, passages: number) =>
      x < y ? { codeId: x, otherCodeId: y, passages } : { codeId: y, otherCodeId: x, passages }
    const pairs = coOccurrence(db)
    expect(pairs[0]).toEqual(pair(state.id, actors.id, 2))
    expect(pairs.slice(1)).toEqual([pair(state.id, victims.id, 1)])
  })
})

describe('searching by code', () => {
  it('finds articles coded with a code or a code under it, by path or unique name', () => {
    const { a, b, state, victims } = library()
    codeAnnotation(db, 'h1', state.id)
    codeAnnotation(db, 'h3', victims.id)
    createCode(db, { name: 'Victims' })
    const search = (q: string) =>
      searchLibrary(db, q, { resolveScope: codeScope(db) })
        .map((h) => h.id)
        .sort()
    expect(search('code:"state media"')).toEqual([a])
    expect(search('code:Framing/Victims')).toEqual([b])
    expect(search('code:framing')).toEqual([a, b].sort())
    expect(search('code:Framing -code:"Framing/State media"')).toEqual([b])
    expect(search('soldiers code:Framing')).toEqual([a])
    expect(serviceError(() => search('code:Victims')).message).toBe(
      'Several codes are called “Victims” (“Framing/Victims”, “Victims”); write the one you mean with its path.',
    )
    expect(serviceError(() => search('code:Nothing')).message).toBe('There is no code called “Nothing”.')
    expect(serviceError(() => search('case:Iran')).message).toContain('not available yet')
  })

  it('hands other filters to the next resolver', () => {
    const { b, state } = library()
    codeAnnotation(db, 'h1', state.id)
    codeAnnotation(db, 'h3', state.id)
    addArticles(db, createCase(db, 'Iran').id, [b])
    const hits = searchLibrary(db, 'code:"State media" case:Iran', {
      resolveScope: codeScope(db, caseScope(db)),
    })
    expect(hits.map((h) => h.id)).toEqual([b])
  })
})

describe('the codebook migration', () => {
  it('adds an empty codebook to a store that already has articles and notes, which can then be coded', () => {
    const old = tempDir()
    try {
      const raw = new DatabaseSync(join(old.dir, STORE_FILE))
      raw.exec('PRAGMA foreign_keys = ON')
      const codebook = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE codes'))
      expect(codebook).toBeGreaterThan(0)
      migrate(raw, MIGRATIONS.slice(0, codebook))
      const id = addArticle(raw, { title: 'Old', text: TEXT_A })
      addNote(raw, { id: 'old-note', articleId: id, text: TEXT_A, start: 0, end: 5, note: 'kept' })
      raw.close()

      db = openDb(old.dir)
      expect(listCodebook(db)).toEqual([])
      const code = createCode(db, { name: 'Framing' })
      expect(names(codeAnnotation(db, 'old-note', code.id))).toEqual(['Framing'])
      expect(passagesOfCode(db, code.id)[0]).toMatchObject({ articleTitle: 'Old', note: 'kept' })
    } finally {
      db.close()
      old.cleanup()
    }
  })
})
