import { ServiceError } from '../errors'
import type { ScopeResolver } from '../search/search'
import type { Db } from '../store/db'
import { findCaseByName } from './cases'
import { articleIdsInCase } from './membership'

/**
 * Resolves a search's `case:NAME` filters to the articles of that case (named as cases are looked up:
 * ignoring letters' case and spacing). A case that does not exist is an error naming it rather than no
 * hits, so a misspelt name is not taken for an empty case. `code:` and `verdict:` stay refused until
 * codes and verdicts exist.
 */
export function caseScope(db: Db): ScopeResolver {
  return (filter) => {
    if (filter.kind !== 'case') {
      throw new ServiceError('invalid-request', `Searching by ${filter.kind} (“${filter.kind}:${filter.value}”) is not available yet.`)
    }
    const found = findCaseByName(db, filter.value)
    if (!found) throw new ServiceError('not-found', `There is no case called “${filter.value}”.`)
    return articleIdsInCase(db, found.id)
  }
}
