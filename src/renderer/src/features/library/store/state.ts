import { create } from 'zustand'
import type { ArticleSummary } from '../../../../../shared/model/article'
import type { ArticleListChoices, ArticleListQuery } from '../../../../../shared/model/articleList'

export interface LibraryState {
  articles: ArticleSummary[]
  /** The list is being fetched. */
  loading: boolean
  /** The list has been fetched at least once (so an empty list means an empty library). */
  loaded: boolean
  loadError: string | null
  /** An import is running. */
  importing: boolean
  /** How far a folder import has got; null when none is running. */
  progress: ImportProgress | null
  /** The user asked to stop the folder import; it stops after the current file. */
  cancelling: boolean
  filter: string
  selectedId: string | null
  /** The list's filters (publisher, tag, code, notes, verdict); the case scope and order are the cases store's. */
  listFilters: ListFilters
  /** The values the filters offer, with their counts; null until fetched. */
  choices: ArticleListChoices | null
  /** The article whose deletion waits for the person to confirm it. */
  confirmingDelete: DeleteRequest | null
}

export type ListFilters = Pick<ArticleListQuery, 'publisher' | 'tag' | 'code' | 'hasNotes' | 'verdict'>

/** What the confirmation names: the article and what goes with it. */
export interface DeleteRequest {
  id: string
  title: string
  notes: number
}

export const initialLibraryState: LibraryState = {
  articles: [],
  loading: false,
  loaded: false,
  loadError: null,
  importing: false,
  progress: null,
  cancelling: false,
  filter: '',
  selectedId: null,
  listFilters: {},
  choices: null,
  confirmingDelete: null,
}

export interface ImportProgress {
  done: number
  total: number
  current: string | null
  failed: number
}

export const useLibraryStore = create<LibraryState>()(() => initialLibraryState)
