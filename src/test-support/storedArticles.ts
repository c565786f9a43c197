import { createHash } from 'node:crypto'
import { putAnnotation } from '../main/services/store/annotations'
import { insertArticle, type NewArticle } from '../main/services/store/articles'
import type { Db } from '../main/services/store/db'

let stored = 0

/** Stores an article straight into `db` (no importer); the fields a test cares about are passed in. */
export function storeArticle(
  db: Db,
  fields: Partial<NewArticle> = {},
  importedAt = new Date('2026-01-01T00:00:00Z'),
): string {
  const title = fields.title ?? 'An article'
  const text = fields.text ?? `${title}. It has a body.`
  stored++
  return insertArticle(
    db,
    {
      format: 'text',
      title,
      byline: null,
      publisher: null,
      published: null,
      lang: null,
      url: null,
      text,
      blocks: [{ type: 'paragraph', start: 0, end: text.length }],
      // Distinct per call unless a test passes one: the store keeps one article per file hash.
      sha256: createHash('sha256').update(`stored article ${stored}`).digest('hex'),
      fileName: 'article.txt',
      original: new TextEncoder().encode(text),
      extractorVersion: 1,
      ...fields,
    },
    importedAt,
  )
}

let notes = 0

/** Stores a note on the first characters of an article, with these tags. */
export function storeNote(db: Db, articleId: string, tags: string[] = []): void {
  notes++
  putAnnotation(db, {
    id: `note-${notes}`,
    articleId,
    quote: { type: 'TextQuoteSelector', exact: 'A', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 1 },
    note: '',
    tags,
    color: 'yellow',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  })
}
