import { randomUUID } from 'node:crypto'
import {
  CONCLUSION_MAX,
  VERDICT_RATINGS,
  VERDICT_STATUSES,
  type ClaimRef,
  type Verdict,
  type VerdictChange,
  type VerdictRating,
  type VerdictStatus,
} from '../../../shared/model/verdict'
import { ServiceError, notFound } from '../errors'
import { type Db, transaction } from '../store/db'
import { articleText, claimRowsOfVerdict, describeClaim, findClaimRow, placeClaim } from './claims'
import { evidenceOfVerdict, touchVerdict } from './evidence'
import { userName } from './who'

/*
 * Judging claims: a verdict's status, rating and conclusion, and the claims it covers. Every exported function
 * that writes opens its own transaction, so none of them can be called inside another; judgeClaimWithin is the
 * one made for a caller's transaction.
 */

interface VerdictRow {
  id: string
  status: VerdictStatus
  rating: VerdictRating | null
  conclusion: string
  created_at: string
  updated_at: string
  updated_by: string
}

/** The verdict with its claims placed on their articles' current texts and its evidence; undefined when gone. */
export function getVerdict(db: Db, verdictId: string): Verdict | undefined {
  const row = db.prepare('SELECT * FROM verdicts WHERE id = ?').get(verdictId) as unknown as
    VerdictRow | undefined
  if (!row) return undefined
  const texts = new Map<string, string>()
  const claims = claimRowsOfVerdict(db, verdictId).map((claim) => {
    if (!texts.has(claim.article_id)) texts.set(claim.article_id, articleText(db, claim.article_id))
    return placeClaim(texts.get(claim.article_id)!, claim)
  })
  return {
    id: row.id,
    status: row.status,
    rating: row.rating,
    conclusion: row.conclusion,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    claims,
    evidence: evidenceOfVerdict(db, verdictId),
  }
}

export function requireVerdict(db: Db, verdictId: string): Verdict {
  const found = getVerdict(db, verdictId)
  if (!found) throw notFound('verdict')
  return found
}

/** The verdict covering the claim at this span of the article, or null when it has none; refuses a span not in the text. */
export function verdictOfClaim(db: Db, claim: ClaimRef): Verdict | null {
  describeClaim(db, claim)
  const row = findClaimRow(db, claim)
  return row ? requireVerdict(db, row.verdict_id) : null
}

/** The verdict after applying `change` to `current`, checked against the workflow's rules. */
function nextState(
  current: Pick<VerdictRow, 'status' | 'rating' | 'conclusion'>,
  change: VerdictChange,
): Pick<VerdictRow, 'status' | 'rating' | 'conclusion'> {
  if (change.status !== undefined && !VERDICT_STATUSES.includes(change.status)) {
    throw new ServiceError(
      'invalid-request',
      `“${String(change.status)}” is not a status: use to check, checking or checked.`,
    )
  }
  if (change.rating !== undefined && change.rating !== null && !VERDICT_RATINGS.includes(change.rating)) {
    throw new ServiceError(
      'invalid-request',
      `“${String(change.rating)}” is not a rating: use true, mostly true, mixed, mostly false, false or unverifiable.`,
    )
  }
  const conclusion = change.conclusion === undefined ? current.conclusion : String(change.conclusion).trim()
  if (conclusion.length > CONCLUSION_MAX) {
    throw new ServiceError(
      'invalid-request',
      `A conclusion can be at most ${CONCLUSION_MAX} characters long.`,
    )
  }
  const next = {
    status: change.status ?? current.status,
    rating: change.rating === undefined ? current.rating : change.rating,
    conclusion,
  }
  // A rating is the outcome of checking: a claim not yet looked at has none, and a checked one must have one.
  if (next.status === 'to-check' && next.rating !== null) {
    throw new ServiceError(
      'invalid-request',
      'A claim still to check has no rating yet: mark it as checking or checked first.',
    )
  }
  if (next.status === 'checked' && next.rating === null) {
    throw new ServiceError('invalid-request', 'Give the claim a rating before marking it as checked.')
  }
  return next
}

/**
 * Judges a claim: creates its verdict (starting "to check") or changes the one covering it — which changes it
 * for every claim linked to it. Returns the verdict.
 */
