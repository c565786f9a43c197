import { randomUUID } from 'node:crypto'
import type { Case, CaseMember, DeletedCase } from '../../../shared/model/case'
import { ServiceError, notFound } from '../errors'
import { type Db, transaction } from '../store/db'
import { caseName, nameKey, tidyName } from './caseNames'

/*
 * Creating, renaming and deleting cases. Every exported function that writes opens its own
 * transaction (the name check and the write must see the same store), so none of them can be
 * called inside another transaction.
 */

interface CaseRow {
  id: string
  name: string
  created_at: string
  updated_at: string
  articles: number
}

const CASE_COLUMNS = `c.id, c.name, c.created_at, c.updated_at,
  (SELECT COUNT(*) FROM case_articles ca WHERE ca.case_id = c.id) AS articles`

function fromRow(row: CaseRow): Case {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    articles: Number(row.articles),
  }
}

/** Cases (`c`) picked by `where`, by name, each with how many articles it holds. */
export function selectCases(db: Db, where: string, ...params: string[]): Case[] {
  const rows = db
    .prepare(`SELECT ${CASE_COLUMNS} FROM cases c ${where} ORDER BY c.name COLLATE NOCASE, c.created_at`)
    .all(...params) as unknown as CaseRow[]
  return rows.map(fromRow)
}

/** Every case, by name. */
export const listCases = (db: Db): Case[] => selectCases(db, '')

export const getCase = (db: Db, id: string): Case | undefined => selectCases(db, 'WHERE c.id = ?', id)[0]

/** The case, or a ServiceError saying it is gone (deleted in another window, or by the CLI). */
export function requireCase(db: Db, id: string): Case {
  const found = getCase(db, id)
  if (!found) throw notFound('case')
  return found
}

/** The case with this name, compared as names are kept unique: trimmed, case-insensitively. */
export function findCaseByName(db: Db, name: string): Case | undefined {
  const key = nameKey(tidyName(name))
  // Cases number in the hundreds at most; the fold is done here because NOCASE ignores non-ASCII letters.
  const rows = db.prepare('SELECT id, name FROM cases').all() as unknown as { id: string; name: string }[]
  const row = rows.find((r) => nameKey(r.name) === key)
  return row && getCase(db, row.id)
}

function checkNameFree(db: Db, name: string, exceptId?: string): void {
  const other = findCaseByName(db, name)
  if (other && other.id !== exceptId) {
    throw new ServiceError('invalid-request', `There is already a case called “${other.name}”.`)
  }
}

function insertCase(db: Db, name: string, now: Date): Case {
  const id = randomUUID()
  const at = now.toISOString()
  db.prepare('INSERT INTO cases (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, at, at)
  return { id, name, createdAt: at, updatedAt: at, articles: 0 }
}

/** Creates an empty case; its name must be new (ignoring case). */
export function createCase(db: Db, name: string, now = new Date()): Case {
  const clean = caseName(name)
  return transaction(db, () => {
    checkNameFree(db, clean)
    return insertCase(db, clean, now)
  })
}

/** The case with this name, created when there is none (`import --case` names a case, new or not). */
export function ensureCase(db: Db, name: string, now = new Date()): Case {
  const clean = caseName(name)
  return transaction(db, () => findCaseByName(db, clean) ?? insertCase(db, clean, now))
}

/** Renames a case; changing only the letters' case of its own name is allowed. */
export function renameCase(db: Db, id: string, name: string, now = new Date()): Case {
  const clean = caseName(name)
  return transaction(db, () => {
    requireCase(db, id)
    checkNameFree(db, clean, id)
    db.prepare('UPDATE cases SET name = ?, updated_at = ? WHERE id = ?').run(clean, now.toISOString(), id)
    return requireCase(db, id)
  })
}

/**
 * Deletes a case; its articles stay in the library (only the links go, by cascade). Returns what
 * was deleted, with its articles, so that `restoreCase` can put it back.
 */
export function deleteCase(db: Db, id: string): DeletedCase {
  return transaction(db, () => {
    const gone = requireCase(db, id)
    const members = db
      .prepare(
        'SELECT article_id, added_at FROM case_articles WHERE case_id = ? ORDER BY added_at, article_id',
      )
      .all(id) as unknown as { article_id: string; added_at: string }[]
    db.prepare('DELETE FROM cases WHERE id = ?').run(id)
    return {
      ...gone,
      members: members.map((m): CaseMember => ({ articleId: m.article_id, addedAt: m.added_at })),
    }
  })
}

/**
 * Puts back a deleted case as `deleteCase` answered it (undo): same id, name and dates, with those
 * of its articles still in the library. Refused when the case is back already or its name has been
 * taken since. Returns the case.
 */
export function restoreCase(db: Db, deleted: DeletedCase): Case {
  const name = caseName(deleted.name)
  return transaction(db, () => {
    if (getCase(db, deleted.id))
      throw new ServiceError('invalid-request', `The case “${name}” is already back.`)
    checkNameFree(db, name)
    db.prepare('INSERT INTO cases (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      deleted.id,
      name,
      deleted.createdAt,
      deleted.updatedAt,
    )
    const insert = db.prepare(
      `INSERT OR IGNORE INTO case_articles (case_id, article_id, added_at)
       SELECT ?, id, ? FROM articles WHERE id = ?`,
    )
    for (const m of deleted.members) insert.run(deleted.id, m.addedAt, m.articleId)
    return requireCase(db, deleted.id)
  })
}
