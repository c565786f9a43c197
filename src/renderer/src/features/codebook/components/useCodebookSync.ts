import { useEffect } from 'react'
import { useLibraryStore } from '../../library/store/state'
import { useNotesStore } from '../../notes/store/state'
import { useWorkspaceStore } from '../../workspace/store/state'
import { codebookActions } from '../store/actions'

/**
 * Keeps the codebook loaded, and the open article's highlight codes with it: a highlight put back by an undo
 * brings its codes back, so they are fetched again whenever the highlights change. Imports bring codes too (a
 * REFI-QDA project or codebook, a backup, annotations with codes), and each import reloads the library list, so
 * the codebook is fetched again with it, and whenever the Codes view is shown.
 */
export function useCodebookSync(): void {
  const articleId = useNotesStore((s) => s.articleId)
  const highlights = useNotesStore((s) => s.annotations.length)
  const libraryList = useLibraryStore((s) => s.articles)
  const codesShown = useWorkspaceStore((s) => s.view === 'codes')
  useEffect(() => {
    void codebookActions.refresh()
  }, [libraryList, codesShown])
  useEffect(() => {
    void codebookActions.loadArticle(articleId)
  }, [articleId, highlights])
}
