import type { CodeArticleCount, CodePair, CodedPassage } from '../../../shared/model/codebook'
import type { Db } from '../store/db'
import { requireCode, subtreeIds } from './codes'

/*
 * What the codebook codes across the library: the code view's passages, counts per article, and which codes
 * are applied to the same highlights.
 */

interface PassageRow {
  annotation_id: string
  code_id: string
  article_id: string
  title: string
  exact: string
  note: string
  start: number
  end: number
}

/**
 * Every highlight coded with the code (and with the codes under it when `includeChildren`), by article title
 * then place in the text. A highlight coded with a code and one of its children is listed once per code.
 */
export function passagesOfCode(
  db: Db,
  codeId: string,
  options: { includeChildren?: boolean } = {},
): CodedPassage[] {
  requireCode(db, codeId)
  const ids = options.includeChildren ? subtreeIds(db, codeId) : [codeId]
  const rows = db
    .prepare(
      `SELECT ac.annotation_id, ac.code_id, a.id AS article_id, a.title, n.exact, n.note, n.start, n.end
       FROM annotation_codes ac
       JOIN annotations n ON n.id = ac.annotation_id
       JOIN articles a ON a.id = n.article_id
       WHERE ac.code_id IN (SELECT value FROM json_each(?))
       ORDER BY a.title COLLATE NOCASE, a.id, n.start, n.end, n.id, ac.code_id`,
    )
    .all(JSON.stringify(ids)) as unknown as PassageRow[]
  return rows.map((r) => ({
    annotationId: r.annotation_id,
    codeId: r.code_id,
    articleId: r.article_id,
    articleTitle: r.title,
    exact: r.exact,
    note: r.note,
    start: Number(r.start),
    end: Number(r.end),
  }))
}

/** How many highlights each code codes in each article (pairs with none are left out), by article title. */
export function countsPerArticle(db: Db): CodeArticleCount[] {
  const rows = db
    .prepare(
      `SELECT ac.code_id, a.id AS article_id, a.title, COUNT(*) AS passages
       FROM annotation_codes ac
       JOIN annotations n ON n.id = ac.annotation_id
       JOIN articles a ON a.id = n.article_id
       GROUP BY ac.code_id, a.id
       ORDER BY a.title COLLATE NOCASE, a.id, ac.code_id`,
    )
    .all() as unknown as { code_id: string; article_id: string; title: string; passages: number }[]
  return rows.map((r) => ({
    codeId: r.code_id,
    articleId: r.article_id,
    articleTitle: r.title,
    passages: Number(r.passages),
  }))
}

/** Pairs of codes applied to the same highlights, with how many, most shared first. */
export function coOccurrence(db: Db): CodePair[] {
  const rows = db
    .prepare(
      `SELECT x.code_id AS a, y.code_id AS b, COUNT(*) AS passages
       FROM annotation_codes x JOIN annotation_codes y ON y.annotation_id = x.annotation_id AND y.code_id > x.code_id
       GROUP BY x.code_id, y.code_id
       ORDER BY passages DESC, a, b`,
    )
    .all() as unknown as { a: string; b: string; passages: number }[]
  return rows.map((r) => ({ codeId: r.a, otherCodeId: r.b, passages: Number(r.passages) }))
}
