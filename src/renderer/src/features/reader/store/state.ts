import { create } from 'zustand'
import type { Article } from '../../../../../shared/model/article'
import type { OriginalFile } from '../../../../../shared/model/import'

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
  /** The original file shown in the "View original" panel, while it is open. */
  original: OriginalFile | null
  /** Re-extraction of the open article is running. */
  reextracting: boolean
  /** Bumped to ask the article text to take focus (a shortcut). */
  focusRequest: number
}

export const initialReaderState: ReaderState = {
  status: 'empty',
  articleId: null,
  article: null,
  error: null,
  selection: null,
  original: null,
  reextracting: false,
  focusRequest: 0,
}

export const useReaderStore = create<ReaderState>()(() => initialReaderState)
