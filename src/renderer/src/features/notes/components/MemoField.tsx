import { useId } from 'react'
import { notesActions } from '../store/actions'
import { useNotesStore } from '../store/state'

/** The article's free-text memo, saved as the user pauses and when the field loses focus. */
export function MemoField() {
  const memo = useNotesStore((s) => s.memo)
  const id = useId()
  return (
    <div className="field memo-field">
      <label htmlFor={id} className="field-label">
        Memo
      </label>
      <textarea
        id={id}
        className="text-input memo-input"
        value={memo}
        rows={4}
        placeholder="What this article is about, what to check, who to call…"
        onChange={(e) => notesActions.editMemo(e.target.value)}
        onBlur={() => void notesActions.saveMemo()}
      />
    </div>
  )
}
