import { useEffect, useId, useRef, useState } from 'react'
import type { AnchoredAnnotation } from '../../../../../shared/model/annotation'
import { matchesShortcut } from '../../../../../shared/shortcuts'
import { isPrimaryModifier, isTextField } from '../../../lib/dom'
import { CodeChips } from '../../codebook/components/CodeChips'
import { codebookActions } from '../../codebook/store/actions'
import { useReaderStore } from '../../reader/store/state'
import { JudgeButton } from '../../verdicts/components/JudgeButton'
import { notesActions } from '../store/actions'
import { useNotesStore } from '../store/state'
import { ColourPicker } from './ColourPicker'
import { TagsField } from './TagsField'

/** Where a card of a long list stands: drawn alone, it says its place in the whole list and keeps the room of those before it. */
export interface CardRow {
  index: number
  total: number
  before: number
  measure: (element: Element | null) => void
}

/** One annotation: its quote (click to find it in the article), note, tags, colour and delete. */
export function AnnotationItem({ annotation, row }: { annotation: AnchoredAnnotation; row?: CardRow }) {
  const { id } = annotation
  const note = useNotesStore((s) => s.noteDrafts[id] ?? annotation.note)
  const focusRequest = useNotesStore((s) => s.focusRequest)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const itemRef = useRef<HTMLLIElement>(null)
  const noteId = useId()
  const title = useReaderStore((s) => s.article?.title ?? '')
  // A card of a long list shows its note as text, and a text box only while it is edited.
  const [editing, setEditing] = useState(false)
  const editable = !row || editing || focusRequest === id

  useEffect(() => {
    if (focusRequest !== id) return
    itemRef.current?.scrollIntoView?.({ block: 'nearest' })
    noteRef.current?.focus()
    notesActions.focusHandled()
  }, [focusRequest, id])

  function onDelete() {
    // The button is about to disappear: keep keyboard users in the list.
    const item = itemRef.current
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null
    const target = neighbour?.querySelector<HTMLElement>('button, [tabindex]') ?? null
    void notesActions.remove(id)
    target?.focus()
  }

  return (
    <li
      ref={(element) => {
        itemRef.current = element
        row?.measure(element)
      }}
      className={`annotation annotation-${annotation.color}`}
      data-annotation-id={id}
      data-index={row?.index}
      aria-posinset={row ? row.index + 1 : undefined}
      aria-setsize={row?.total}
      style={row ? { marginTop: row.before } : undefined}
      // C on any button of the card (its quote, a code chip, Delete) codes this highlight.
      onKeyDown={(event) => {
        if (isTextField(event.target) || !matchesShortcut('code-passage', event)) return
        event.preventDefault()
        codebookActions.openCoding({ kind: 'annotation', annotationId: id })
      }}
    >
      {annotation.anchored ? (
        <button
          type="button"
          className="passage-button annotation-quote"
          onClick={() => notesActions.reveal(id)}
          title="Show in the article"
        >
          {annotation.quote.exact}
        </button>
      ) : (
        <>
          <p className="passage-button annotation-quote is-unanchored">{annotation.quote.exact}</p>
          <p className="annotation-warning">
            This passage is no longer in the article text. The quote is kept as it was written.
          </p>
        </>
      )}
      <div className="field">
        <label htmlFor={noteId} className="field-label">
          Note
        </label>
        {editable ? (
          <textarea
            ref={noteRef}
            id={noteId}
            className="text-input note-input"
            value={note}
            rows={Math.min(8, Math.max(2, note.split('\n').length))}
            placeholder="Add a note"
            onChange={(e) => notesActions.editNote(id, e.target.value)}
            // Mounted by a press on the note's text (or a new note): the cursor goes straight in.
            autoFocus={!!row}
            onFocus={() => setEditing(true)}
            onBlur={() => {
              setEditing(false)
              void notesActions.saveNote(id)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && isPrimaryModifier(e)) {
                e.preventDefault()
                void notesActions.saveNote(id)
              }
            }}
          />
        ) : (
          <button
            type="button"
            id={noteId}
            className="text-input note-input note-preview"
            aria-label={note ? `Note: ${note}` : 'Note: none, add one'}
            onFocus={() => setEditing(true)}
          >
            {note || <span className="note-placeholder">Add a note</span>}
          </button>
        )}
      </div>
      <CodeChips annotationId={id} />
      <TagsField tags={annotation.tags} onSave={(text) => void notesActions.setTags(id, text)} />
      <div className="annotation-actions">
        <ColourPicker value={annotation.color} onChange={(color) => void notesActions.setColor(id, color)} />
        {annotation.anchored && (
          <JudgeButton
            articleId={annotation.articleId}
            articleTitle={title}
            start={annotation.position.start}
            end={annotation.position.end}
            text={annotation.quote.exact}
            annotationId={id}
          />
        )}
        <button type="button" className="button button-small button-danger" onClick={onDelete}>
          Delete annotation
        </button>
      </div>
    </li>
  )
}
