import { create } from 'zustand'
import type { Judgement } from '../../../../../shared/ipc/contract'
import type {
  BoardClaim,
  ClaimRef,
  SameClaim,
  Verdict,
  VerdictRating,
  VerdictStatus,
} from '../../../../../shared/model/verdict'

/** The claim the verdict editor judges: its span, its words and its article's title. */
export interface EditedClaim extends ClaimRef {
  text: string
  articleTitle: string
}

export interface BoardFilter {
  /** null: the whole library. */
  caseId: string | null
  status: VerdictStatus | null
  rating: VerdictRating | null
}

export interface VerdictsState {
  /** The article open in the reader, and its judged claims (the reader marks them). */
  articleId: string | null
  marks: BoardClaim[]
  /** The claim in the verdict editor, its verdict (null: not judged yet) and the same claim in other articles. */
  editing: EditedClaim | null
  verdict: Verdict | null
  editorStatus: 'idle' | 'loading' | 'ready' | 'error'
  editorError: string | null
  /** The conclusion as typed, until it is saved. */
  conclusionDraft: string | null
  /** Status and rating chosen but not saved yet: the editor shows them at once, and the next change builds on them. */
  pending: Judgement | null
  same: SameClaim[]
  /** The evidence item waiting for "Remove" to be confirmed. */
  confirmingRemoval: string | null
  board: BoardClaim[]
  boardStatus: 'idle' | 'loading' | 'ready' | 'error'
  boardError: string | null
  boardFilter: BoardFilter
}

export const initialVerdictsState: VerdictsState = {
  articleId: null,
  marks: [],
  editing: null,
  verdict: null,
  editorStatus: 'idle',
  editorError: null,
  conclusionDraft: null,
  pending: null,
  same: [],
  confirmingRemoval: null,
  board: [],
  boardStatus: 'idle',
  boardError: null,
  boardFilter: { caseId: null, status: null, rating: null },
}

export const useVerdictsStore = create<VerdictsState>()(() => initialVerdictsState)
