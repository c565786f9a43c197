import { create } from 'zustand'
import type { ArticleAnalysis } from '../../../../../shared/ipc/contract'

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
}

export const useAnalysisStore = create<AnalysisState>()(() => initialAnalysisState)
