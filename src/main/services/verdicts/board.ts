import {
  VERDICT_RATINGS,
  VERDICT_STATUSES,
  type BoardClaim,
  type BoardFilter,
  type VerdictRating,
  type VerdictStatus,
} from '../../../shared/model/verdict'
import { requireCase } from '../cases/cases'
import { ServiceError } from '../errors'
import type { Db } from '../store/db'
import { articleText, placeClaim, type ClaimRow } from './claims'

interface BoardRow extends ClaimRow {
  title: string
  text: string
  status: VerdictStatus
  rating: VerdictRating | null
  conclusion: string
  updated_at: string
  evidence: number
  linked: number
}

/**
 * The Claims board: every judged claim of the library, or of one case, with its article's title, its text, its
 * verdict's status and rating and how much evidence backs it; most recently changed first. With `articleId`, only
 * that article's judged claims.
 */
export function listClaimsBoard(db: Db, filter: BoardFilter = {}): BoardClaim[] {
  const where: string[] = []
  const params: string[] = []
  if (filter.status !== undefined) {
    if (!VERDICT_STATUSES.includes(filter.status)) {
      throw new ServiceError(
        'invalid-request',
        `“${String(filter.status)}” is not a status: use to check, checking or checked.`,
      )
    }
    where.push('v.status = ?')
    params.push(filter.status)
  }
  if (filter.rating !== undefined) {
    if (!VERDICT_RATINGS.includes(filter.rating)) {
      throw new ServiceError('invalid-request', `“${String(filter.rating)}” is not a rating.`)
    }
    where.push('v.rating = ?')
    params.push(filter.rating)
  }
  if (filter.articleId !== undefined) {
    articleText(db, filter.articleId)
    where.push('c.article_id = ?')
    params.push(filter.articleId)
  }
  if (filter.caseId !== undefined) {
    requireCase(db, filter.caseId)
    where.push('c.article_id IN (SELECT article_id FROM case_articles WHERE case_id = ?)')
    params.push(filter.caseId)
  }
  const rows = db
    .prepare(
      `SELECT c.verdict_id, c.article_id, c.start, c.end, c.exact, c.prefix, c.suffix, c.annotation_id,
         a.title, a.text, v.status, v.rating, v.conclusion, v.updated_at,
         (SELECT COUNT(*) FROM evidence e WHERE e.verdict_id = v.id) AS evidence,
         (SELECT COUNT(*) FROM verdict_claims o WHERE o.verdict_id = v.id) AS linked
       FROM verdict_claims c JOIN verdicts v ON v.id = c.verdict_id JOIN articles a ON a.id = c.article_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY v.updated_at DESC, v.id, a.title, c.start`,
    )
    .all(...params) as unknown as BoardRow[]
  return rows.map((row) => {
    const placed = placeClaim(row.text, row)
    return {
      verdictId: row.verdict_id,
      articleId: row.article_id,
      articleTitle: row.title,
      start: placed.start,
      end: placed.end,
      text: row.exact,
      annotationId: row.annotation_id,
      status: row.status,
      rating: row.rating,
      conclusion: row.conclusion,
      evidence: Number(row.evidence),
      linkedClaims: Number(row.linked),
      updatedAt: row.updated_at,
    }
  })
}
