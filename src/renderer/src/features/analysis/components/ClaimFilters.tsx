import { useId } from 'react'
import { reasonKindLabel } from '../lib/explain'
import { analysisActions } from '../store/actions'
import { useAnalysisStore } from '../store/state'

/** The Claims panel's filters: all sentences or check-worthy only, words, and a reason. */
export function ClaimFilters({ reasons }: { reasons: string[] }) {
  const filter = useAnalysisStore((s) => s.claimFilter)
  const textId = useId()
  const reasonId = useId()
  return (
    <div className="claim-filters" role="group" aria-label="Filter claims">
      <label className="check-label">
        <input
          type="checkbox"
          checked={filter.all}
          onChange={(e) => analysisActions.setClaimFilter({ all: e.target.checked })}
        />
        Show all sentences
      </label>
      <div className="claim-filter-row">
        <div className="field">
          <label htmlFor={textId} className="field-label">
            Words
          </label>
          <input
            id={textId}
            type="search"
            className="text-input"
            placeholder="Filter claims"
            value={filter.text}
            onChange={(e) => analysisActions.setClaimFilter({ text: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={reasonId} className="field-label">
            Reason
          </label>
          <select
            id={reasonId}
            className="text-input"
            value={filter.reason}
            onChange={(e) => analysisActions.setClaimFilter({ reason: e.target.value })}
          >
            <option value="">All reasons</option>
            {/* A chosen reason stays offered even when the other filters leave no claim with it. */}
            {(filter.reason && !reasons.includes(filter.reason) ? [...reasons, filter.reason] : reasons).map(
              (r) => (
                <option key={r} value={r}>
                  {reasonKindLabel(r)}
                </option>
              ),
            )}
          </select>
        </div>
      </div>
    </div>
  )
}
