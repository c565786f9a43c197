import { useId } from 'react'
import { VERDICT_RATINGS, VERDICT_STATUSES, type VerdictRating } from '../../../../../shared/model/verdict'
import { formatDate } from '../../../lib/format'
import { verdictsActions } from '../store/actions'
import { RATING_LABELS, STATUS_LABELS } from '../store/selectors'
import { useVerdictsStore } from '../store/state'
import { EvidenceForm } from './EvidenceForm'
import { EvidenceList } from './EvidenceList'
import { SameClaims } from './SameClaims'

/** The Verdict tab: status, rating, conclusion and evidence of one claim, and the same claim elsewhere. */
export function VerdictEditor() {
  const editing = useVerdictsStore((s) => s.editing)
  const verdict = useVerdictsStore((s) => s.verdict)
  const status = useVerdictsStore((s) => s.editorStatus)
  const error = useVerdictsStore((s) => s.editorError)
  const draft = useVerdictsStore((s) => s.conclusionDraft)
  const pending = useVerdictsStore((s) => s.pending)
  const same = useVerdictsStore((s) => s.same)
  const headingId = useId()
  const id = useId()

  if (!editing) {
    return (
      <section className="pane verdict-editor" aria-labelledby={headingId}>
        <header className="pane-header">
          <h2 id={headingId} className="pane-title">
            Verdict
          </h2>
        </header>
        <p className="notes-empty">
          No claim chosen. Press “Judge claim…” beside a claim in the Claims tab or a highlight in Notes.
        </p>
      </section>
    )
  }

  const judged = pending?.status ?? verdict?.status ?? 'to-check'
  const rated = pending ? pending.rating : (verdict?.rating ?? null)
  const others = verdict ? verdict.claims.filter((c) => c.articleId !== editing.articleId) : []
  return (
    <section className="pane verdict-editor" aria-labelledby={headingId} aria-busy={status === 'loading'}>
      <header className="pane-header">
        <h2 id={headingId} className="pane-title">
          Verdict
        </h2>
        <button type="button" className="button button-small" onClick={() => verdictsActions.closeEditor()}>
          Close
        </button>
      </header>
      <div className="pane-body verdict-body">
        <figure className="verdict-claim">
          <blockquote>{editing.text}</blockquote>
          <figcaption>{editing.articleTitle}</figcaption>
        </figure>
        {status === 'loading' && <p className="notes-empty">Loading the verdict…</p>}
        {error && (
          <p className="verdict-error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="verdict-status">
          <legend className="field-label">Status</legend>
          {VERDICT_STATUSES.map((s) => (
            <label key={s} className="verdict-radio">
              <input
                type="radio"
                name={`${id}-status`}
                value={s}
                checked={judged === s}
                onChange={() => void verdictsActions.change({ status: s })}
              />
              {STATUS_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-rating`} className="field-label">
            Rating
          </label>
          <select
            id={`${id}-rating`}
            className="text-input"
            value={rated ?? ''}
            onChange={(e) =>
              void verdictsActions.change({ rating: (e.target.value || null) as VerdictRating | null })
            }
          >
            <option value="">No rating yet</option>
            {VERDICT_RATINGS.map((r) => (
              <option key={r} value={r}>
                {RATING_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-conclusion`} className="field-label">
            Conclusion
          </label>
          <textarea
            id={`${id}-conclusion`}
            className="text-input"
            rows={3}
            value={draft ?? verdict?.conclusion ?? ''}
            placeholder="What the checking found, in a few sentences"
            onChange={(e) => verdictsActions.editConclusion(e.target.value)}
            onBlur={() => void verdictsActions.flushConclusion()}
          />
        </div>
        {verdict && (
          <p className="verdict-who">
            Last changed by {verdict.updatedBy} on {formatDate(verdict.updatedAt)}
          </p>
        )}
        <h3 className="verdict-heading">Evidence</h3>
        <EvidenceList evidence={verdict?.evidence ?? []} />
        <EvidenceForm />
        {others.length > 0 && (
          <p className="verdict-linked">
            This verdict also covers {others.length === 1 ? 'a claim' : `${others.length} claims`} in other
            articles.
          </p>
        )}
        <SameClaims same={same} verdict={verdict} />
      </div>
    </section>
  )
}
