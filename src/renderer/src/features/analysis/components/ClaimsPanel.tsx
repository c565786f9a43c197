import { useId, useMemo } from 'react'
import { filterClaims, reasonKinds } from '../store/selectors'
import { useAnalysisStore } from '../store/state'
import { AnalysisState } from './AnalysisState'
import { ClaimFilters } from './ClaimFilters'
import { ClaimItem } from './ClaimItem'

/** The article's claims, most check-worthy first, with filters; each can be found or noted. */
export function ClaimsPanel() {
  const status = useAnalysisStore((s) => s.status)
  const analysis = useAnalysisStore((s) => s.analysis)
  const filter = useAnalysisStore((s) => s.claimFilter)
  const claims = useMemo(() => filterClaims(analysis?.claims ?? [], filter), [analysis, filter])
  const kinds = useMemo(() => reasonKinds(analysis?.claims ?? [], filter.all), [analysis, filter.all])
  const anyCheckworthy = !!analysis?.claims.some((c) => c.checkworthy)
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
          (!anyCheckworthy && !filter.all ? (
            <>
              <ClaimFilters reasons={kinds} />
              <p className="notes-empty">No check-worthy claims found.</p>
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
