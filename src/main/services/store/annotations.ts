import type { Annotation, AnnotationColor } from '../../../shared/model/annotation'
import type { Db } from './db'

interface AnnotationRow {
  id: string
  article_id: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  tags: string
  color: AnnotationColor
  created_at: string
  updated_at: string
}

function fromRow(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    articleId: row.article_id,
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: 'TextPositionSelector', start: Number(row.start), end: Number(row.end) },
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    color: row.color,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/**
 * Writes an annotation, updating one with the same id in place. Not INSERT OR REPLACE: that deletes the old row
 * first, and the delete would cascade to the annotation's codes.
 */
export function putAnnotation(db: Db, a: Annotation): void {
  db.prepare(
    `INSERT INTO annotations
       (id, article_id, start, end, exact, prefix, suffix, note, tags, color, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id, start = excluded.start, end = excluded.end,
       exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, note = excluded.note,
       tags = excluded.tags, color = excluded.color, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(
    a.id,
    a.articleId,
    a.position.start,
    a.position.end,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.note,
    JSON.stringify(a.tags),
    a.color,
    a.createdAt,
    a.updatedAt,
  )
}

export function getAnnotation(db: Db, id: string): Annotation | undefined {
  const row = db.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined
  return row && fromRow(row)
}

/** An article's annotations in text order. */
export function listAnnotations(db: Db, articleId: string): Annotation[] {
  const rows = db
    .prepare('SELECT * FROM annotations WHERE article_id = ? ORDER BY start, end, created_at')
    .all(articleId) as unknown as AnnotationRow[]
  return rows.map(fromRow)
}

export function deleteAnnotation(db: Db, id: string): boolean {
  return Number(db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes) > 0
}
