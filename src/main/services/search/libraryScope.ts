import { caseScope } from '../cases/searchScope'
import { codeScope } from '../codebook/searchScope'
import type { Db } from '../store/db'
import { verdictScope } from '../verdicts/searchScope'
import type { ScopeResolver } from './search'

/** The search filters that name things of the library (`case:`, `code:`, `verdict:`), each resolved by its own service. */
export function libraryScope(db: Db): ScopeResolver {
  return caseScope(db, codeScope(db, verdictScope(db)))
}
