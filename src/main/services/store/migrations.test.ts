import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { importBytes } from '../articles/imports'
import { codeIdsOf } from '../codebook'
import { listOrphans } from '../interchange/webAnnotation/orphans'
import { createLibrary } from '../library'
import { listAnnotations } from './annotations'
import { getArticle, listArticles } from './articles'
import { migrate } from './db'
import { MIGRATIONS } from './migrations'

const DOCUMENT_DATE = MIGRATIONS.findIndex((m) => m.includes('ADD COLUMN document_date'))

function insertOld(db: DatabaseSync, id: string, format: string, published: string | null): void {
  db.prepare(
    `INSERT INTO articles (id, sha256, file_name, format, original, title, published, text, blocks,
       extractor_version, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'Body.', '[]', 3, '2024-04-01T00:00:00.000Z')`,
  ).run(id, id.repeat(8), `${id}.${format}`, format, new Uint8Array([1]), `Title ${id}`, published)
}

describe('the document-date migration', () => {
  it('moves a stored PDF’s creation date out of its publication date and leaves other formats alone', () => {
    expect(DOCUMENT_DATE).toBeGreaterThan(0)
    const db = new DatabaseSync(':memory:')
    migrate(db, MIGRATIONS.slice(0, DOCUMENT_DATE))
    insertOld(db, 'pdf1', 'pdf', '2024-03-12T09:30:00+01:00')
    insertOld(db, 'pdf2', 'pdf', null)
    insertOld(db, 'web1', 'html', '2024-03-11T07:00:00Z')

    migrate(db)

    expect(getArticle(db, 'pdf1')).toMatchObject({ published: null, documentDate: '2024-03-12T09:30:00+01:00' })
    expect(getArticle(db, 'pdf2')).toMatchObject({ published: null, documentDate: null })
    expect(getArticle(db, 'web1')).toMatchObject({ published: '2024-03-11T07:00:00Z', documentDate: null })
    expect(listArticles(db).find((a) => a.id === 'pdf1')?.published).toBeNull()
  })
})

describe('the unplaced-annotation fields migration', () => {
  it('keeps an unplaced annotation stored before it, which is placed with its note and tags at its import time', async () => {
    const fields = MIGRATIONS.findIndex((m) => m.includes('ALTER TABLE orphan_annotations ADD COLUMN codes'))
    expect(fields).toBeGreaterThan(0)
    const db = new DatabaseSync(':memory:')
    migrate(db, MIGRATIONS.slice(0, fields))
    db.prepare(
      `INSERT INTO orphan_annotations (id, source, exact, prefix, suffix, note, tags, file_name, imported_at)
       VALUES ('o1', '', 'approved 12 million euros', '', '', 'Compare', '["budget"]', 'notes.json',
         '2024-04-01T00:00:00.000Z')`,
    ).run()

    migrate(db)

    expect(listOrphans(db)).toEqual([
      {
        id: 'o1',
        source: '',
        exact: 'approved 12 million euros',
        prefix: '',
        suffix: '',
        position: null,
        note: 'Compare',
        tags: ['budget'],
        codes: [],
        color: null,
        created: null,
        modified: null,
        fileName: 'notes.json',
        importedAt: '2024-04-01T00:00:00.000Z',
      },
    ])
    const library = createLibrary(db, { clock: () => new Date('2026-04-02T00:00:00Z') })
    const text = 'Harbour\n\nThe council approved 12 million euros for the harbour.'
    const { id, placedOrphans } = await importBytes(library, 'harbour.txt', new TextEncoder().encode(text))
    expect(placedOrphans).toBe(1)
    expect(listAnnotations(db, id!)).toMatchObject([
      {
        id: 'o1',
        quote: { exact: 'approved 12 million euros' },
        note: 'Compare',
        tags: ['budget'],
        color: 'yellow',
        createdAt: '2024-04-01T00:00:00.000Z',
        updatedAt: '2024-04-01T00:00:00.000Z',
      },
    ])
    expect(codeIdsOf(db, 'o1')).toEqual([])
    expect(listOrphans(db)).toEqual([])
  })
})
