import { useEffect, useId, useRef, useState } from 'react'

interface Props {
  tags: string[]
  onSave: (text: string) => void
}

/** Comma-separated tags, saved on Enter and when the field loses focus. */
export function TagsField({ tags, onSave }: Props) {
  const joined = tags.join(', ')
  const [draft, setDraft] = useState(joined)
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()

  // Take changes made elsewhere (undo), but never under the user's cursor.
  useEffect(() => {
    if (document.activeElement !== inputRef.current) setDraft(joined)
  }, [joined])

  return (
    <div className="field tags-field">
      <label htmlFor={id} className="field-label">
        Tags
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        className="text-input"
        value={draft}
        placeholder="e.g. claim, to verify"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => onSave(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onSave(draft)
          }
        }}
        autoComplete="off"
      />
    </div>
  )
}
