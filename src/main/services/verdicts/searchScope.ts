import { VERDICT_RATINGS, VERDICT_STATUSES } from '../../../shared/model/verdict'
import { ServiceError } from '../errors'
import type { ScopeResolver } from '../search/search'
import type { Db } from '../store/db'

/** `verdict:` values a search may name besides a status or a rating: any judged claim at all. */
const ANY = new Set(['any', 'judged'])

/** `Mostly True`, `mostly_true` and `mostly-true` all name the same rating. */
const key = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')

/**
 * Resolves a search's `verdict:` filters to the articles holding a claim with that status (`verdict:checking`)
 * or rating (`verdict:false`, `verdict:mostly-true`), or any verdict (`verdict:any`). Other filters go to
 * `next` (the cases' resolver, say); without it they are refused. An unknown value is an error listing the
 * known ones, so a typo is not taken for "no claim has it".
 */
export function verdictScope(db: Db, next?: ScopeResolver): ScopeResolver {
  return (filter) => {
    if (filter.kind !== 'verdict') {
      if (next) return next(filter)
      throw new ServiceError(
        'invalid-request',
        `Searching by ${filter.kind} (“${filter.kind}:${filter.value}”) is not available yet.`,
      )
    }
    const value = key(filter.value)
    const column = (VERDICT_STATUSES as readonly string[]).includes(value)
      ? 'v.status = ?'
      : (VERDICT_RATINGS as readonly string[]).includes(value)
        ? 'v.rating = ?'
        : ANY.has(value)
          ? "? <> ''"
          : null
    if (!column) {
      throw new ServiceError(
        'invalid-request',
        `“verdict:${filter.value}” is not a verdict: use a status (${VERDICT_STATUSES.join(', ')}), a rating ` +
          `(${VERDICT_RATINGS.join(', ')}) or any.`,
      )
    }
    const rows = db
      .prepare(
        `SELECT DISTINCT c.article_id FROM verdict_claims c JOIN verdicts v ON v.id = c.verdict_id WHERE ${column}`,
      )
      .all(value) as { article_id: string }[]
    return rows.map((r) => r.article_id)
  }
}
