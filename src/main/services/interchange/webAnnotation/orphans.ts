import type { OrphanAnnotation } from '../../../../shared/model/annotation'
import { ServiceError } from '../../errors'
import type { Db } from '../../store/db'
import type { IncomingAnnotation } from './parse'

/**
 * Annotations an import could place on no article of the library, kept in `orphan_annotations` until an article
 * they fit arrives (see placeOrphansOn) or the user deletes them.
 */

interface OrphanRow {
  id: string
  source: string
  exact: string
  prefix: string
  suffix: string
  note: string
  tags: string
  file_name: string
  imported_at: string
}

function tagsOf(json: string): string[] {
  try {
    const tags: unknown = JSON.parse(json)
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : []
  } catch {
    return []
  }
}

const fromRow = (row: OrphanRow): OrphanAnnotation => ({
  id: row.id,
  source: row.source,
  exact: row.exact,
  prefix: row.prefix,
  suffix: row.suffix,
  note: row.note,
  tags: tagsOf(row.tags),
  fileName: row.file_name,
  importedAt: row.imported_at,
})

/** Every orphan, the most recently imported first (then by quote, for a stable order). */
export function listOrphans(db: Db): OrphanAnnotation[] {
  const rows = db.prepare('SELECT * FROM orphan_annotations ORDER BY imported_at DESC, exact, id').all()
  return (rows as unknown as OrphanRow[]).map(fromRow)
}

export function putOrphan(db: Db, item: IncomingAnnotation, fileName: string, now: string): void {
  db.prepare(
    `INSERT INTO orphan_annotations (id, source, exact, prefix, suffix, note, tags, file_name, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET source = excluded.source, exact = excluded.exact, prefix = excluded.prefix,
       suffix = excluded.suffix, note = excluded.note, tags = excluded.tags, file_name = excluded.file_name,
       imported_at = excluded.imported_at`,
  ).run(
    item.id,
    item.sources[0] ?? '',
    item.exact,
    item.prefix,
    item.suffix,
    item.note,
    JSON.stringify(item.tags),
    fileName,
    now,
  )
}

/** Deletes one orphan for good; one that is not there (deleted, or placed meanwhile) is a not-found error. */
export function deleteOrphan(db: Db, id: string): void {
  const { changes } = db.prepare('DELETE FROM orphan_annotations WHERE id = ?').run(id)
  if (Number(changes) === 0)
    throw new ServiceError('not-found', 'That unplaced annotation is no longer there; it may have been placed on an article.')
}

export function removeOrphan(db: Db, id: string): void {
  db.prepare('DELETE FROM orphan_annotations WHERE id = ?').run(id)
}

/** How many imported annotations wait for an article to place them on. */
export function countOrphans(db: Db): number {
  return Number((db.prepare('SELECT COUNT(*) AS n FROM orphan_annotations').get() as { n: number }).n)
}

/** An orphan as the importer reads annotations, so that placing it later goes the same way as placing it at first. */
export function orphanAsIncoming(orphan: OrphanAnnotation): IncomingAnnotation {
  return {
    id: orphan.id,
    sources: orphan.source ? [orphan.source] : [],
    exact: orphan.exact,
    prefix: orphan.prefix,
    suffix: orphan.suffix,
    position: null,
    note: orphan.note,
    tags: orphan.tags,
    codes: [],
    color: null,
    created: null,
    modified: null,
  }
}
