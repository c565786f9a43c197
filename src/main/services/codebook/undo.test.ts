import { describe, expect, it } from 'vitest'
import type { Db } from '../store/db'
import { addArticle, addNote } from '../../../test-support/searchLibrary'
import { serviceError } from '../../../test-support/serviceError'
import { tempStore } from '../../../test-support/tempStore'
import {
  childrenOf,
  codeAnnotation,
  codeIdsOfArticle,
  createCode,
  deleteCodeForUndo,
  getCode,
  listCodebook,
  restoreCode,
} from './index'

const TEXT =
  'State television said the strike hit only soldiers. Witnesses described a market full of people.'

let db: Db

tempStore((opened) => (db = opened))

const outline = (): string[] => listCodebook(db).map((c) => `${'  '.repeat(c.depth)}${c.name}`)

/** A: [A0, Mid: [M1, M2], A9], B; highlights h1 (Actors, Mid), h2 (Mid). */
function library() {
  const article = addArticle(db, { title: 'Airstrike', text: TEXT })
  addNote(db, { id: 'h1', articleId: article, text: TEXT, start: 0, end: 16, note: '' })
  addNote(db, { id: 'h2', articleId: article, text: TEXT, start: 52, end: 61, note: '' })
  const a = createCode(db, { name: 'A' })
  createCode(db, { name: 'A0', parentId: a.id })
  const mid = createCode(db, { name: 'Mid', parentId: a.id, color: 'pink', description: 'the middle' })
  createCode(db, { name: 'M1', parentId: mid.id })
  createCode(db, { name: 'M2', parentId: mid.id })
  createCode(db, { name: 'A9', parentId: a.id })
  const actors = createCode(db, { name: 'Actors' })
  codeAnnotation(db, 'h1', actors.id)
  codeAnnotation(db, 'h1', mid.id)
  codeAnnotation(db, 'h2', mid.id)
  return { article, a, mid, actors }
}

describe('deleting a code so that it can be undone', () => {
  it('answers the code, its children and its links, and an undo puts all three back as they were', () => {
    const { article, a, mid, actors } = library()
    const before = outline()
    const deleted = deleteCodeForUndo(db, mid.id)
    expect(deleted.code).toEqual(mid)
    expect(deleted.childIds.map((id) => getCode(db, id)?.name)).toEqual(['M1', 'M2'])
    expect(deleted.links).toEqual([
      { annotationId: 'h1', position: 1 },
      { annotationId: 'h2', position: 0 },
    ])
    expect(outline()).toEqual(['A', '  A0', '  M1', '  M2', '  A9', 'Actors'])
    expect(codeIdsOfArticle(db, article)).toEqual({ h1: [actors.id] })

    expect(restoreCode(db, deleted)).toEqual(mid)
    expect(outline()).toEqual(before)
    expect(childrenOf(db, a.id).map((c) => c.position)).toEqual([0, 1, 2])
    expect(codeIdsOfArticle(db, article)).toEqual({ h1: [actors.id, mid.id], h2: [mid.id] })
  })

  it('leaves out of the undo a child moved elsewhere since, and a highlight deleted since', () => {
    const { article, mid, actors } = library()
    const deleted = deleteCodeForUndo(db, mid.id)
    const m2 = deleted.childIds[1]
    db.prepare('UPDATE codes SET parent_id = ?, position = 0 WHERE id = ?').run(actors.id, m2)
    db.prepare('DELETE FROM annotations WHERE id = ?').run('h2')
    restoreCode(db, deleted)
    expect(outline()).toEqual(['A', '  A0', '  Mid', '    M1', '  A9', 'Actors', '  M2'])
    expect(codeIdsOfArticle(db, article)).toEqual({ h1: [actors.id, mid.id] })
  })

  it('refuses to put back a code that is there, under a parent that is gone, or beside its own name, writing nothing', () => {
    const { a, mid } = library()
    const deleted = deleteCodeForUndo(db, mid.id)
    restoreCode(db, deleted)
    expect(serviceError(() => restoreCode(db, deleted)).message).toBe(
      'The code “Mid” is in your library already.',
    )

    const again = deleteCodeForUndo(db, mid.id)
    createCode(db, { name: 'MID', parentId: a.id })
    const before = outline()
    expect(serviceError(() => restoreCode(db, again)).message).toBe(
      'There is already a code called “MID” under “A”.',
    )
    expect(
      serviceError(() => restoreCode(db, { ...again, code: { ...again.code, parentId: 'gone' } })),
    ).toMatchObject({
      code: 'not-found',
      message: 'The parent code is no longer in your library.',
    })
    expect(outline()).toEqual(before)
  })
})
