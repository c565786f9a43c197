import { useState } from 'react'
import type { CodebookEntry } from '../../../../../shared/model/codebook'
import { codebookActions } from '../store/actions'
import { useCodebookStore } from '../store/state'

const DRAG_TYPE = 'application/x-dossier-code'

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** The codebook as a tree: select a code to see it; drag a code onto another to put it under that one. */
export function CodebookTree() {
  const codes = useCodebookStore((s) => s.codes)
  const selectedId = useCodebookStore((s) => s.selectedId)
  const creating = useCodebookStore((s) => s.creating)
  const editError = useCodebookStore((s) => s.editError)
  const colorFollowsCode = useCodebookStore((s) => s.colorFollowsCode)
  const [dropOn, setDropOn] = useState<string | null>(null)

  function drop(event: React.DragEvent, parentId: string | null) {
    const id = event.dataTransfer.getData(DRAG_TYPE)
    setDropOn(null)
    if (!id || id === parentId) return
    event.preventDefault()
    void codebookActions.move(id, parentId)
  }
  const over = (key: string) => (event: React.DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return
    event.preventDefault()
    setDropOn(key)
  }

  return (
    <section className="codebook-tree" aria-label="Codebook">
      <div className="codebook-head">
        <h2 className="pane-title">Codebook</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => codebookActions.startCreate(null)}
        >
          New code
        </button>
      </div>
      <label className="codebook-setting">
        <input
          type="checkbox"
          checked={colorFollowsCode}
          onChange={(e) => codebookActions.setColorFollowsCode(e.target.checked)}
        />
        Highlight colour follows the first code
      </label>
      {creating && creating.parentId === null && <NewCodeField error={editError} />}
      {codes.length === 0 ? (
        <p className="empty-state">No codes yet. Select text in an article and press C to code it.</p>
      ) : (
        <ul className="code-rows" aria-label="Codes">
          {codes.map((c) => (
            <li
              key={c.id}
              className={`code-row${c.id === selectedId ? ' is-selected' : ''}${dropOn === c.id ? ' is-drop-target' : ''}`}
              style={{ paddingInlineStart: `${0.5 + c.depth * 1.25}rem` }}
              draggable
              data-code-id={c.id}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, c.id)
                e.dataTransfer.effectAllowed = 'move'
              }}
              onDragOver={over(c.id)}
              onDragLeave={() => setDropOn(null)}
              onDrop={(e) => drop(e, c.id)}
            >
              <CodeRowButton code={c} selected={c.id === selectedId} />
            </li>
          ))}
        </ul>
      )}
      {codes.length > 0 && (
        <div
          className={`code-top-drop${dropOn === 'top' ? ' is-drop-target' : ''}`}
          onDragOver={over('top')}
          onDragLeave={() => setDropOn(null)}
          onDrop={(e) => drop(e, null)}
        >
          Drop here to move a code to the top level
        </div>
      )}
    </section>
  )
}

function CodeRowButton({ code, selected }: { code: CodebookEntry; selected: boolean }) {
  return (
    <button
      type="button"
      className="code-row-button"
      aria-pressed={selected}
      onClick={() => void codebookActions.select(code.id)}
    >
      <span className={`swatch-dot swatch-${code.color}`} aria-hidden="true" />
      <span className="code-row-name">{code.name}</span>
      <span className="code-row-counts">{`${plural(code.passages, 'passage')} · ${plural(code.articles, 'article')}`}</span>
    </button>
  )
}

/** The name field of a new code: Enter creates it, Escape gives up. */
export function NewCodeField({ error, label = 'New code name' }: { error: string | null; label?: string }) {
  const [name, setName] = useState('')
  return (
    <form
      className="code-name-form"
      onSubmit={(e) => {
        e.preventDefault()
        void codebookActions.create(name).then((made) => made && setName(''))
      }}
    >
      <input
        className="text-input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={name}
        autoFocus
        placeholder="Code name"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            codebookActions.cancelEdit()
          }
        }}
      />
      <button type="submit" className="button button-small">
        Create
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
