import { create } from 'zustand'
import type { Article } from '../../../../../shared/model/article'

/** A selection in the article, as UTF-16 offsets into `Article.text` (end exclusive). */
export interface TextSpan {
  start: number
  end: number
}

export interface ReaderState {
  status: 'empty' | 'loading' | 'ready' | 'error'
  /** The article being opened or shown. */
  articleId: string | null
  article: Article | null
  error: string | null
  /** The user's current text selection inside the article, if any. */
  selection: TextSpan | null
}

export const initialReaderState: ReaderState = {
  status: 'empty',
  articleId: null,
  article: null,
  error: null,
  selection: null,
}

export const useReaderStore = create<ReaderState>()(() => initialReaderState)
