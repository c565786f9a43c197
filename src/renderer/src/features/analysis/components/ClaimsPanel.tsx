import { useId, useMemo } from 'react'
import { claimShown, filterClaims, reasonKinds } from '../store/selectors'
import { useAnalysisStore } from '../store/state'
import { AnalysisState } from './AnalysisState'
import { ClaimFilters } from './ClaimFilters'
import { ClaimItem } from './ClaimItem'

/** The article's claims the legend's slider shows, most check-worthy first, with filters; each can be found or noted. */
export function ClaimsPanel() {
  const status = useAnalysisStore((s) => s.status)
  const analysis = useAnalysisStore((s) => s.analysis)
  const filter = useAnalysisStore((s) => s.claimFilter)
  const threshold = useAnalysisStore((s) => s.claimThreshold)
  const claims = useMemo(
    () => filterClaims(analysis?.claims ?? [], filter, threshold),
    [analysis, filter, threshold],
  )
  const kinds = useMemo(
    () => reasonKinds(analysis?.claims ?? [], filter.all, threshold),
    [analysis, filter.all, threshold],
  )
  const anyShown = !!analysis?.claims.some((c) => claimShown(c, threshold))
  const headingId = useId()

  return (
    <section className="pane pane-analysis" aria-labelledby={headingId} aria-busy={status === 'loading'}>
      <header className="pane-header">
        <h2 id={headingId} className="pane-title">
          Claims
        </h2>
        {status === 'ready' && <p className="analysis-summary">{claims.length} shown</p>}
      </header>
      <div className="pane-body analysis-body">
        <AnalysisState />
        {status === 'ready' &&
          (!anyShown && !filter.all ? (
            <>
              <ClaimFilters reasons={kinds} />
              <p className="notes-empty">
                {analysis?.claims.length
                  ? 'No claims at this threshold. Move the Claims slider towards “more”.'
                  : 'No check-worthy claims found.'}
              </p>
            </>
          ) : (
            <>
              <ClaimFilters reasons={kinds} />
              {claims.length === 0 ? (
                <p className="notes-empty">No claims match the filter.</p>
              ) : (
                <ol className="claim-list" aria-label="Claims list">
                  {claims.map((claim) => (
                    <ClaimItem key={claim.id} claim={claim} />
                  ))}
                </ol>
              )}
            </>
          ))}
      </div>
    </section>
  )
}
