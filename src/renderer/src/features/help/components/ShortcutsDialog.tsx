import { useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { SHORTCUT_GROUPS, SHORTCUTS, type Shortcut, type ShortcutId } from '../../../../../shared/shortcuts'
import { shortcutKeys } from '../../../lib/shortcuts'
import { helpActions } from '../store/actions'
import { useHelpStore } from '../store/state'
import { onModalKeyDown, useDialogFocus } from '../../../lib/modalKeys'

const ENTRIES = Object.entries(SHORTCUTS) as [ShortcutId, Shortcut][]

/** Help → Keyboard Shortcuts (or `?`): every shortcut of the app, grouped, from the one table the keys use. */
export function ShortcutsDialog() {
  const open = useHelpStore((s) => s.shortcutsOpen)
  if (!open) return null
  return <ShortcutsDialogContent />
}

function ShortcutsDialogContent() {
  const titleId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)

  useDialogFocus(closeRef)

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onModalKeyDown(event, dialogRef.current, () => helpActions.closeShortcuts())
  }

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && helpActions.closeShortcuts()}
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal shortcuts-dialog"
        onKeyDown={onKeyDown}
      >
        <header className="modal-header">
          <h2 id={titleId} className="modal-title">
            Keyboard shortcuts
          </h2>
          <button
            ref={closeRef}
            type="button"
            className="button button-small"
            onClick={helpActions.closeShortcuts}
          >
            Close
          </button>
        </header>
        {/* The list scrolls when the window is short; it takes focus so the keyboard can scroll it. */}
        <div className="shortcuts-body" tabIndex={0} role="group" aria-label="Shortcuts list">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group} className="shortcuts-group" aria-labelledby={`${titleId}-${group}`}>
              <h3 id={`${titleId}-${group}`} className="shortcuts-group-title">
                {group}
              </h3>
              <table className="shortcuts-table">
                <tbody>
                  {ENTRIES.filter(([, s]) => s.group === group).map(([id, shortcut]) => (
                    <tr key={id} data-shortcut={id}>
                      <th scope="row" className="shortcuts-action">
                        {shortcut.description}
                        {shortcut.where && <span className="shortcuts-where"> ({shortcut.where})</span>}
                      </th>
                      <td className="shortcuts-keys">
                        {shortcutKeys(id).map((keys, i) => (
                          <span key={keys}>
                            {i > 0 && <span className="shortcuts-or"> or </span>}
                            <kbd>{keys}</kbd>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </div>
  )
}
