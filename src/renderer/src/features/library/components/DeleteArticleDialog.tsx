import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { UNDO_SHORTCUT } from '../../../lib/dom'
import { onModalKeyDown } from '../../../lib/modalKeys'
import { libraryActions } from '../store/actions'
import { deletedWith } from '../store/listFilters'
import { useLibraryStore } from '../store/state'

/**
 * Asks before an article is deleted, naming it and what goes with it. Escape or Cancel keeps it;
 * Tab stays inside. Focus goes back to the list when the question closes.
 */
export function DeleteArticleDialog() {
  const request = useLibraryStore((s) => s.confirmingDelete)
  if (!request) return null
  return <DeleteArticleQuestion title={request.title} notes={request.notes} />
}

function DeleteArticleQuestion({ title, notes }: { title: string; notes: number }) {
  const titleId = useId()
  const textId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    confirmRef.current?.focus()
    return () => {
      // The row deleted is gone: focus the list's current row instead.
      const target = before?.isConnected
        ? before
        : document.querySelector<HTMLElement>(
            '.article-list [tabindex="0"], .article-list-scroller[tabindex="0"]',
          )
      target?.focus()
    }
  }, [])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onModalKeyDown(event, dialogRef.current, () => libraryActions.cancelDelete())
  }

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && libraryActions.cancelDelete()}
    >
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="modal delete-article-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal-title">
          Delete “{title}”?
        </h2>
        <p id={textId} className="delete-article-text">
          {deletedWith(notes)} Its case memberships and verdicts on its claims go too. You can undo this with
          {UNDO_SHORTCUT}.
        </p>
        <div className="delete-article-actions">
          <button type="button" className="button" onClick={() => libraryActions.cancelDelete()}>
            Cancel
          </button>
          <button
            ref={confirmRef}
            type="button"
            className="button button-danger"
            onClick={() => void libraryActions.confirmDelete()}
          >
            Delete article
          </button>
        </div>
      </div>
    </div>
  )
}
