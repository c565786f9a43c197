import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
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
