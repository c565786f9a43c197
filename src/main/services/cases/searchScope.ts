import { ServiceError } from '../errors'
import type { ScopeResolver } from '../search/search'
import type { Db } from '../store/db'
import { findCaseByName } from './cases'
import { articleIdsInCase } from './membership'

/**
 * Resolves a search's `case:NAME` filters to the articles of that case (named as cases are looked up:
 * ignoring letters' case and spacing). A case that does not exist is an error naming it rather than no
 * hits, so a misspelt name is not taken for an empty case. Other filters go to `next`, if any.
 */
export function caseScope(db: Db, next?: ScopeResolver): ScopeResolver {
  return (filter) => {
    if (filter.kind !== 'case') {
      if (next) return next(filter)
      throw new ServiceError('invalid-request', `Searching by ${filter.kind} (“${filter.kind}:${filter.value}”) is not available yet.`)
    }
    const found = findCaseByName(db, filter.value)
    if (!found) throw new ServiceError('not-found', `There is no case called “${filter.value}”.`)
    return articleIdsInCase(db, found.id)
  }
}
