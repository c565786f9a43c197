import { useId, useMemo } from 'react'
import { analysisActions } from '../store/actions'
import { layerCounts } from '../store/selectors'
import type { Layer } from '../store/state'
import { useAnalysisStore } from '../store/state'

const LAYERS: { layer: Layer; label: string; describe: (n: number) => string }[] = [
  { layer: 'claims', label: 'Claims', describe: (n) => `${n} check-worthy ${n === 1 ? 'claim' : 'claims'}` },
  { layer: 'quotes', label: 'Quotes', describe: (n) => `${n} ${n === 1 ? 'quote' : 'quotes'}` },
  { layer: 'sources', label: 'Sources', describe: (n) => `${n} ${n === 1 ? 'source' : 'sources'}` },
  {
    layer: 'attributions',
    label: 'Reported speech',
    describe: (n) => `${n} reported ${n === 1 ? 'statement' : 'statements'} (indirect attributions)`,
  },
]

/** The legend above the article: one switch per analysis layer, with its sample style and count. */
export function LayerLegend() {
  const status = useAnalysisStore((s) => s.status)
  const analysis = useAnalysisStore((s) => s.analysis)
  const layers = useAnalysisStore((s) => s.layers)
  const counts = useMemo(() => layerCounts(analysis), [analysis])
  const id = useId()
  if (status === 'idle') return null
  return (
    <div className="layer-legend" role="group" aria-label="Analysis layers">
      {LAYERS.map(({ layer, label, describe }) => (
        <span key={layer} className="layer-toggle">
          <label>
            <input
              type="checkbox"
              checked={layers[layer]}
              aria-describedby={`${id}-${layer}`}
              onChange={(e) => analysisActions.setLayer(layer, e.target.checked)}
            />
            <span className={`layer-sample layer-sample-${layer}`} aria-hidden="true">
              Aa
            </span>
            {label}
          </label>
          <span className="count" aria-hidden="true">
            {status === 'ready' ? counts[layer] : '…'}
          </span>
          <span id={`${id}-${layer}`} className="visually-hidden">
            {status === 'ready' ? describe(counts[layer]) : 'not known yet'}
          </span>
        </span>
      ))}
      {status === 'loading' && <span className="layer-legend-note">Analysing…</span>}
      {status === 'error' && <span className="layer-legend-note">Analysis not available</span>}
      {status === 'ready' && <span className="layer-legend-note">Arrow keys move between highlights</span>}
    </div>
  )
}
