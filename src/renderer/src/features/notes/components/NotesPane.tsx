import { useId, useMemo, useRef } from 'react'
import { notesActions } from '../store/actions'
import { sortByPosition } from '../store/selectors'
import { useNotesStore } from '../store/state'
import { AnnotationItem } from './AnnotationItem'
import { AnnotationRows } from './AnnotationRows'
import { MemoField } from './MemoField'

/** From this many annotations on, the list draws only the cards near the view. */
export const LONG_NOTES_LIST = 60

/** The right pane: the article's memo, its annotations in text order, and export. */
export function NotesPane() {
  const articleId = useNotesStore((s) => s.articleId)
  const annotations = useNotesStore((s) => s.annotations)
  const exporting = useNotesStore((s) => s.exporting)
  const sorted = useMemo(() => sortByPosition(annotations), [annotations])
  const headingId = useId()
  const listHeadingId = useId()
  const canExport = !!articleId && !exporting
  const bodyRef = useRef<HTMLDivElement>(null)

  return (
    <section className="pane pane-notes" aria-labelledby={headingId}>
      <header className="pane-header">
        <h2 id={headingId} className="pane-title">
          Notes
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            disabled={!canExport}
            onClick={() => void notesActions.exportNotes('md')}
          >
            Export Markdown
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!canExport}
            onClick={() => void notesActions.exportNotes('json')}
          >
            Export JSON
          </button>
        </div>
      </header>
      <div ref={bodyRef} className="pane-body notes-body">
        {!articleId ? (
          <p className="notes-empty">Open an article to see its memo and annotations.</p>
        ) : (
          <>
            <MemoField />
            <h3 id={listHeadingId} className="notes-subtitle">
              Annotations {sorted.length > 0 && <span className="count">{sorted.length}</span>}
            </h3>
            {sorted.length === 0 ? (
              <p className="notes-empty">Select text in the article to highlight it or add a note.</p>
            ) : sorted.length >= LONG_NOTES_LIST ? (
              <AnnotationRows annotations={sorted} scrollRef={bodyRef} />
            ) : (
              <ol className="annotation-list" aria-label="Annotations">
                {sorted.map((annotation) => (
                  <AnnotationItem key={annotation.id} annotation={annotation} />
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </section>
  )
}
