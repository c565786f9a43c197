import { useEffect, useRef } from 'react'
import { casesActions } from '../../cases/store/actions'
import { useNotesStore } from '../../notes/store/state'
import { libraryActions } from '../store/actions'
import { hasFilters } from '../store/listFilters'
import { useLibraryStore } from '../store/state'

/**
 * Keeps the list's note counts and the filters' tag choices in step with the notes of the open
 * article: when they change (a note added, deleted, tagged; an undo), the open article's row takes
 * their count and the choices are fetched again. Only while a filter narrows the list are its rows
 * fetched again too, as a note may bring the article into it or take it out: otherwise each new
 * highlight would fetch every row of the library (2.4 MB of JSON at 10,000 articles). Main receives
 * each change before these fetches, so they see it. Opening another article changes the notes
 * shown, not the library, and fetches nothing.
 */
export function useListFollowsNotes(): void {
  const articleId = useNotesStore((s) => s.articleId)
  const annotations = useNotesStore((s) => s.annotations)
  const seen = useRef({ articleId, annotations })

  useEffect(() => {
    const before = seen.current
    seen.current = { articleId, annotations }
    if (before.articleId !== articleId || before.annotations === annotations || !articleId) return
    if (hasFilters(useLibraryStore.getState().listFilters)) void casesActions.loadRows()
    else casesActions.setNoteCount(articleId, annotations.length)
    void libraryActions.loadChoices()
  }, [articleId, annotations])
}
