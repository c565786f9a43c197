import { useId } from 'react'
import { ModalFrame } from '../../../components/ModalFrame'
import { settingsActions } from '../store/actions'
import { useSettingsStore } from '../store/state'

/** Settings (Ctrl/Cmd+,): where the library is kept, and moving it. */
export function SettingsDialog() {
  const open = useSettingsStore((s) => s.open)
  const location = useSettingsStore((s) => s.location)
  const moving = useSettingsStore((s) => s.moving)
  const message = useSettingsStore((s) => s.message)
  const error = useSettingsStore((s) => s.error)
  const headingId = useId()
  if (!open) return null
  return (
    <ModalFrame title="Settings" className="settings-dialog" onClose={settingsActions.close}>
      <section className="settings-body" aria-labelledby={headingId}>
        <h3 id={headingId} className="settings-heading">
          Library location
        </h3>
        <p>Your articles, notes, codes and verdicts are kept in:</p>
        <p className="settings-folder">
          <code data-setting="library-folder">{location?.folder ?? '…'}</code>
          {location && location.folder === location.defaultFolder && (
            <span className="settings-muted"> (the default)</span>
          )}
        </p>
        {/* Not disabled while moving: a disabled button drops the focus out of the dialog, and Escape with it. */}
        <button
          type="button"
          className="button"
          aria-disabled={moving || !location}
          onClick={() => location && void settingsActions.moveLibrary()}
        >
          {moving ? 'Moving the library…' : 'Move Library…'}
        </button>
        <p className="settings-muted">
          Dossier copies the library into the folder you choose, checks the copy, and only then removes it
          from the old place. The <code>dossier</code> command follows it.
        </p>
        {message && (
          <p role="status" className="settings-message">
            {message}
          </p>
        )}
        {error && (
          <p role="alert" className="settings-error">
            {error}
          </p>
        )}
      </section>
    </ModalFrame>
  )
}
