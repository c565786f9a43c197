import { useId, useMemo, useState } from 'react'
import { codebookActions } from '../store/actions'
import { codePath, exactCode, matchingCodes } from '../store/selectors'
import { type CodingTarget, useCodebookStore } from '../store/state'

/**
 * "Code this passage as…": a combobox over the codebook. Typing filters the codes, the arrow keys move in the
 * list, Enter codes with the active one, or creates a code of the name typed when none matches it exactly.
 */
export function CodingBox() {
  const coding = useCodebookStore((s) => s.coding)
  // Keyed by what it codes: each opening starts with an empty field.
  return coding ? <CodingCombobox key={JSON.stringify(coding)} coding={coding} /> : null
}

function CodingCombobox({ coding }: { coding: CodingTarget }) {
  const codes = useCodebookStore((s) => s.codes)
  const [typed, setTyped] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const optionId = (i: number) => `${listId}-option-${i}`

  const matches = useMemo(() => matchingCodes(codes, typed), [codes, typed])
  const creates = typed.trim() !== '' && !exactCode(codes, typed)
  // The options: the matching codes, then "Create “…”" when the name typed is new.
  const count = matches.length + (creates ? 1 : 0)

  function choose(index: number) {
    if (index < matches.length) void codebookActions.applyCoding({ codeId: matches[index].id })
    else if (creates) void codebookActions.applyCoding({ name: typed })
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (count) setActive((at) => (at + (event.key === 'ArrowDown' ? 1 : count - 1)) % count)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(Math.min(active, count - 1))
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      codebookActions.closeCoding()
    }
  }

  const what = coding.kind === 'selection' ? 'the selected passage' : 'the highlight'
  return (
    <div
      className="coding-box"
      role="dialog"
      aria-modal="false"
      aria-label={`Code ${what}`}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) codebookActions.closeCoding()
      }}
    >
      <label className="field-label" htmlFor={`${listId}-input`}>
        {`Code ${what} as…`}
      </label>
      <input
        autoFocus
        id={`${listId}-input`}
        className="text-input"
        role="combobox"
        aria-expanded={count > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={count ? optionId(Math.min(active, count - 1)) : undefined}
        value={typed}
        placeholder="Type a code name"
        autoComplete="off"
        onChange={(e) => {
          setTyped(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Codes" className="coding-options">
        {matches.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`coding-option${i === active ? ' is-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span className={`swatch-dot swatch-${c.color}`} aria-hidden="true" />
            {codePath(c)}
          </li>
        ))}
        {creates && (
          <li
            id={optionId(matches.length)}
            role="option"
            aria-selected={active === matches.length}
            className={`coding-option coding-create${active === matches.length ? ' is-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(matches.length)}
          >
            {`Create the code “${typed.trim()}”`}
          </li>
        )}
      </ul>
      {count === 0 && <p className="coding-hint">No codes yet. Type a name to create the first.</p>}
    </div>
  )
}
