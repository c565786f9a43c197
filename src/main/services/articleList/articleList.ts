import type {
  ArticleListChoices,
  ArticleListQuery,
  ArticleListRow,
  ArticleSortKey,
  SortDirection,
} from '../../../shared/model/articleList'
import { VERDICT_RATINGS, VERDICT_STATUSES } from '../../../shared/model/verdict'
import { requireCase } from '../cases/cases'
import { listCodebook, requireCode, subtreeIds } from '../codebook/codes'
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
  claims_checked: number
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
  if (query.code !== undefined) {
    requireCode(db, query.code)
    clauses.push(
      `EXISTS (SELECT 1 FROM annotations n JOIN annotation_codes ac ON ac.annotation_id = n.id
        WHERE n.article_id = a.id AND ac.code_id IN (SELECT value FROM json_each(?)))`,
    )
    params.push(JSON.stringify(subtreeIds(db, query.code)))
  }
  if (query.verdict !== undefined) {
    const column = 'rating' in query.verdict ? 'rating' : 'status'
    clauses.push(
      `EXISTS (SELECT 1 FROM verdict_claims vc JOIN verdicts v ON v.id = vc.verdict_id
        WHERE vc.article_id = a.id AND v.${column} = ?)`,
    )
    params.push('rating' in query.verdict ? query.verdict.rating : query.verdict.status)
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** The statement that lists the articles `query` asks for. Throws a ServiceError when its case is gone. */
export function listStatement(db: Db, query: ArticleListQuery): { sql: string; params: string[] } {
  const sort = query.sort ?? 'imported'
  const { where, params } = filters(db, query)
  const sql = `SELECT a.id, a.title, a.publisher, a.published, a.imported_at, a.file_name, a.format,
      (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id) AS notes,
      (SELECT COUNT(*) FROM verdict_claims vc JOIN verdicts v ON v.id = vc.verdict_id
        WHERE vc.article_id = a.id AND v.status = 'checked') AS claims_checked
    FROM articles a ${where}
    ORDER BY ${orderBy(sort, query.direction ?? DEFAULT_DIRECTION[sort])}`
  return { sql, params }
}

/**
 * The library's articles as the list shows them; only the first `limit` when given (the window asks for a
 * screenful first at launch). Throws a ServiceError when the case asked for is gone.
 */
export function listArticleRows(db: Db, query: ArticleListQuery = {}, limit?: number): ArticleListRow[] {
  const { sql, params } = listStatement(db, query)
  const statement = limit === undefined ? db.prepare(sql) : db.prepare(`${sql} LIMIT ?`)
  const rows = (limit === undefined ? statement.all(...params) : statement.all(...params, limit)) as unknown as ListRow[]
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    importedAt: row.imported_at,
    fileName: row.file_name,
    format: row.format,
    notes: Number(row.notes),
    claimsChecked: Number(row.claims_checked),
  }))
}

/** The publishers, tags, codes and verdicts the list can be filtered by, each with its number of articles. */
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
  return {
    publishers: publishers.map(counted),
    tags: tags.map(counted),
    codes: codeChoices(db),
    ...verdictChoices(db),
  }
}

/** The codes that mark some article, in codebook order, each counting the articles it or a code under it marks. */
function codeChoices(db: Db): ArticleListChoices['codes'] {
  const rows = db
    .prepare(
      `WITH RECURSIVE under (root, id) AS (
         SELECT id, id FROM codes
         UNION ALL SELECT under.root, c.id FROM codes c JOIN under ON c.parent_id = under.id)
       SELECT under.root AS id, COUNT(DISTINCT n.article_id) AS articles
       FROM under JOIN annotation_codes ac ON ac.code_id = under.id JOIN annotations n ON n.id = ac.annotation_id
       GROUP BY under.root`,
    )
    .all() as { id: string; articles: number }[]
  const counts = new Map(rows.map((r) => [r.id, Number(r.articles)]))
  return listCodebook(db)
    .filter((c) => counts.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, path: c.path, articles: counts.get(c.id)! }))
}

/** The ratings and statuses of the verdicts on some article's claims, each with its number of articles. */
function verdictChoices(db: Db): Pick<ArticleListChoices, 'ratings' | 'statuses'> {
  const count = (column: 'rating' | 'status') =>
    new Map(
      (
        db
          .prepare(
            `SELECT v.${column} AS value, COUNT(DISTINCT vc.article_id) AS articles
             FROM verdicts v JOIN verdict_claims vc ON vc.verdict_id = v.id
             WHERE v.${column} IS NOT NULL GROUP BY v.${column}`,
          )
          .all() as { value: string; articles: number }[]
      ).map((r) => [r.value, Number(r.articles)]),
    )
  const ratings = count('rating')
  const statuses = count('status')
  return {
    ratings: VERDICT_RATINGS.filter((r) => ratings.has(r)).map((rating) => ({
      rating,
      articles: ratings.get(rating)!,
    })),
    statuses: VERDICT_STATUSES.filter((s) => statuses.has(s)).map((status) => ({
      status,
      articles: statuses.get(status)!,
    })),
  }
}
