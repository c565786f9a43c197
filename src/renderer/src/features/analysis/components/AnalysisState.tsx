import { useAnalysisStore } from '../store/state'

/** What a panel shows while there is no analysis to list: nothing open, analysing, or the error. */
export function AnalysisState() {
  const status = useAnalysisStore((s) => s.status)
  const error = useAnalysisStore((s) => s.error)
  if (status === 'idle') return <p className="notes-empty">Open an article to see its analysis.</p>
  if (status === 'loading') return <p className="notes-empty">Analysing…</p>
  if (status === 'error')
    return (
      <p className="analysis-error" role="alert">
        {error}
      </p>
    )
  return null
}
