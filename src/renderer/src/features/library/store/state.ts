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
  /** How far a folder import has got; null when none is running. */
  progress: ImportProgress | null
  /** The user asked to stop the folder import; it stops after the current file. */
  cancelling: boolean
  filter: string
  selectedId: string | null
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
}

export interface ImportProgress {
  done: number
  total: number
  current: string | null
  failed: number
}

export const useLibraryStore = create<LibraryState>()(() => initialLibraryState)
