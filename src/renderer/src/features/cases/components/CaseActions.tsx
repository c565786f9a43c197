import { useEffect, useRef } from 'react'
import { useLibraryStore } from '../../library/store/state'
import { casesActions } from '../store/actions'
import { scopeCase } from '../store/selectors'
import { useCasesStore } from '../store/state'

/**
 * What can be done from the keyboard as well as with the mouse: rename or delete the case shown
 * (deleting asks first), put the selected article in a case ("Add to case…") or take it out of
 * the case shown. `onDone` gives focus back to the case list when a menu or question closes.
 */
export function CaseActions({ onDone }: { onDone: () => void }) {
  const cases = useCasesStore((s) => s.cases)
  const shown = useCasesStore(scopeCase)
  const rows = useCasesStore((s) => s.rows)
  const confirmingDelete = useCasesStore((s) => s.confirmingDelete)
  const addMenuOpen = useCasesStore((s) => s.addMenuOpen)
  const selectedId = useLibraryStore((s) => s.selectedId)
  const selectedTitle = useLibraryStore((s) => s.articles.find((a) => a.id === s.selectedId)?.title)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const doomed = cases.find((c) => c.id === confirmingDelete)
  const selectedInShown = !!shown && !!rows?.some((r) => r.id === selectedId)

  useEffect(() => {
    if (doomed) confirmRef.current?.focus()
  }, [doomed])

  useEffect(() => {
    if (addMenuOpen) menuRef.current?.querySelector<HTMLElement>('button')?.focus()
  }, [addMenuOpen])

  function closeMenu() {
    casesActions.closeAddMenu()
    onDone()
  }

  return (
    <div className="case-actions">
      <div className="case-action-row">
        {shown && (
          <>
            <button
              type="button"
              className="button button-small"
              aria-label={`Rename the case “${shown.name}”`}
              onClick={() => casesActions.startRename(shown.id)}
            >
              Rename
            </button>
            <button
              type="button"
              className="button button-small"
              aria-label={`Delete the case “${shown.name}”`}
              onClick={() => casesActions.askDelete(shown.id)}
            >
              Delete
            </button>
          </>
        )}
        <button
          type="button"
          className="button button-small"
          aria-expanded={addMenuOpen}
          disabled={!selectedId || cases.length === 0}
          title={cases.length ? 'Put the open article in a case' : 'Create a case first'}
          onClick={() => (addMenuOpen ? closeMenu() : casesActions.openAddMenu())}
        >
          Add to case…
        </button>
        {shown && selectedInShown && selectedId && (
          <button
            type="button"
            className="button button-small"
            onClick={() => void casesActions.removeFromCase(shown.id, selectedId)}
          >
            Remove from case
          </button>
        )}
      </div>
      {doomed && (
        <div className="inset-box case-confirm" role="group" aria-label="Confirm deletion">
          <p>Delete the case “{doomed.name}”? Its articles stay in the library.</p>
          <button
            ref={confirmRef}
            type="button"
            className="button button-danger"
            onClick={() => void casesActions.confirmDelete().then(onDone)}
          >
            Delete case
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              casesActions.cancelDelete()
              onDone()
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {addMenuOpen && selectedId && (
        <div
          ref={menuRef}
          className="inset-box case-menu"
          role="group"
          aria-label={`Add “${selectedTitle ?? 'the article'}” to a case`}
          onKeyDown={(e) => {
            const buttons = [...(menuRef.current?.querySelectorAll<HTMLElement>('button') ?? [])]
            const at = buttons.indexOf(document.activeElement as HTMLElement)
            if (e.key === 'Escape') closeMenu()
            else if (e.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, at + 1)]?.focus()
            else if (e.key === 'ArrowUp') buttons[Math.max(0, at - 1)]?.focus()
            else return
            e.preventDefault()
          }}
        >
          {cases.map((c) => (
            <button
              key={c.id}
              type="button"
              className="menu-item"
              onClick={() => void casesActions.addToCase(c.id, selectedId).then(onDone)}
            >
              {c.name}
            </button>
          ))}
          <button type="button" className="menu-item" onClick={closeMenu}>
            Cancel
          </button>
        </div>
      )}
    </div>
  )
}
