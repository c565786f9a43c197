import { useId } from 'react'
import { SHORTCUT_GROUPS, SHORTCUTS, type Shortcut, type ShortcutId } from '../../../../../shared/shortcuts'
import { shortcutKeys } from '../../../lib/shortcuts'
import { helpActions } from '../store/actions'
import { useHelpStore } from '../store/state'
import { ModalFrame } from '../../../components/ModalFrame'

const ENTRIES = Object.entries(SHORTCUTS) as [ShortcutId, Shortcut][]

/** Help → Keyboard Shortcuts (or `?`): every shortcut of the app, grouped, from the one table the keys use. */
export function ShortcutsDialog() {
  const open = useHelpStore((s) => s.shortcutsOpen)
  if (!open) return null
  return <ShortcutsDialogContent />
}

function ShortcutsDialogContent() {
  const titleId = useId()
  return (
    <ModalFrame title="Keyboard shortcuts" className="shortcuts-dialog" onClose={helpActions.closeShortcuts}>
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
    </ModalFrame>
  )
}
