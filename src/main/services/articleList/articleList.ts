import type {
  ArticleListChoices,
  ArticleListQuery,
  ArticleListRow,
  ArticleSortKey,
  SortDirection,
} from '../../../shared/model/articleList'
import { requireCase } from '../cases/cases'
import { ServiceError } from '../errors'
import type { Db } from '../store/db'

/*
 * The library list: sorted, filtered, with per-article counts. It reads only the small columns
 * (never the text, blocks or original), through the covering index the cases migration adds, so
 * it never walks a large article's overflow pages to reach `imported_at`.
 */

interface ListRow {
  id: string
  title: string
  publisher: string | null
  published: string | null
  imported_at: string
  file_name: string
  format: ArticleListRow['format']
  notes: number
}

const DEFAULT_DIRECTION: Record<ArticleSortKey, SortDirection> = {
  title: 'asc',
  publisher: 'asc',
  published: 'desc',
  imported: 'desc',
}

/** ORDER BY for each key; missing publishers and dates go last whatever the direction. */
function orderBy(sort: ArticleSortKey, direction: SortDirection): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  const newest = 'a.imported_at DESC, a.rowid DESC'
  switch (sort) {
    case 'title':
      return `a.title COLLATE NOCASE ${dir}, ${newest}`
    case 'publisher':
      return `a.publisher IS NULL, a.publisher COLLATE NOCASE ${dir}, a.title COLLATE NOCASE, ${newest}`
    case 'published':
      return `a.published IS NULL, a.published ${dir}, ${newest}`
    case 'imported':
      return `a.imported_at ${dir}, a.rowid ${dir}`
  }
}

/** The WHERE clause and its parameters for the filters given. */
function filters(db: Db, query: ArticleListQuery): { where: string; params: string[] } {
  const clauses: string[] = []
  const params: string[] = []
  if (query.caseId !== undefined && query.unfiled) {
    throw new ServiceError('invalid-request', 'The list shows one case or the unfiled articles, not both.')
  }
  if (query.caseId !== undefined) {
    requireCase(db, query.caseId)
    clauses.push('EXISTS (SELECT 1 FROM case_articles ca WHERE ca.case_id = ? AND ca.article_id = a.id)')
    params.push(query.caseId)
  }
  if (query.unfiled) clauses.push('NOT EXISTS (SELECT 1 FROM case_articles ca WHERE ca.article_id = a.id)')
  if (query.publisher !== undefined) {
    clauses.push('a.publisher = ? COLLATE NOCASE')
    params.push(query.publisher)
  }
  if (query.tag !== undefined) {
    clauses.push(
      'EXISTS (SELECT 1 FROM annotations n, json_each(n.tags) t WHERE n.article_id = a.id AND t.value = ?)',
    )
    params.push(query.tag)
  }
  if (query.hasNotes !== undefined) {
    clauses.push(
      `${query.hasNotes ? '' : 'NOT '}EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)`,
    )
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** The statement that lists the articles `query` asks for. Throws a ServiceError when its case is gone. */
export function listStatement(db: Db, query: ArticleListQuery): { sql: string; params: string[] } {
  const sort = query.sort ?? 'imported'
  const { where, params } = filters(db, query)
  const sql = `SELECT a.id, a.title, a.publisher, a.published, a.imported_at, a.file_name, a.format,
      (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id) AS notes
    FROM articles a ${where}
    ORDER BY ${orderBy(sort, query.direction ?? DEFAULT_DIRECTION[sort])}`
  return { sql, params }
}

/** The library's articles as the list shows them. Throws a ServiceError when the case asked for is gone. */
export function listArticleRows(db: Db, query: ArticleListQuery = {}): ArticleListRow[] {
  const { sql, params } = listStatement(db, query)
  const rows = db.prepare(sql).all(...params) as unknown as ListRow[]
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    importedAt: row.imported_at,
    fileName: row.file_name,
    format: row.format,
    notes: Number(row.notes),
  }))
}

/** The publishers and tags the list can be filtered by, each with its number of articles. */
export function listChoices(db: Db): ArticleListChoices {
  const publishers = db
    .prepare(
      `SELECT MIN(publisher) AS name, COUNT(*) AS articles FROM articles
       WHERE publisher IS NOT NULL GROUP BY publisher COLLATE NOCASE ORDER BY publisher COLLATE NOCASE`,
    )
    .all() as { name: string; articles: number }[]
  const tags = db
    .prepare(
      `SELECT t.value AS name, COUNT(DISTINCT n.article_id) AS articles FROM annotations n, json_each(n.tags) t
       GROUP BY t.value ORDER BY t.value COLLATE NOCASE, t.value`,
    )
    .all() as { name: string; articles: number }[]
  const counted = (r: { name: string; articles: number }) => ({ name: r.name, articles: Number(r.articles) })
  return { publishers: publishers.map(counted), tags: tags.map(counted) }
}
