import { useEffect, useId, useRef } from 'react'
import { shortcutHint } from '../../../lib/shortcuts'
import { readerActions } from '../../reader/store/actions'
import { useReaderStore } from '../../reader/store/state'
import { searchActions } from '../store/actions'
import { matchesIn, matchPosition } from '../store/selectors'
import { useSearchStore } from '../store/state'

/**
 * Above the reader: the find box (Ctrl/Cmd+F) with its match count, or, after opening a library search
 * result, that search's matches in the article. Both step with F3 / Shift+F3 and close with Escape.
 */
export function FindBar() {
  const findOpen = useSearchStore((s) => s.findOpen)
  const findQuery = useSearchStore((s) => s.findQuery)
  const findFocusRequest = useSearchStore((s) => s.findFocusRequest)
  const matches = useSearchStore((s) => s.matches)
  const articleId = useReaderStore((s) => s.article?.id)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const shown = matchesIn(matches, articleId)

  useEffect(() => {
    if (findFocusRequest) {
      inputRef.current?.focus()
      inputRef.current?.select()
    }
  }, [findFocusRequest])

  // Another article opened while the box is open: find the same words in it.
  useEffect(() => {
    const { findOpen, findQuery } = useSearchStore.getState()
    if (findOpen && articleId) searchActions.setFindQuery(findQuery)
  }, [articleId])

  const librarySearch = !findOpen && shown && matches?.from === 'library'
  if (!findOpen && !librarySearch) return null

  function close() {
    if (findOpen) searchActions.closeFind()
    else searchActions.clearMatches()
    readerActions.focusText()
  }

  return (
    <div className="find-bar" role="search" aria-label={findOpen ? 'Find in the article' : 'Search matches'}>
      {findOpen ? (
        <>
          <label htmlFor={inputId} className="visually-hidden">
            Find in the article
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            className="text-input find-input"
            placeholder="Find in the article"
            value={findQuery}
            onChange={(e) => searchActions.setFindQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                searchActions.step(e.shiftKey ? -1 : 1)
              } else if (e.key === 'Escape') {
                e.preventDefault()
                close()
              }
            }}
            autoComplete="off"
            spellCheck={false}
          />
        </>
      ) : (
        <span className="find-label">Search matches</span>
      )}
      <span className="find-count" role="status">
        {findOpen && !findQuery.trim() ? '' : matchPosition(shown ? matches : null)}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => searchActions.step(-1)}
        disabled={!shown}
        title={`Previous match (${shortcutHint('find-previous')})`}
      >
        Previous
      </button>
      <button
        type="button"
        className="button"
        onClick={() => searchActions.step(1)}
        disabled={!shown}
        title={`Next match (${shortcutHint('find-next')})`}
      >
        Next
      </button>
      <button type="button" className="button" onClick={close} title="Close (Esc)">
        Close
      </button>
    </div>
  )
}
