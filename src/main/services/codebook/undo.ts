import type { Code, DeletedCode } from '../../../shared/model/codebook'
import { ServiceError } from '../errors'
import { type Db, transaction } from '../store/db'
import { codeColor, codeDescription, codeName } from './codeNames'
import {
  checkNameFree,
  childrenOf,
  deleteCodeIn,
  getCode,
  renumber,
  requireCode,
  requireParent,
} from './codes'
import { linkAt } from './coding'

/*
 * Deleting a code so that it can be undone: the delete answers what it took away (the code, where its children
 * went, which highlights it coded), and restoreCode puts that back, each in one transaction.
 */

/** Deletes a code as deleteCode does, answering what an undo needs. */
export function deleteCodeForUndo(db: Db, id: string): DeletedCode {
  return transaction(db, () => {
    const code = requireCode(db, id)
    const childIds = childrenOf(db, id).map((c) => c.id)
    const links = db
      .prepare(
        'SELECT annotation_id, position FROM annotation_codes WHERE code_id = ? ORDER BY annotation_id',
      )
      .all(id) as unknown as { annotation_id: string; position: number }[]
    deleteCodeIn(db, id)
    return {
      code,
      childIds,
      links: links.map((l) => ({ annotationId: l.annotation_id, position: Number(l.position) })),
    }
  })
}

/**
 * Puts a deleted code back: at its place among its siblings, its children (those still where the delete moved
 * them) back under it in their order, and its links to the highlights still in the library, each at its place.
 * Refuses a code that is in the library already, a parent that is gone, and a sibling of the same name.
 */
export function restoreCode(db: Db, deleted: DeletedCode): Code {
  const { code } = deleted
  const name = codeName(code.name)
  const color = codeColor(code.color)
  const description = codeDescription(code.description)
  return transaction(db, () => {
    if (getCode(db, code.id))
      throw new ServiceError('invalid-request', `The code “${name}” is in your library already.`)
    if (code.parentId) requireParent(db, code.parentId)
    checkNameFree(db, code.parentId, name)
    const childIds = new Set(deleted.childIds)
    const all = childrenOf(db, code.parentId)
    const children = deleted.childIds.flatMap((id) => all.filter((c) => c.id === id))
    const siblings = all.filter((c) => !childIds.has(c.id))
    db.prepare(
      `INSERT INTO codes (id, name, color, description, parent_id, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(code.id, name, color, description, code.parentId, 0, code.createdAt, code.updatedAt)
    const restored = requireCode(db, code.id)
    siblings.splice(Math.min(code.position, siblings.length), 0, restored)
    renumber(db, siblings)
    const reparent = db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?')
    for (const child of children) reparent.run(code.id, child.id)
    renumber(db, children)
    const annotationExists = db.prepare('SELECT 1 FROM annotations WHERE id = ?')
    for (const link of deleted.links) {
      if (annotationExists.get(link.annotationId)) linkAt(db, link.annotationId, code.id, link.position)
    }
    return requireCode(db, code.id)
  })
}
