import { randomUUID } from 'node:crypto'
import type { Article, ArticleSummary, Block, ExtractedArticle } from '../../../shared/model/article'
import type { Db } from './db'

/** What the store keeps of an import besides the extracted article. */
export interface NewArticle extends ExtractedArticle {
  sha256: string
  previousVersionId?: string | null
  fileName: string
  original: Uint8Array
  extractorVersion: number
}

interface ArticleRow {
  id: string
  sha256: string
  file_name: string
  format: Article['format']
  title: string
  byline: string | null
  publisher: string | null
  published: string | null
  lang: string | null
  url: string | null
  text: string
  blocks: string
  imported_at: string
  memo: string
  captured_at: string | null
  document_date: string | null
  previous_version_id: string | null
  extractor_version: number
  annotations: number
}

const SUMMARY_COLUMNS = `a.id, a.title, a.publisher, a.published, a.imported_at, a.file_name,
  (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id) AS annotations`

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    importedAt: row.imported_at,
    fileName: row.file_name,
    annotations: Number(row.annotations),
  }
}

/** Stores a new article; the caller has checked that its hash is not stored yet. */
export function insertArticle(db: Db, article: NewArticle, now = new Date()): string {
  const id = randomUUID()
  db.prepare(
    `INSERT INTO articles (id, sha256, file_name, format, original, title, byline, publisher, published,
       lang, url, text, blocks, extractor_version, imported_at, captured_at, document_date, previous_version_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    article.sha256,
    article.fileName,
    article.format,
    article.original,
    article.title ?? article.fileName,
    article.byline,
    article.publisher,
    article.published,
    article.lang,
    article.url,
    article.text,
    JSON.stringify(article.blocks),
    article.extractorVersion,
    now.toISOString(),
    article.captured ?? null,
    article.documentDate ?? null,
    article.previousVersionId ?? null,
  )
  return id
}

export function findArticleIdBySha(db: Db, sha256: string): { id: string; title: string } | undefined {
  return db.prepare('SELECT id, title FROM articles WHERE sha256 = ?').get(sha256) as
    | { id: string; title: string }
    | undefined
}

/** The library, newest import first. */
export function listArticles(db: Db): ArticleSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.imported_at DESC, a.rowid DESC`)
    .all() as unknown as ArticleRow[]
  return rows.map(toSummary)
}

export function getArticle(db: Db, id: string): Article | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, a.sha256, a.format, a.byline, a.lang, a.url, a.text, a.blocks, a.memo,
         a.captured_at, a.document_date, a.previous_version_id, a.extractor_version
       FROM articles a WHERE a.id = ?`,
    )
    .get(id) as ArticleRow | undefined
  if (!row) return undefined
  return {
    ...toSummary(row),
    sha256: row.sha256,
    format: row.format,
    byline: row.byline,
    lang: row.lang,
    url: row.url,
    capturedAt: row.captured_at,
    documentDate: row.document_date,
    previousVersionId: row.previous_version_id,
    extractorVersion: Number(row.extractor_version),
    text: row.text,
    blocks: JSON.parse(row.blocks) as Block[],
    memo: row.memo,
  }
}

/** Deletes an article and (by cascade) its annotations; false when there was none. */
export function deleteArticle(db: Db, id: string): boolean {
  return Number(db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes) > 0
}

export function setMemo(db: Db, id: string, memo: string): boolean {
  return Number(db.prepare('UPDATE articles SET memo = ? WHERE id = ?').run(memo, id).changes) > 0
}

/** The newest stored copy of a URL, if any (to link a new capture to it). */
export function findLatestByUrl(db: Db, url: string): { id: string; title: string } | undefined {
  return db
    .prepare('SELECT id, title FROM articles WHERE url = ? ORDER BY imported_at DESC, rowid DESC LIMIT 1')
    .get(url) as { id: string; title: string } | undefined
}

/** Replaces an article's extracted content (re-extraction); annotations are moved by the caller. */
export function replaceExtraction(db: Db, id: string, article: ExtractedArticle, extractorVersion: number): void {
  db.prepare(
    `UPDATE articles SET format = ?, title = COALESCE(?, title), byline = ?, publisher = ?, published = ?, lang = ?,
       url = ?, captured_at = COALESCE(?, captured_at), document_date = ?, text = ?, blocks = ?, extractor_version = ? WHERE id = ?`,
  ).run(
    article.format,
    article.title,
    article.byline,
    article.publisher,
    article.published,
    article.lang,
    article.url,
    article.captured ?? null,
    article.documentDate ?? null,
    article.text,
    JSON.stringify(article.blocks),
    extractorVersion,
    id,
  )
}

export function getOriginalInfo(db: Db, id: string): { fileName: string; original: Uint8Array; format: string } | undefined {
  return db.prepare('SELECT file_name AS fileName, original, format FROM articles WHERE id = ?').get(id) as
    | { fileName: string; original: Uint8Array; format: string }
    | undefined
}
