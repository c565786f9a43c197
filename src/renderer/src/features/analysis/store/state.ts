import { create } from 'zustand'
import type { ArticleAnalysis } from '../../../../../shared/ipc/contract'
import { DEFAULT_READER_CLAIM_THRESHOLD } from '../../../../../shared/model/claimThreshold'

/** The analysis layers the reader can draw over the text. */
export type Layer = 'claims' | 'quotes' | 'sources' | 'attributions'

/** The tabs of the right pane. */
export type SideTab = 'notes' | 'sources' | 'claims' | 'verdict'

/** What the Claims panel lists. */
export interface ClaimFilter {
  /** Every sentence, not only the check-worthy ones. */
  all: boolean
  /** Words the claim's text must contain. */
  text: string
  /** A reason kind (`quantity`, `hedge`, `numbers` …); '' for all. */
  reason: string
}

export interface AnalysisState {
  /** The article whose analysis is loading or shown. */
  articleId: string | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  analysis: ArticleAnalysis | null
  error: string | null
  /** Which layers the reader draws; kept for the session, across articles. */
  layers: Record<Layer, boolean>
  tab: SideTab
  /** The source chosen in the Sources panel: its mentions and quotes stand out in the reader. */
  focusedSourceId: string | null
  claimFilter: ClaimFilter
  /** A highlight (`claim:c3`) the reader should scroll to and flash; `seq` restarts the flash. */
  flash: { key: string; seq: number } | null
  /** The reader highlight that takes Tab (the others are reached with the arrow keys). */
  rovingKey: string | null
  /**
   * The claim layer and the Claims tab show sentences scoring at least this (the legend's slider;
   * kept in localStorage once moved, the model's reader default until then).
   */
  claimThreshold: number
}

export const CLAIM_THRESHOLD_KEY = 'dossier.analysis.claimThreshold'
/** The slider's range: thresholds from MIN to MAX in steps of 0.01. */
export const CLAIM_THRESHOLD_MIN = 0.05
export const CLAIM_THRESHOLD_MAX = 0.95

/** The stored threshold, or the model's reader default when none is stored or it is not a number in range. */
export function storedClaimThreshold(): number {
  try {
    const raw = globalThis.localStorage?.getItem(CLAIM_THRESHOLD_KEY)
    const value = raw == null ? NaN : Number(raw)
    return value >= CLAIM_THRESHOLD_MIN && value <= CLAIM_THRESHOLD_MAX
      ? value
      : DEFAULT_READER_CLAIM_THRESHOLD
  } catch {
    return DEFAULT_READER_CLAIM_THRESHOLD
  }
}

export const initialAnalysisState: AnalysisState = {
  articleId: null,
  status: 'idle',
  analysis: null,
  error: null,
  layers: { claims: true, quotes: true, sources: true, attributions: true },
  tab: 'notes',
  focusedSourceId: null,
  claimFilter: { all: false, text: '', reason: '' },
  flash: null,
  rovingKey: null,
  claimThreshold: storedClaimThreshold(),
}

export const useAnalysisStore = create<AnalysisState>()(() => initialAnalysisState)
