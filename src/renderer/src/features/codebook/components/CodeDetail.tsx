import { useEffect, useId, useRef, useState } from 'react'
import type { CodebookEntry } from '../../../../../shared/model/codebook'
import { ColourPicker } from '../../notes/components/ColourPicker'
import { codebookActions } from '../store/actions'
import { codePath, moveTargets, selectedCode } from '../store/selectors'
import { useCodebookStore } from '../store/state'
import { NewCodeField } from './CodebookTree'
import { CodeReports } from './CodeReports'

/** The selected code: its name, colour, description, place in the tree; then what it codes. */
export function CodeDetail() {
  const code = useCodebookStore(selectedCode)
  if (!code) {
    return (
      <section className="code-detail" aria-label="Code">
        <p className="empty-state">Choose a code to see every passage coded with it.</p>
      </section>
    )
  }
  return (
    <section className="code-detail" aria-label={`Code “${code.name}”`}>
      {/* Keyed by its last change: the fields start from what is stored after every save or undo. */}
      <CodeEditor key={`${code.id}-${code.updatedAt}-${code.parentId}`} code={code} />
      <CodeReports code={code} />
    </section>
  )
}

function CodeEditor({ code }: { code: CodebookEntry }) {
  const codes = useCodebookStore((s) => s.codes)
  const editError = useCodebookStore((s) => s.editError)
  const creating = useCodebookStore((s) => s.creating)
  const confirming = useCodebookStore((s) => s.confirmingDelete === code.id)
  const [name, setName] = useState(code.name)
  const [description, setDescription] = useState(code.description)
  const [target, setTarget] = useState(code.parentId ?? '')
  const confirmRef = useRef<HTMLButtonElement>(null)
  const ids = useId()
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  const rename = () => {
    if (name.trim() && name !== code.name) void codebookActions.update(code.id, { name })
  }
  return (
    <div className="code-editor">
      <h2 className="pane-title">{codePath(code)}</h2>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-name`}>
          Name
        </label>
        <input
          id={`${ids}-name`}
          className="text-input"
          value={name}
          aria-invalid={editError ? true : undefined}
          onChange={(e) => setName(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              rename()
            }
          }}
        />
        {editError && !creating && (
          <p className="field-error" role="alert">
            {editError}
          </p>
        )}
      </div>
      <ColourPicker
        value={code.color}
        onChange={(color) => void codebookActions.update(code.id, { color })}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-description`}>
          Description
        </label>
        <textarea
          id={`${ids}-description`}
          className="text-input"
          rows={3}
          value={description}
          placeholder="What the code means and when to apply it"
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => {
            if (description !== code.description) void codebookActions.update(code.id, { description })
          }}
        />
      </div>
      <div className="code-move">
        <label className="field-label" htmlFor={`${ids}-move`}>
          Move to
        </label>
        <select
          id={`${ids}-move`}
          className="text-input"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          {moveTargets(codes, code.id).map((c) => (
            <option key={c?.id ?? 'top'} value={c?.id ?? ''}>
              {c ? codePath(c) : 'The top level'}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          disabled={target === (code.parentId ?? '')}
          onClick={() => void codebookActions.move(code.id, target || null)}
        >
          Move
        </button>
      </div>
      <div className="code-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => codebookActions.startCreate(code.id)}
        >
          New code under it
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => codebookActions.askDelete(code.id)}
        >
          Delete code
        </button>
      </div>
      {creating?.parentId === code.id && (
        <NewCodeField error={editError} label={`New code under “${code.name}”`} />
      )}
      {confirming && (
        <div className="inset-box" role="group" aria-label="Confirm deletion">
          <p>{`Delete the code “${code.name}”? Its passages stay highlighted; codes under it move up.`}</p>
          <button
            ref={confirmRef}
            type="button"
            className="button button-small button-danger"
            onClick={() => void codebookActions.confirmDelete()}
          >
            Delete
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => codebookActions.cancelDelete()}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  )
}
