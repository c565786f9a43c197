import { useId, useMemo } from 'react'
import { DEFAULT_READER_CLAIM_THRESHOLD } from '../../../../../shared/model/claimThreshold'
import { analysisActions } from '../store/actions'
import { layerCounts } from '../store/selectors'
import type { Layer } from '../store/state'
import { CLAIM_THRESHOLD_MAX, CLAIM_THRESHOLD_MIN, useAnalysisStore } from '../store/state'

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
  const claimThreshold = useAnalysisStore((s) => s.claimThreshold)
  const counts = useMemo(() => layerCounts(analysis, claimThreshold), [analysis, claimThreshold])
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
      <ClaimThresholdSlider threshold={claimThreshold} />
      {status === 'loading' && <span className="layer-legend-note">Analysing…</span>}
      {status === 'error' && <span className="layer-legend-note">Analysis not available</span>}
      {status === 'ready' && <span className="layer-legend-note">Arrow keys move between highlights</span>}
    </div>
  )
}

/**
 * "Claims: fewer … more": right shows more claims, so the slider's value is 100 − the threshold in
 * hundredths. Arrow keys move it by 0.01, Page Up/Down by more, Home/End to the ends.
 */
function ClaimThresholdSlider({ threshold }: { threshold: number }) {
  const atDefault = Math.abs(threshold - DEFAULT_READER_CLAIM_THRESHOLD) < 0.005
  return (
    <span className="claim-threshold">
      <span aria-hidden="true">Claims:</span>
      <span aria-hidden="true">fewer</span>
      <input
        type="range"
        min={Math.round((1 - CLAIM_THRESHOLD_MAX) * 100)}
        max={Math.round((1 - CLAIM_THRESHOLD_MIN) * 100)}
        step={1}
        value={Math.round((1 - threshold) * 100)}
        aria-label="Claims shown: fewer to more"
        aria-valuetext={`claims scoring ${threshold.toFixed(2)} or more${atDefault ? ' (the default)' : ''}`}
        onChange={(e) => analysisActions.setClaimThreshold(Math.round(100 - Number(e.target.value)) / 100)}
      />
      <span aria-hidden="true">more</span>
    </span>
  )
}
