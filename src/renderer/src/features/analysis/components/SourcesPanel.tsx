import { useId, useMemo } from 'react'
import type { KeyboardEvent } from 'react'
import { analysisActions } from '../store/actions'
import { ledger, namedAnonymous } from '../store/selectors'
import { useAnalysisStore } from '../store/state'
import { AnalysisState } from './AnalysisState'
import { SourceItem } from './SourceItem'

/** The article's source ledger: who is cited, how often, and with which quotes. */
export function SourcesPanel() {
  const status = useAnalysisStore((s) => s.status)
  const analysis = useAnalysisStore((s) => s.analysis)
  const focusedSourceId = useAnalysisStore((s) => s.focusedSourceId)
  const entries = useMemo(() => ledger(analysis), [analysis])
  const { named, anonymous } = useMemo(() => namedAnonymous(analysis?.sources ?? []), [analysis])
  const headingId = useId()

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && focusedSourceId) {
      event.preventDefault()
      analysisActions.chooseSource(null)
    }
  }

  return (
    <section
      className="pane pane-analysis"
      aria-labelledby={headingId}
      aria-busy={status === 'loading'}
      onKeyDown={onKeyDown}
    >
      <header className="pane-header">
        <h2 id={headingId} className="pane-title">
          Sources
        </h2>
        {status === 'ready' && entries.length > 0 && (
          <p className="analysis-summary">
            {named} named · {anonymous} anonymous
          </p>
        )}
      </header>
      <div className="pane-body analysis-body">
        <AnalysisState />
        {status === 'ready' &&
          (entries.length === 0 ? (
            <p className="notes-empty">No sources found.</p>
          ) : (
            <>
              <p className="analysis-hint">Choose a source to see its words in the article.</p>
              <ul className="source-list" aria-label="Source ledger">
                {entries.map((entry) => (
                  <SourceItem
                    key={entry.source.id}
                    entry={entry}
                    chosen={entry.source.id === focusedSourceId}
                  />
                ))}
              </ul>
            </>
          ))}
      </div>
    </section>
  )
}
