import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { suggestTags } from '../../tags/store/actions'

interface Props {
  tags: string[]
  onSave: (text: string) => void
}

/** The tags typed before the one being typed, and that one (after the last comma). */
function splitDraft(draft: string): { done: string[]; current: string } {
  const parts = draft.split(',')
  const current = parts.pop() ?? ''
  return { done: parts.map((p) => p.trim()).filter(Boolean), current }
}

/**
 * Comma-separated tags, saved on Enter and when the field loses focus. As a tag is typed, the
 * library's tags that fit are offered below (↑/↓ choose, Enter or Tab takes one, Esc closes).
 */
export function TagsField({ tags, onSave }: Props) {
  const joined = tags.join(', ')
  const [draft, setDraft] = useState(joined)
  const [suggestions, setSuggestions] = useState<string[]>([])
  const [active, setActive] = useState(-1)
  const inputRef = useRef<HTMLInputElement>(null)
  // Answers to earlier typing are dropped when later typing has asked again.
  const asked = useRef(0)
  const id = useId()
  const listId = `${id}-suggestions`
  const open = suggestions.length > 0

  // Take changes made elsewhere (undo), but never under the user's cursor.
  useEffect(() => {
    if (document.activeElement !== inputRef.current) setDraft(joined)
  }, [joined])

  function close() {
    asked.current++
    setSuggestions([])
    setActive(-1)
  }

  function type(text: string) {
    setDraft(text)
    const { done, current } = splitDraft(text)
    const ask = ++asked.current
    void suggestTags(current, done).then((names) => {
      if (ask !== asked.current) return
      setSuggestions(names)
      setActive(-1)
    })
  }

  function take(name: string) {
    const { done } = splitDraft(draft)
    setDraft([...done, name].join(', ') + ', ')
    close()
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault()
      const last = suggestions.length - 1
      setActive((at) => (e.key === 'ArrowDown' ? (at >= last ? 0 : at + 1) : at <= 0 ? last : at - 1))
      return
    }
    if (open && active >= 0 && (e.key === 'Enter' || e.key === 'Tab')) {
      e.preventDefault()
      take(suggestions[active])
      return
    }
    if (open && e.key === 'Escape') {
      // Closes the list only; the note editor's Escape is for a second press.
      e.preventDefault()
      e.stopPropagation()
      close()
      return
    }
    if (e.key === 'Enter') {
      e.preventDefault()
      close()
      onSave(draft)
    }
  }

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
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => type(e.target.value)}
        onBlur={() => {
          close()
          onSave(draft)
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Tags in your library" className="tags-suggestions">
          {suggestions.map((name, i) => (
            <li
              key={name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="tags-suggestion"
              // The field keeps the focus (a blur would save and close).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => take(name)}
            >
              {name}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
