import { useEffect, useRef } from 'react'
import { casesActions } from '../../cases/store/actions'
import { useNotesStore } from '../../notes/store/state'
import { libraryActions } from '../store/actions'

/**
 * Keeps the list's note counts and the filters' tag choices in step with the notes of the open
 * article: when they change (a note added, deleted, tagged; an undo), the rows and the choices are
 * fetched again. Main receives each change before this fetch, so the fetch sees it. Opening
 * another article changes the notes shown, not the library, and fetches nothing.
 */
export function useListFollowsNotes(): void {
  const articleId = useNotesStore((s) => s.articleId)
  const annotations = useNotesStore((s) => s.annotations)
  const seen = useRef({ articleId, annotations })

  useEffect(() => {
    const before = seen.current
    seen.current = { articleId, annotations }
    if (before.articleId !== articleId || before.annotations === annotations || !articleId) return
    void casesActions.loadRows()
    void libraryActions.loadChoices()
  }, [articleId, annotations])
}
