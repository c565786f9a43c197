import { create } from 'zustand'
import type { ArticleSummary } from '../../../../../shared/model/article'

export interface LibraryState {
  articles: ArticleSummary[]
  /** The list is being fetched. */
  loading: boolean
  /** The list has been fetched at least once (so an empty list means an empty library). */
  loaded: boolean
  loadError: string | null
  /** An import is running. */
  importing: boolean
  filter: string
  selectedId: string | null
  /** Bumped to ask the filter box to take focus (the "find" command). */
  filterFocusRequest: number
}

export const initialLibraryState: LibraryState = {
  articles: [],
  loading: false,
  loaded: false,
  loadError: null,
  importing: false,
  filter: '',
  selectedId: null,
  filterFocusRequest: 0,
}

export const useLibraryStore = create<LibraryState>()(() => initialLibraryState)
