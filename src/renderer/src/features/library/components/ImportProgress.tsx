import { libraryActions } from '../store/actions'
import type { ImportProgress as Progress } from '../store/state'

/** The progress of a folder import: count, the file being read, and a way to stop it. */
export function ImportProgress({ progress, cancelling }: { progress: Progress | null; cancelling: boolean }) {
  const total = progress?.total ?? 0
  const done = progress?.done ?? 0
  return (
    <div className="import-progress">
      <div className="import-progress-line">
        <span>{progress ? (total ? `Importing ${Math.min(done + 1, total)} of ${total}` : 'Looking for files…') : 'Importing…'}</span>
        {progress && (
          <button
            type="button"
            className="button button-small"
            onClick={() => void libraryActions.cancelImport()}
            disabled={cancelling}
          >
            {cancelling ? 'Stopping…' : 'Cancel import'}
          </button>
        )}
      </div>
      {progress && (
        <>
          <progress
            className="import-progress-bar"
            aria-label="Import progress"
            max={Math.max(total, 1)}
            value={done}
          />
          {progress.current && (
            <p className="import-progress-file" title={progress.current}>
              {progress.current}
            </p>
          )}
          {progress.failed > 0 && <p className="import-progress-failed">{progress.failed} failed so far</p>}
        </>
      )}
    </div>
  )
}
