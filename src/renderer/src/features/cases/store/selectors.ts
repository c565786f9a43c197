import type { ArticleRowsRequest } from '../../../../../shared/ipc/contract'
import type { ArticleListQuery, ArticleSortKey, SortDirection } from '../../../../../shared/model/articleList'
import type { Case } from '../../../../../shared/model/case'
import type { CaseScope, CasesState } from './state'

/** Names of the sort choices, in the order the control offers them. */
export const SORT_LABELS: Record<ArticleSortKey, string> = {
  published: 'Date published',
  imported: 'Date added',
  title: 'Title',
  publisher: 'Publisher',
}

/** Dates newest first, names A to Z. */
const DIRECTION: Record<ArticleSortKey, SortDirection> = {
  title: 'asc',
  publisher: 'asc',
  published: 'desc',
  imported: 'desc',
}

/** The list query for the scope, order and filters chosen. */
export function rowsQuery(
  scope: CaseScope,
  sort: ArticleSortKey,
  filters: ArticleListQuery = {},
): ArticleRowsRequest {
  const query: ArticleRowsRequest = { ...filters, sort, direction: DIRECTION[sort] }
  if (scope.kind === 'unfiled') query.unfiled = true
  if (scope.kind === 'case') query.caseId = scope.id
  return query
}

export function sameScope(a: CaseScope, b: CaseScope): boolean {
  return a.kind === b.kind && (a.kind !== 'case' || (b.kind === 'case' && a.id === b.id))
}

/** The case the list is showing, if it shows one. */
export function scopeCase(state: Pick<CasesState, 'scope' | 'cases'>): Case | undefined {
  const { scope } = state
  return scope.kind === 'case' ? state.cases.find((c) => c.id === scope.id) : undefined
}

/** "3 articles", "1 article". */
export function articleCount(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`
}