export function judgeClaim(
  db: Db,
  claim: ClaimRef,
  change: VerdictChange,
  by: string,
  now = new Date(),
): Verdict {
  const who = userName(by)
  const id = transaction(db, () => judgeWithin(db, claim, change, who, now))
  return requireVerdict(db, id)
}

/**
 * judgeClaim for a caller that holds a transaction already (an import restoring verdicts, all or nothing):
 * the same checks and writes, inside the caller's transaction. Answers the verdict's id.
 */
export function judgeClaimWithin(db: Db, claim: ClaimRef, change: VerdictChange, by: string, now: Date): string {
  return judgeWithin(db, claim, change, userName(by), now)
}

function judgeWithin(db: Db, claim: ClaimRef, change: VerdictChange, who: string, now: Date): string {
  const described = describeClaim(db, claim)
  const existing = findClaimRow(db, claim)
  const at = now.toISOString()
  if (existing) {
    const row = db
      .prepare('SELECT * FROM verdicts WHERE id = ?')
      .get(existing.verdict_id) as unknown as VerdictRow
    const next = nextState(row, change)
    db.prepare('UPDATE verdicts SET status = ?, rating = ?, conclusion = ? WHERE id = ?').run(
      next.status,
      next.rating,
      next.conclusion,
      row.id,
    )
    if (claim.annotationId && !existing.annotation_id) {
      db.prepare(
        'UPDATE verdict_claims SET annotation_id = ? WHERE article_id = ? AND start = ? AND end = ?',
      ).run(claim.annotationId, existing.article_id, existing.start, existing.end)
    }
    touchVerdict(db, row.id, who, now)
    return row.id
  }
  const next = nextState({ status: 'to-check', rating: null, conclusion: '' }, change)
  const verdictId = randomUUID()
  db.prepare(
    `INSERT INTO verdicts (id, status, rating, conclusion, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(verdictId, next.status, next.rating, next.conclusion, at, at, who)
  insertClaim(db, verdictId, claim, described, who, at)
  return verdictId
}

function insertClaim(
  db: Db,
  verdictId: string,
  claim: ClaimRef,
  described: { exact: string; prefix: string; suffix: string },
  who: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO verdict_claims (verdict_id, article_id, start, end, exact, prefix, suffix, annotation_id, linked_by, linked_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    verdictId,
    claim.articleId,
    claim.start,
    claim.end,
    described.exact,
    described.prefix,
    described.suffix,
    claim.annotationId ?? null,
    who,
    at,
  )
}

/**
 * Links another claim (the same claim in another article, say) to a verdict, so that one verdict covers both.
 * A claim that already has a verdict of its own is refused: unlink it first, so no judgement is lost silently.
 */
export function linkClaims(
  db: Db,
  verdictId: string,
  claim: ClaimRef,
  by: string,
  now = new Date(),
): Verdict {
  const who = userName(by)
  transaction(db, () => {
    if (!db.prepare('SELECT 1 FROM verdicts WHERE id = ?').get(verdictId)) throw notFound('verdict')
    const described = describeClaim(db, claim)
    const existing = findClaimRow(db, claim)
    if (existing?.verdict_id === verdictId) return
    if (existing) {
      throw new ServiceError(
        'invalid-request',
        'That claim already has a verdict of its own. Remove it from that verdict before linking it to this one.',
      )
    }
    insertClaim(db, verdictId, claim, described, who, now.toISOString())
    touchVerdict(db, verdictId, who, now)
  })
  return requireVerdict(db, verdictId)
}

/**
 * Takes a claim out of its verdict; the other linked claims keep it. When it was the verdict's only claim, the
 * verdict and its evidence go with it. False when the claim had no verdict.
 */
export function unlinkClaim(db: Db, claim: ClaimRef, by: string, now = new Date()): boolean {
  const who = userName(by)
  return transaction(db, () => {
    articleText(db, claim.articleId)
    const row = findClaimRow(db, claim)
    if (!row) return false
    db.prepare('DELETE FROM verdict_claims WHERE article_id = ? AND start = ? AND end = ?').run(
      row.article_id,
      row.start,
      row.end,
    )
    touchVerdict(db, row.verdict_id, who, now)
    return true
  })
}
