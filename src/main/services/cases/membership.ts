import type { Case } from '../../../shared/model/case'
import { ServiceError, notFound } from '../errors'
import { type Db, transaction } from '../store/db'
import { requireCase, selectCases } from './cases'

/* Which articles are in which cases. */

const unique = (ids: readonly string[]): string[] => [...new Set(ids)]

function touch(db: Db, caseId: string, now: Date): void {
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now.toISOString(), caseId)
}

/**
 * Puts articles in a case (dropping them on it); those already in it stay as they were. All or
 * nothing: when any of them is no longer in the library, none is added. Returns how many were new.
 */
export function addArticles(db: Db, caseId: string, articleIds: readonly string[], now = new Date()): number {
  const ids = unique(articleIds)
  return transaction(db, () => {
    const target = requireCase(db, caseId)
    const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?')
    const missing = ids.filter((id) => !exists.get(id)).length
    if (missing) {
      const which =
        missing > 1
          ? `${missing} of those articles are`
          : ids.length > 1
            ? 'One of those articles is'
            : 'That article is'
      throw new ServiceError(
        'not-found',
        `${which} no longer in your library, so nothing was added to “${target.name}”.`,
      )
    }
    const insert = db.prepare(
      'INSERT OR IGNORE INTO case_articles (case_id, article_id, added_at) VALUES (?, ?, ?)',
    )
    const at = now.toISOString()
    let added = 0
    for (const id of ids) added += Number(insert.run(caseId, id, at).changes)
    if (added) touch(db, caseId, now)
    return added
  })
}

/** Takes articles out of a case (they stay in the library); returns how many were in it. */
export function removeArticles(
  db: Db,
  caseId: string,
  articleIds: readonly string[],
  now = new Date(),
): number {
  const ids = unique(articleIds)
  return transaction(db, () => {
    requireCase(db, caseId)
    const remove = db.prepare('DELETE FROM case_articles WHERE case_id = ? AND article_id = ?')
    let removed = 0
    for (const id of ids) removed += Number(remove.run(caseId, id).changes)
    if (removed) touch(db, caseId, now)
    return removed
  })
}

/** The cases an article is in, by name. */
export function casesOfArticle(db: Db, articleId: string): Case[] {
  if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw notFound('article')
  return selectCases(db, 'JOIN case_articles x ON x.case_id = c.id WHERE x.article_id = ?', articleId)
}

/** The articles in a case, newest import first. */
export function articleIdsInCase(db: Db, caseId: string): string[] {
  requireCase(db, caseId)
  const rows = db
    .prepare(
      `SELECT ca.article_id FROM case_articles ca JOIN articles a ON a.id = ca.article_id
       WHERE ca.case_id = ? ORDER BY a.imported_at DESC, a.rowid DESC`,
    )
    .all(caseId) as { article_id: string }[]
  return rows.map((r) => r.article_id)
}

/** The articles in no case, newest import first. */
export function unfiledArticleIds(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM case_articles ca WHERE ca.article_id = a.id)
       ORDER BY a.imported_at DESC, a.rowid DESC`,
    )
    .all() as { id: string }[]
  return rows.map((r) => r.id)
}

/** The counts beside the library pane's "All articles" and "Unfiled". */
export function libraryCounts(db: Db): { all: number; unfiled: number } {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS "all",
         SUM(NOT EXISTS (SELECT 1 FROM case_articles ca WHERE ca.article_id = a.id)) AS unfiled
       FROM articles a`,
    )
    .get() as { all: number; unfiled: number | null }
  return { all: Number(row.all), unfiled: Number(row.unfiled ?? 0) }
}
