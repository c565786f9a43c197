import { randomUUID } from 'node:crypto'
import type { AnnotationColor } from '../../../shared/model/annotation'
import type { Code, CodebookEntry } from '../../../shared/model/codebook'
import { ServiceError, notFound } from '../errors'
import { type Db, transaction } from '../store/db'
import { codeColor, codeDescription, codeName, nameKey, tidyName } from './codeNames'

/*
 * The codebook's tree: creating, editing, moving and deleting codes. Every exported function that writes opens
 * its own transaction (the name and cycle checks must see the store they write to), so none of them can be
 * called inside another transaction.
 */

interface CodeRow {
  id: string
  name: string
  color: AnnotationColor
  description: string
  parent_id: string | null
  position: number
  created_at: string
  updated_at: string
}

export function fromCodeRow(row: CodeRow): Code {
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    description: row.description,
    parentId: row.parent_id,
    position: Number(row.position),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function getCode(db: Db, id: string): Code | undefined {
  const row = db.prepare('SELECT * FROM codes WHERE id = ?').get(id) as CodeRow | undefined
  return row && fromCodeRow(row)
}

/** The code, or a ServiceError saying it is gone (deleted in another window, or by the CLI). */
export function requireCode(db: Db, id: string): Code {
  const found = getCode(db, id)
  if (!found) throw notFound('code')
  return found
}

/** The children of `parentId` (the top-level codes for null), in order. */
export function childrenOf(db: Db, parentId: string | null): Code[] {
  const rows = db
    .prepare('SELECT * FROM codes WHERE parent_id IS ? ORDER BY position, created_at, id')
    .all(parentId) as unknown as CodeRow[]
  return rows.map(fromCodeRow)
}

/** The ids of a code and every code under it. */
export function subtreeIds(db: Db, id: string): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree (id) AS (SELECT ? UNION SELECT c.id FROM codes c JOIN tree t ON c.parent_id = t.id)
       SELECT id FROM tree`,
    )
    .all(id) as unknown as { id: string }[]
  return rows.map((r) => r.id)
}

function where(db: Db, parentId: string | null): string {
  return parentId ? `under “${requireCode(db, parentId).name}”` : 'at the top of the codebook'
}

/** Refuses a name that a sibling under `parentId` already has, ignoring letters' case. */
export function checkNameFree(db: Db, parentId: string | null, name: string, exceptId?: string): void {
  const key = nameKey(name)
  const other = childrenOf(db, parentId).find((c) => c.id !== exceptId && nameKey(c.name) === key)
  if (other) {
    throw new ServiceError(
      'invalid-request',
      `There is already a code called “${other.name}” ${where(db, parentId)}.`,
    )
  }
}

/** Gives `codes` the positions 0, 1, 2… in this order. */
export function renumber(db: Db, codes: readonly Code[]): void {
  const set = db.prepare('UPDATE codes SET position = ? WHERE id = ?')
  codes.forEach((c, i) => set.run(i, c.id))
}

export function requireParent(db: Db, parentId: string): Code {
  const parent = getCode(db, parentId)
  if (!parent) throw new ServiceError('not-found', 'The parent code is no longer in your library.')
  return parent
}

export interface NewCode {
  name: string
  color?: AnnotationColor
  description?: string
  parentId?: string | null
}

/**
 * Adds a code at the end of its parent's children (or of the top level). A code without a colour takes its
 * parent's, so a branch reads as one colour until the person picks others.
 */
export function createCode(db: Db, input: NewCode, now = new Date()): Code {
  const name = codeName(input.name)
  const description = codeDescription(input.description ?? '')
  const parentId = input.parentId ?? null
  return transaction(db, () => {
    const parent = parentId ? requireParent(db, parentId) : null
    const color = input.color ? codeColor(input.color) : (parent?.color ?? 'yellow')
    checkNameFree(db, parentId, name)
    const at = now.toISOString()
    const code: Code = {
      id: randomUUID(),
      name,
      color,
      description,
      parentId,
      position: childrenOf(db, parentId).length,
      createdAt: at,
      updatedAt: at,
    }
    db.prepare(
      `INSERT INTO codes (id, name, color, description, parent_id, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(code.id, code.name, code.color, code.description, code.parentId, code.position, at, at)
    return code
  })
}

export interface CodePatch {
  name?: string
  color?: AnnotationColor
  description?: string
}

/** Renames a code, or changes its colour or description; changing only its name's letter case is allowed. */
export function updateCode(db: Db, id: string, patch: CodePatch, now = new Date()): Code {
  const name = patch.name === undefined ? undefined : codeName(patch.name)
  const color = patch.color === undefined ? undefined : codeColor(patch.color)
  const description = patch.description === undefined ? undefined : codeDescription(patch.description)
  return transaction(db, () => {
    const current = requireCode(db, id)
    if (name !== undefined) checkNameFree(db, current.parentId, name, id)
    db.prepare('UPDATE codes SET name = ?, color = ?, description = ?, updated_at = ? WHERE id = ?').run(
      name ?? current.name,
      color ?? current.color,
      description ?? current.description,
      now.toISOString(),
      id,
    )
    return requireCode(db, id)
  })
}

