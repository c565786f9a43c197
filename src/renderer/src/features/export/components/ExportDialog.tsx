import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { CSV_ROWS } from '../../../../../shared/model/export'
import { useCasesStore } from '../../cases/store/state'
import { useCodebookStore } from '../../codebook/store/state'
import { exportActions } from '../store/actions'
import { availableScopes, CSV_ROW_CHOICES, FORMAT_PURPOSES } from '../store/selectors'
import { useExportStore, type ScopeKind } from '../store/state'
import { onModalKeyDown } from '../../../lib/modalKeys'

/** File → Export…: a format, what to export, the format's options, then progress with Cancel. */
export function ExportDialog() {
  const open = useExportStore((s) => s.open)
  if (!open) return null
  return <ExportDialogContent />
}

function ExportDialogContent() {
  const titleId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const s = useExportStore()
  const cases = useCasesStore((c) => c.cases)
  const codes = useCodebookStore((c) => c.codes)
  const scopes = availableScopes(s)
  const listed = s.context.listedIds.length
  const several = s.scope !== 'article' && !(s.scope === 'listed' && listed === 1)

  // Focus goes to the chosen format, and back where it was when the dialog closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    return () => {
      if (before?.isConnected) before.focus()
    }
  }, [])
  const formatsLoaded = s.formats !== null
  useEffect(() => {
    if (!formatsLoaded) return
    const first = dialogRef.current?.querySelector<HTMLElement>('input[name="export-format"]:checked, button')
    first?.focus()
  }, [formatsLoaded])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onModalKeyDown(event, dialogRef.current, () => exportActions.close())
  }

  const scopeLabel: Record<ScopeKind, string> = {
    article: `This article${s.context.articleTitle ? ` — “${s.context.articleTitle}”` : ''}`,
    listed: `The articles listed in the library (${listed})`,
    case: 'A case',
    code: 'The articles coded with a code',
    library: 'The whole library',
  }

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && exportActions.close()}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal export-dialog"
        onKeyDown={onKeyDown}
      >
        <header className="modal-header">
          <h2 id={titleId} className="modal-title">
            Export
          </h2>
        </header>
        <form
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault()
            void exportActions.run()
          }}
        >
          <fieldset className="export-fieldset" disabled={s.running}>
            <legend>Format</legend>
            {s.formats === null && <p className="export-muted">Loading the formats…</p>}
            {s.formats?.map((f) => (
              <label key={f.format} className="export-choice">
                <input
                  type="radio"
                  name="export-format"
                  value={f.format}
                  checked={s.format === f.format}
                  onChange={() => exportActions.setFormat(f.format)}
                />
                <span className="export-choice-text">
                  <span className="export-choice-label">
                    {f.label} <span className="export-muted">(.{f.extension})</span>
                  </span>
                  {FORMAT_PURPOSES[f.format] && <span className="export-muted">{FORMAT_PURPOSES[f.format]}</span>}
                </span>
              </label>
            ))}
          </fieldset>

          <fieldset className="export-fieldset" disabled={s.running}>
            <legend>What to export</legend>
            {scopes.map((kind) => (
              <div key={kind} className="export-scope">
                <label className="export-choice">
                  <input
                    type="radio"
                    name="export-scope"
                    value={kind}
                    checked={s.scope === kind}
                    onChange={() => exportActions.setScope(kind)}
                  />
                  <span className="export-choice-label">{scopeLabel[kind]}</span>
                </label>
                {kind === 'case' && s.scope === 'case' && (
                  <select
                    aria-label="Case to export"
                    className="export-picker"
                    value={s.caseId ?? ''}
                    onChange={(e) => exportActions.setCase(e.target.value || null)}
                  >
                    <option value="">{cases.length ? 'Choose a case…' : 'No cases yet'}</option>
                    {cases.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} ({c.articles})
                      </option>
                    ))}
                  </select>
                )}
                {kind === 'code' && s.scope === 'code' && (
                  <select
                    aria-label="Code to export"
                    className="export-picker"
                    value={s.codeId ?? ''}
                    onChange={(e) => exportActions.setCode(e.target.value || null)}
                  >
                    <option value="">{codes.length ? 'Choose a code…' : 'No codes yet'}</option>
                    {codes.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.path.join(' / ')} ({c.articles})
                      </option>
                    ))}
                  </select>
                )}
              </div>
            ))}
          </fieldset>

          {s.format === 'md' && several && (
            <fieldset className="export-fieldset" disabled={s.running}>
              <legend>Options</legend>
              <label className="export-choice">
                <input type="checkbox" checked={s.folder} onChange={(e) => exportActions.setFolder(e.target.checked)} />
                <span className="export-choice-label">
                  One note per article in a folder, with an index note (for an Obsidian vault)
                </span>
              </label>
            </fieldset>
          )}

          {s.format === 'csv' && (
            <fieldset className="export-fieldset" disabled={s.running}>
              <legend>Rows</legend>
              {CSV_ROWS.map((rows) => (
                <label key={rows} className="export-choice">
                  <input
                    type="radio"
                    name="export-rows"
                    value={rows}
                    checked={s.rows === rows}
                    onChange={() => exportActions.setRows(rows)}
                  />
                  <span className="export-choice-text">
                    <span className="export-choice-label">{CSV_ROW_CHOICES[rows].label}</span>
                    <span className="export-muted">{CSV_ROW_CHOICES[rows].purpose}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}

          {s.error && (
            <p className="export-error" role="alert">
              {s.error}
            </p>
          )}
          {s.running && (
            <div className="export-progress" aria-live="polite">
              <span>
                {s.cancelling
                  ? 'Cancelling…'
                  : s.progress
                    ? `Exporting ${s.progress.done} of ${s.progress.total} articles…`
                    : 'Choose where to save…'}
              </span>
              {s.progress && (
                <progress
                  className="export-progress-bar"
                  aria-label="Export progress"
                  max={s.progress.total}
                  value={s.progress.done}
                />
              )}
            </div>
          )}
          <div className="button-row export-buttons">
            {s.running ? (
              <button type="button" className="button" disabled={s.cancelling} onClick={() => void exportActions.cancel()}>
                Cancel export
              </button>
            ) : (
              <>
                <button type="button" className="button" onClick={exportActions.close}>
                  Close
                </button>
                <button type="submit" className="button button-primary" disabled={!s.formats?.length}>
                  Export…
                </button>
              </>
            )}
          </div>
        </form>
      </div>
    </div>
  )
}
