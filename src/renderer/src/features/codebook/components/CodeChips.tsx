import { useShallow } from 'zustand/react/shallow'
import { codebookActions } from '../store/actions'
import { codesOf } from '../store/selectors'
import { useCodebookStore } from '../store/state'

/** A highlight's codes as chips in the notes pane: remove one with its button, add more with "Add code". */
export function CodeChips({ annotationId }: { annotationId: string }) {
  const codes = useCodebookStore(useShallow((s) => codesOf(s, annotationId)))
  return (
    <div className="code-chips" role="group" aria-label="Codes">
      {codes.map((c) => (
        <span key={c.id} className={`code-chip code-chip-${c.color}`}>
          {c.name}
          <button
            type="button"
            className="code-chip-remove"
            aria-label={`Remove the code “${c.name}”`}
            onClick={() => void codebookActions.uncode(annotationId, c.id)}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => codebookActions.openCoding({ kind: 'annotation', annotationId })}
      >
        Add code
      </button>
    </div>
  )
}
