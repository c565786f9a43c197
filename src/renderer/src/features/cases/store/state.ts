import { create } from 'zustand'
import type { ArticleListRow, ArticleSortKey } from '../../../../../shared/model/articleList'
import type { Case } from '../../../../../shared/model/case'

/** Which articles the library list shows: all of them, those in no case, or one case's. */
export type CaseScope = { kind: 'all' } | { kind: 'unfiled' } | { kind: 'case'; id: string }

/** The inline name field: a new case being named, or a case being renamed. */
export type CaseNameEdit = { mode: 'create' } | { mode: 'rename'; id: string }

export interface CasesState {
  cases: Case[]
  /** How many articles the library holds. */
  all: number
  /** How many are in no case. */
  unfiled: number
  scope: CaseScope
  sort: ArticleSortKey
  /** The articles of the scope in the chosen order; null until first fetched. */
  rows: ArticleListRow[] | null
  editing: CaseNameEdit | null
  /** Why the name typed was refused (a duplicate, too long), shown under the field. */
  editError: string | null
  /** The case whose deletion waits for the person to confirm it. */
  confirmingDelete: string | null
  /** The "Add to case…" menu is open for the selected article. */
  addMenuOpen: boolean
}

export const initialCasesState: CasesState = {
  cases: [],
  all: 0,
  unfiled: 0,
  scope: { kind: 'all' },
  sort: 'published',
  rows: null,
  editing: null,
  editError: null,
  confirmingDelete: null,
  addMenuOpen: false,
}

export const useCasesStore = create<CasesState>()(() => initialCasesState)
