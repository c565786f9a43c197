import { annotationOver } from '../../notes/store/selectors'
import { useNotesStore } from '../../notes/store/state'
import { analysisActions } from '../store/actions'

interface Props {
  /** The passage the button adds, as offsets into the article text. */
  start: number
  end: number
  onAdd: () => Promise<void>
  className?: string
}

/**
 * "Add to notes" for a claim, quote or mention; once the notes hold an annotation over exactly
 * that passage it says "In notes" and goes to that note instead of adding a copy. The visible
 * words are the whole accessible name (WCAG 2.5.3); the list item around it says what it adds.
 */
export function AddToNotesButton({ start, end, onAdd, className = '' }: Props) {
  const existing = useNotesStore((s) => annotationOver(s.annotations, start, end)?.id ?? null)
  const classes = `button button-small ${className}`.trim()
  if (existing) {
    return (
      <button
        type="button"
        className={`${classes} is-in-notes`}
        onClick={() => analysisActions.showInNotes(existing)}
        title="Show the note"
      >
        In notes
      </button>
    )
  }
  return (
    <button type="button" className={classes} onClick={() => void onAdd()}>
      Add to notes
    </button>
  )
}
