import { useId, useState } from 'react'
import { CASE_NAME_MAX } from '../../../../../shared/model/case'
import { casesActions } from '../store/actions'
import { useCasesStore } from '../store/state'

/** The inline field that names a new case or renames one: Enter saves, Escape cancels. */
export function CaseNameField({ initial, label }: { initial: string; label: string }) {
  const [name, setName] = useState(initial)
  const error = useCasesStore((s) => s.editError)
  const inputId = useId()
  const errorId = useId()

  return (
    <form
      className="case-name-field"
      onSubmit={(e) => {
        e.preventDefault()
        void casesActions.submitName(name)
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        className="text-input"
        value={name}
        maxLength={CASE_NAME_MAX}
        placeholder="Case name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoFocus
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            e.stopPropagation()
            casesActions.cancelEdit()
          }
        }}
      />
      {error && (
        <p id={errorId} className="case-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
