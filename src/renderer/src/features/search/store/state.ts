import { create } from 'zustand'
import type { SearchHit } from '../../../../../shared/model/search'
import type { TextSpan } from '../../reader/store/state'

/** Matches the reader marks in one article, from a library search hit or from the find box. */
export interface ReaderMatches {
  articleId: string
  spans: TextSpan[]
  /** The match F3 / Shift+F3 moved to (index into `spans`). */
  current: number
  from: 'library' | 'find'
}

export interface SearchState {
  /** What is typed in the library search box. */
  query: string
  status: 'idle' | 'searching' | 'done' | 'error'
  hits: SearchHit[]
  /** The query the hits answer. */
  searched: string
  error: string | null
  /** The result that takes Tab in the list (↑/↓ move it). */
  activeHit: number
  /** Bumped to ask the search box to take focus (a shortcut). */
  focusRequest: number
  matches: ReaderMatches | null
  findOpen: boolean
  findQuery: string
  /** Bumped to ask the find box to take focus (Ctrl/Cmd+F while it is open). */
  findFocusRequest: number
}

export const initialSearchState: SearchState = {
  query: '',
  status: 'idle',
  hits: [],
  searched: '',
  error: null,
  activeHit: 0,
  focusRequest: 0,
  matches: null,
  findOpen: false,
  findQuery: '',
  findFocusRequest: 0,
}

export const useSearchStore = create<SearchState>()(() => initialSearchState)