/**
 * Moves a code (with everything under it) to another parent, or to the top level for null, at `index` among
 * its new siblings (at the end when left out). A code cannot go under itself or one of its own children.
 */
export function moveCode(
  db: Db,
  id: string,
  target: { parentId: string | null; index?: number },
  now = new Date(),
): Code {
  return transaction(db, () => {
    const code = requireCode(db, id)
    const parentId = target.parentId
    if (parentId) {
      const parent = requireParent(db, parentId)
      if (subtreeIds(db, id).includes(parentId)) {
        throw new ServiceError(
          'invalid-request',
          parentId === id
            ? `“${code.name}” cannot go under itself.`
            : `“${code.name}” cannot go under “${parent.name}”, which is inside it.`,
        )
      }
    }
    if (parentId !== code.parentId) checkNameFree(db, parentId, code.name, id)
    const siblings = childrenOf(db, parentId).filter((c) => c.id !== id)
    const index = Math.max(0, Math.min(target.index ?? siblings.length, siblings.length))
    siblings.splice(index, 0, code)
    db.prepare('UPDATE codes SET parent_id = ?, updated_at = ? WHERE id = ?').run(
      parentId,
      now.toISOString(),
      id,
    )
    renumber(db, siblings)
    if (parentId !== code.parentId) renumber(db, childrenOf(db, code.parentId))
    return requireCode(db, id)
  })
}

/**
 * Deletes a code. Its children are not deleted: they move up to its parent, in its place, as ATLAS.ti and
 * NVivo offer. The highlights it coded stay; only their links to this code go. Returns what was deleted.
 */
export function deleteCode(db: Db, id: string): Code {
  return transaction(db, () => deleteCodeIn(db, id))
}

/** deleteCode's work, for a caller that already opened the transaction (see deleteCodeForUndo). */
export function deleteCodeIn(db: Db, id: string): Code {
  const code = requireCode(db, id)
  const children = childrenOf(db, id)
  for (const child of children) {
    const clash = childrenOf(db, code.parentId).find(
      (c) => c.id !== id && nameKey(c.name) === nameKey(child.name),
    )
    if (clash) {
      throw new ServiceError(
        'invalid-request',
        `“${code.name}” was not deleted: its code “${child.name}” would move ${where(db, code.parentId)}, ` +
          `which already has a code called “${clash.name}”. Rename or move one of them first.`,
      )
    }
  }
  const siblings = childrenOf(db, code.parentId)
  siblings.splice(
    siblings.findIndex((c) => c.id === id),
    1,
    ...children,
  )
  const reparent = db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?')
  for (const child of children) reparent.run(code.parentId, child.id)
  db.prepare('DELETE FROM codes WHERE id = ?').run(id)
  renumber(db, siblings)
  return code
}

interface EntryRow extends CodeRow {
  passages: number
  articles: number
}

/** The whole codebook in tree order (each code followed by its children), with what each code codes. */
export function listCodebook(db: Db): CodebookEntry[] {
  const rows = db
    .prepare(
      `SELECT c.*,
         (SELECT COUNT(*) FROM annotation_codes ac WHERE ac.code_id = c.id) AS passages,
         (SELECT COUNT(DISTINCT n.article_id) FROM annotation_codes ac JOIN annotations n ON n.id = ac.annotation_id
            WHERE ac.code_id = c.id) AS articles
       FROM codes c ORDER BY c.position, c.created_at, c.id`,
    )
    .all() as unknown as EntryRow[]
  const byParent = new Map<string | null, EntryRow[]>()
  for (const row of rows) byParent.set(row.parent_id, [...(byParent.get(row.parent_id) ?? []), row])
  const out: CodebookEntry[] = []
  const walk = (parentId: string | null, path: string[]): void => {
    for (const row of byParent.get(parentId) ?? []) {
      const entryPath = [...path, row.name]
      out.push({
        ...fromCodeRow(row),
        depth: path.length,
        path: entryPath,
        passages: Number(row.passages),
        articles: Number(row.articles),
      })
      walk(row.id, entryPath)
    }
  }
  walk(null, [])
  return out
}

/**
 * Codes for the "code this passage as…" box: those whose name starts with `prefix` (ignoring letters' case),
 * then those that only contain it, each group in tree order.
 */
export function codeSuggestions(db: Db, prefix: string, limit = 10): CodebookEntry[] {
  const key = nameKey(tidyName(prefix))
  const codes = listCodebook(db)
  const starts = codes.filter((c) => nameKey(c.name).startsWith(key))
  const contains = codes.filter((c) => !nameKey(c.name).startsWith(key) && nameKey(c.name).includes(key))
  return [...starts, ...contains].slice(0, Math.max(0, limit))
}
