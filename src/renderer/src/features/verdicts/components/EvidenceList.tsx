import { useEffect, useRef } from 'react'
import type { Evidence } from '../../../../../shared/model/verdict'
import { formatDate } from '../../../lib/format'
import { useLibraryStore } from '../../library/store/state'
import { verdictsActions } from '../store/actions'
import { EVIDENCE_KIND_LABELS, evidenceSource, evidenceSummary } from '../store/selectors'
import { useVerdictsStore } from '../store/state'

/** The verdict's evidence, each with who added it and when, and a remove button that asks first. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const confirming = useVerdictsStore((s) => s.confirmingRemoval)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const articles = useLibraryStore((s) => s.articles)
  const titleOf = (id: string) => articles.find((a) => a.id === id)?.title
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  if (!evidence.length)
    return (
      <p className="notes-empty">No evidence yet. Add a web address, a passage, a file or a note below.</p>
    )
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((e) => (
        <li key={e.id} className="evidence">
          <p className="evidence-what">
            <span className="evidence-kind">{EVIDENCE_KIND_LABELS[e.kind]}</span>{' '}
            <span className="evidence-summary">{evidenceSummary(e)}</span>
          </p>
          <SourceLine source={evidenceSource(e, titleOf)} />
          {e.kind !== 'note' && e.note && <p className="evidence-note">{e.note}</p>}
          <p className="evidence-who">
            Added by {e.addedBy} on {formatDate(e.addedAt)}
          </p>
          {confirming === e.id ? (
            <div className="evidence-confirm" role="group" aria-label="Confirm removal">
              <span>Remove this evidence?</span>
              <button
                ref={confirmRef}
                type="button"
                className="button button-small button-danger"
                onClick={() => void verdictsActions.confirmRemoval()}
              >
                Remove
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => verdictsActions.cancelRemoval()}
              >
                Keep
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button-small"
              aria-label={`Remove the evidence “${evidenceSummary(e).slice(0, 60)}”`}
              onClick={() => verdictsActions.askRemoval(e.id)}
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

function SourceLine({ source }: { source: string | null }) {
  return source ? <p className="evidence-source">{source}</p> : null
}
