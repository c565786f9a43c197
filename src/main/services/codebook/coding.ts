import type { Code } from '../../../shared/model/codebook'
import { notFound } from '../errors'
import { getAnnotation } from '../store/annotations'
import { type Db, transaction } from '../store/db'
import { fromCodeRow, requireCode } from './codes'

/*
 * The codes of each highlight: several per highlight, in the order they were applied (the first may give the
 * highlight its colour, see effectiveColor).
 */

function requireAnnotation(db: Db, id: string): void {
  if (!getAnnotation(db, id)) throw notFound('highlight')
}

/** The codes of a highlight, in order. */
export function codesOfAnnotation(db: Db, annotationId: string): Code[] {
  requireAnnotation(db, annotationId)
  const rows = db
    .prepare(
      `SELECT c.* FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id
       WHERE ac.annotation_id = ? ORDER BY ac.position`,
    )
    .all(annotationId) as unknown as Parameters<typeof fromCodeRow>[0][]
  return rows.map(fromCodeRow)
}

/** The ids of a highlight's codes, in order (none for a highlight that is gone). */
export function codeIdsOf(db: Db, annotationId: string): string[] {
  const rows = db
    .prepare('SELECT code_id FROM annotation_codes WHERE annotation_id = ? ORDER BY position')
    .all(annotationId) as unknown as { code_id: string }[]
  return rows.map((r) => r.code_id)
}

/** The code ids of every coded highlight of an article, by highlight id, each list in order. */
export function codeIdsOfArticle(db: Db, articleId: string): Record<string, string[]> {
  const rows = db
    .prepare(
      `SELECT ac.annotation_id, ac.code_id FROM annotation_codes ac JOIN annotations n ON n.id = ac.annotation_id
       WHERE n.article_id = ? ORDER BY ac.annotation_id, ac.position`,
    )
    .all(articleId) as unknown as { annotation_id: string; code_id: string }[]
  const out: Record<string, string[]> = {}
  for (const r of rows) (out[r.annotation_id] ??= []).push(r.code_id)
  return out
}

/** Writes the highlight's links in this order, replacing the ones it had. */
function setLinks(db: Db, annotationId: string, codeIds: readonly string[]): void {
  db.prepare('DELETE FROM annotation_codes WHERE annotation_id = ?').run(annotationId)
  const insert = db.prepare(
    'INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, ?)',
  )
  codeIds.forEach((codeId, i) => insert.run(annotationId, codeId, i))
}

/**
 * Codes a highlight with a code, at `index` among its codes (last when left out). A code it already has
 * moves to `index` when one is given, and stays where it is otherwise. Returns the highlight's codes.
 */
export function codeAnnotation(db: Db, annotationId: string, codeId: string, index?: number): Code[] {
  transaction(db, () => {
    requireAnnotation(db, annotationId)
    requireCode(db, codeId)
    if (codeIdsOf(db, annotationId).includes(codeId) && index === undefined) return
    linkAt(db, annotationId, codeId, index)
  })
  return codesOfAnnotation(db, annotationId)
}

/**
 * Puts `codeId` at `index` among the highlight's codes (last when left out), moving it when the highlight has it.
 * Call inside a transaction, with both known to exist.
 */
export function linkAt(db: Db, annotationId: string, codeId: string, index?: number): void {
  const rest = codeIdsOf(db, annotationId).filter((id) => id !== codeId)
  rest.splice(Math.max(0, Math.min(index ?? rest.length, rest.length)), 0, codeId)
  setLinks(db, annotationId, rest)
}

/** Takes a code off a highlight (nothing happens when it did not have it). Returns the highlight's codes. */
export function uncodeAnnotation(db: Db, annotationId: string, codeId: string): Code[] {
  transaction(db, () => {
    requireAnnotation(db, annotationId)
    const ids = codeIdsOf(db, annotationId)
    if (ids.includes(codeId)) {
      setLinks(
        db,
        annotationId,
        ids.filter((id) => id !== codeId),
      )
    }
  })
  return codesOfAnnotation(db, annotationId)
}

/**
 * Links a highlight that was put back (undo of a delete) to the codes it had, in their order, leaving out codes
 * deleted since. Call inside the transaction that puts the highlight back.
 */
export function restoreCodes(db: Db, annotationId: string, codeIds: readonly string[]): void {
  const exists = db.prepare('SELECT 1 FROM codes WHERE id = ?')
  setLinks(
    db,
    annotationId,
    codeIds.filter((id) => exists.get(id)),
  )
}
