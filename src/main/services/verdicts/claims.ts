import type { ClaimRef, VerdictClaim } from '../../../shared/model/verdict'
import { anchor } from '../anchoring/anchor'
import { describeRange } from '../../../shared/text/selectors'
import { ServiceError, notFound } from '../errors'
import type { Db } from '../store/db'

/* Claims as stored in `verdict_claims`: read, placed on the current text, and looked up by span. */

export interface ClaimRow {
  verdict_id: string
  article_id: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  annotation_id: string | null
}

const CLAIM_COLUMNS = 'verdict_id, article_id, start, end, exact, prefix, suffix, annotation_id'

/** The article's current text, or a ServiceError saying it is gone. */
export function articleText(db: Db, articleId: string): string {
  const row = db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as
    { text: string } | undefined
  if (!row) throw notFound('article')
  return row.text
}

/** The claim's selectors on the article's current text, after checking the span and the highlight it names. */
export function describeClaim(
  db: Db,
  ref: ClaimRef,
): { text: string; exact: string; prefix: string; suffix: string } {
  const text = articleText(db, ref.articleId)
  if (!(
    Number.isInteger(ref.start) &&
    Number.isInteger(ref.end) &&
    ref.start >= 0 &&
    ref.end > ref.start &&
    ref.end <= text.length
  )) {
    throw new ServiceError('invalid-request', 'That claim is not a passage of the article’s text.')
  }
  if (ref.annotationId) {
    const note = db.prepare('SELECT article_id FROM annotations WHERE id = ?').get(ref.annotationId) as
      { article_id: string } | undefined
    if (!note) throw notFound('highlight')
    if (note.article_id !== ref.articleId) {
      throw new ServiceError('invalid-request', 'That highlight belongs to another article than the claim.')
    }
  }
  const { quote } = describeRange(text, ref.start, ref.end)
  return { text, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }
}

/** A stored claim placed on `text`: where its quote is now, or where it was when the passage is gone. */
export function placeClaim(text: string, row: ClaimRow): VerdictClaim {
  const placed = anchor(text, {
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: 'TextPositionSelector', start: Number(row.start), end: Number(row.end) },
  })
  return {
    articleId: row.article_id,
    start: placed ? placed.start : Number(row.start),
    end: placed ? placed.end : Number(row.end),
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    annotationId: row.annotation_id,
    anchored: placed !== null,
  }
}

export function claimRowsOfVerdict(db: Db, verdictId: string): ClaimRow[] {
  return db
    .prepare(
      `SELECT ${CLAIM_COLUMNS} FROM verdict_claims WHERE verdict_id = ? ORDER BY linked_at, article_id, start`,
    )
    .all(verdictId) as unknown as ClaimRow[]
}

/**
 * The stored claim at this span of the article: the row stored there, else one whose quote re-anchors there
 * (the text was extracted again since it was judged).
 */
export function findClaimRow(db: Db, ref: ClaimRef): ClaimRow | undefined {
  const exact = db
    .prepare(`SELECT ${CLAIM_COLUMNS} FROM verdict_claims WHERE article_id = ? AND start = ? AND end = ?`)
    .get(ref.articleId, ref.start, ref.end) as unknown as ClaimRow | undefined
  if (exact) return exact
  const rows = db
    .prepare(`SELECT ${CLAIM_COLUMNS} FROM verdict_claims WHERE article_id = ?`)
    .all(ref.articleId) as unknown as ClaimRow[]
  if (!rows.length) return undefined
  const text = articleText(db, ref.articleId)
  return rows.find((row) => {
    const placed = placeClaim(text, row)
    return placed.anchored && placed.start === ref.start && placed.end === ref.end
  })
}
