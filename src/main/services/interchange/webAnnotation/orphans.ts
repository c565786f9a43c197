import {
  type ImportedCode,
  isAnnotationColor,
  type OrphanAnnotation,
} from '../../../../shared/model/annotation'
import { codePath } from '../../codebook/codeNames'
import { ServiceError } from '../../errors'
import type { Db } from '../../store/db'
import type { IncomingAnnotation } from './parse'

/**
 * Annotations an import could place on no article of the library, kept in `orphan_annotations` until an article
 * they fit arrives (see placeOrphansOn) or the user deletes them. A row holds all that placing the annotation reads
 * (target, position, note, tags, codes, colour, times), so that placing it later gives what placing it at once would
 * have.
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
  position_start: number | null
  position_end: number | null
  codes: string
  color: string | null
  created: string | null
  modified: string | null
}

/** A JSON list column read back; a value that does not parse reads as an empty list rather than failing the read. */
function jsonList(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value : []
  } catch {
    return []
  }
}

const tagsOf = (json: string): string[] => jsonList(json).filter((t): t is string => typeof t === 'string')

/** The codes of a row; one without a name is left out, as placing it would fail the import of the article. */
const codesOf = (json: string): ImportedCode[] =>
  jsonList(json).flatMap((c) => {
    if (typeof c !== 'object' || c === null) return []
    const { id, label } = c as Record<string, unknown>
    if (typeof label !== 'string' || codePath(label).length === 0) return []
    return [{ id: typeof id === 'string' ? id : null, label }]
  })

function positionOf(row: OrphanRow): OrphanAnnotation['position'] {
  const { position_start: start, position_end: end } = row
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start! >= 0 && end! > start!
    ? { start: start!, end: end! }
    : null
}

const fromRow = (row: OrphanRow): OrphanAnnotation => ({
  id: row.id,
  source: row.source,
  exact: row.exact,
  prefix: row.prefix,
  suffix: row.suffix,
  position: positionOf(row),
  note: row.note,
  tags: tagsOf(row.tags),
  codes: codesOf(row.codes),
  color: isAnnotationColor(row.color) ? row.color : null,
  created: row.created,
  modified: row.modified,
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
    `INSERT INTO orphan_annotations (id, source, exact, prefix, suffix, position_start, position_end, note, tags,
       codes, color, created, modified, file_name, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET source = excluded.source, exact = excluded.exact, prefix = excluded.prefix,
       suffix = excluded.suffix, position_start = excluded.position_start, position_end = excluded.position_end,
       note = excluded.note, tags = excluded.tags, codes = excluded.codes, color = excluded.color,
       created = excluded.created, modified = excluded.modified, file_name = excluded.file_name,
       imported_at = excluded.imported_at`,
  ).run(
    item.id,
    item.sources[0] ?? '',
    item.exact,
    item.prefix,
    item.suffix,
    item.position?.start ?? null,
    item.position?.end ?? null,
    item.note,
    JSON.stringify(item.tags),
    JSON.stringify(item.codes),
    // A colour Dossier does not know would be dropped on placing, so it is not kept.
    isAnnotationColor(item.color) ? item.color : null,
    item.created,
    item.modified,
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

/**
 * An orphan as the importer reads annotations, so that placing it later goes the same way as placing it at first.
 * Without times of its own from the file, it takes the time it was imported: the time placing it at first would
 * have given it.
 */
export function orphanAsIncoming(orphan: OrphanAnnotation): IncomingAnnotation {
  return {
    id: orphan.id,
    sources: orphan.source ? [orphan.source] : [],
    exact: orphan.exact,
    prefix: orphan.prefix,
    suffix: orphan.suffix,
    position: orphan.position,
    note: orphan.note,
    tags: orphan.tags,
    codes: orphan.codes,
    color: orphan.color,
    created: orphan.created ?? orphan.importedAt,
    modified: orphan.modified ?? orphan.importedAt,
  }
}
