import { useEffect } from 'react'
import { useNotesStore } from '../../notes/store/state'
import { codebookActions } from '../store/actions'

/**
 * Keeps the codebook loaded, and the open article's highlight codes with it: a highlight put back by an undo
 * brings its codes back, so they are fetched again whenever the highlights change.
 */
export function useCodebookSync(): void {
  const articleId = useNotesStore((s) => s.articleId)
  const highlights = useNotesStore((s) => s.annotations.length)
  useEffect(() => {
    void codebookActions.refresh()
  }, [])
  useEffect(() => {
    void codebookActions.loadArticle(articleId)
  }, [articleId, highlights])
}
