import { useRef } from 'react'
import type { OrphanAnnotation } from '../../../../../shared/model/annotation'
import { formatDate } from '../../../lib/format'
import { ModalFrame } from '../../../components/ModalFrame'
import { unplacedActions } from '../store/actions'
import { useUnplacedStore } from '../store/state'

/**
 * Imported annotations that fit no article of the library yet: each one's quote, note, tags, codes and where it came
 * from, with Delete. They are placed on their own when an article holding their passage is imported.
 */
export function UnplacedDialog() {
  const open = useUnplacedStore((s) => s.open)
  if (!open) return null
  return <UnplacedDialogContent />
}

function UnplacedDialogContent() {
  const closeRef = useRef<HTMLButtonElement>(null)
  const orphans = useUnplacedStore((s) => s.orphans)
  const error = useUnplacedStore((s) => s.error)

  function onDelete(id: string, item: HTMLElement | null) {
    // The row is about to go: keep the keyboard in the list (the next row's Delete, else Close).
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null
    void unplacedActions.remove(id).then(() => {
      const target = neighbour?.isConnected
        ? neighbour.querySelector<HTMLElement>('button')
        : closeRef.current
      target?.focus()
    })
  }

  return (
    <ModalFrame
      title="Unplaced annotations"
      className="unplaced-dialog"
      onClose={unplacedActions.close}
      closeRef={closeRef}
      description="Imported annotations whose passage is in no article of your library. Import the article that holds one and it is placed there."
    >
      <div className="unplaced-body">
        {error && (
          <p role="alert" className="unplaced-error">
            {error}
          </p>
        )}
        {orphans === null && !error && <p className="unplaced-empty">Loading…</p>}
        {orphans?.length === 0 && (
          <p className="unplaced-empty">
            No unplaced annotations: every imported annotation is on an article.
          </p>
        )}
        {orphans && orphans.length > 0 && (
          <ul className="unplaced-list" aria-label="Unplaced annotations">
            {orphans.map((orphan) => (
              <OrphanItem key={orphan.id} orphan={orphan} onDelete={onDelete} />
            ))}
          </ul>
        )}
      </div>
    </ModalFrame>
  )
}

function OrphanItem({
  orphan,
  onDelete,
}: {
  orphan: OrphanAnnotation
  onDelete: (id: string, item: HTMLElement | null) => void
}) {
  const itemRef = useRef<HTMLLIElement>(null)
  const quote = orphan.exact || '(no quote)'
  return (
    <li ref={itemRef} className="unplaced-item">
      <blockquote className="unplaced-quote">{quote}</blockquote>
      {orphan.note && <p className="unplaced-note">{orphan.note}</p>}
      {orphan.tags.length > 0 && (
        <p className="unplaced-tags">
          <span className="unplaced-label">Tags:</span> {orphan.tags.join(', ')}
        </p>
      )}
      {orphan.codes.length > 0 && (
        <p className="unplaced-codes">
          <span className="unplaced-label">Codes:</span> {orphan.codes.map((c) => c.label).join(', ')}
        </p>
      )}
      <p className="unplaced-origin">
        From “{orphan.fileName}”, imported {formatDate(orphan.importedAt)}
        {orphan.source ? (
          <>
            ; it points to <span className="unplaced-source">{orphan.source}</span>
          </>
        ) : null}
      </p>
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={`Delete the unplaced annotation “${quote.slice(0, 60)}”`}
        onClick={() => onDelete(orphan.id, itemRef.current)}
      >
        Delete
      </button>
    </li>
  )
}
