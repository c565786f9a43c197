import type { ArticleAnalysis } from '../../../../../shared/ipc/contract'
import type { Attribution, Claim, Quote, Source } from '../../../../../shared/model/analysis'
import { reasonKind } from '../lib/explain'
import type { AnalysisState, ClaimFilter, Layer } from './state'

/** Which analysis layer a reader highlight belongs to. */
export type SpanLayer = 'claim' | 'attribution' | 'quote' | 'mention'

/** One analysis highlight in the reader: a claim, a reported statement, a quote or one mention of a source. */
export interface LayerSpan {
  /** Unique in the article: `claim:c3`, `attribution:a4`, `quote:q2`, `mention:s1:0`. */
  key: string
  layer: SpanLayer
  /** The claim, attribution, quote or source id. */
  id: string
  start: number
  end: number
  /** Belongs to the source chosen in the Sources panel. */
  focused: boolean
}

/** A source as the Sources panel lists it. */
export interface LedgerEntry {
  source: Source
  mentions: number
  quotes: Quote[]
  /** What the article reports the source said without quoting it, in text order. */
  reported: Attribution[]
}

/** The claim layer shows a sentence when its score reaches the legend's threshold. */
export const claimShown = (claim: Claim, threshold: number): boolean => claim.score >= threshold

/** The count shown beside each layer toggle (claims: those the threshold shows). */
export function layerCounts(analysis: ArticleAnalysis | null, claimThreshold: number): Record<Layer, number> {
  if (!analysis) return { claims: 0, quotes: 0, sources: 0, attributions: 0 }
  return {
    claims: analysis.claims.filter((c) => claimShown(c, claimThreshold)).length,
    quotes: analysis.quotes.length,
    sources: analysis.sources.length,
    attributions: reportedSpeech(analysis).length,
  }
}

/** The indirect attributions (the direct ones are the quotes layer), in text order. */
export function reportedSpeech(analysis: ArticleAnalysis): Attribution[] {
  return analysis.attributions.filter((a) => a.kind === 'indirect')
}

/**
 * Claims as the Claims panel lists them: those the legend's threshold shows (every one when
 * `filter.all`), filtered, highest score first, then in text order.
 */
export function filterClaims(claims: Claim[], filter: ClaimFilter, threshold: number): Claim[] {
  const words = filter.text.trim().toLocaleLowerCase()
  return claims
    .filter((c) => filter.all || claimShown(c, threshold))
    .filter((c) => !words || c.text.toLocaleLowerCase().includes(words))
    .filter((c) => !filter.reason || c.reasons.some((r) => reasonKind(r) === filter.reason))
    .sort((a, b) => b.score - a.score || a.start - b.start)
}

/** The reason kinds found among the claims the filter can show, in order of first appearance. */
export function reasonKinds(claims: Claim[], all: boolean, threshold: number): string[] {
  const kinds: string[] = []
  for (const c of claims) {
    if (!all && !claimShown(c, threshold)) continue
    for (const r of c.reasons) {
      const kind = reasonKind(r)
      if (!kinds.includes(kind)) kinds.push(kind)
    }
  }
  return kinds
}

/** The source ledger, most mentioned first (ties by name). */
export function ledger(analysis: ArticleAnalysis | null): LedgerEntry[] {
  if (!analysis) return []
  return analysis.sources
    .map((source) => ({
      source,
      mentions: source.mentions.length,
      quotes: analysis.quotes.filter((q) => q.sourceId === source.id).sort((a, b) => a.start - b.start),
      reported: reportedSpeech(analysis).filter((a) => a.sourceId === source.id),
    }))
    .sort(
      (a, b) =>
        b.mentions - a.mentions ||
        b.quotes.length - a.quotes.length ||
        b.reported.length - a.reported.length ||
        a.source.name.localeCompare(b.source.name),
    )
}

/** How many sources the article names, and how many it leaves anonymous. */
export function namedAnonymous(sources: Source[]): { named: number; anonymous: number } {
  const anonymous = sources.filter((s) => s.kind === 'anonymous').length
  return { named: sources.length - anonymous, anonymous }
}

export function sourceById(analysis: ArticleAnalysis | null, id: string | null): Source | null {
  if (!analysis || !id) return null
  return analysis.sources.find((s) => s.id === id) ?? null
}

/**
 * The highlights the reader draws: the layers that are on (claims from the legend's threshold up),
 * plus whatever the panels point at (the chosen source's mentions, quotes and reported statements,
 * a claim being flashed) even when its layer is off.
 */
export function readerSpans(
  state: Pick<AnalysisState, 'analysis' | 'layers' | 'focusedSourceId' | 'flash' | 'claimThreshold'>,
): LayerSpan[] {
  const { analysis, layers, focusedSourceId, flash, claimThreshold } = state
  if (!analysis) return []
  const spans: LayerSpan[] = []
  for (const c of analysis.claims) {
    const key = `claim:${c.id}`
    if ((layers.claims && claimShown(c, claimThreshold)) || flash?.key === key)
      spans.push({ key, layer: 'claim', id: c.id, start: c.start, end: c.end, focused: false })
  }
  for (const a of reportedSpeech(analysis)) {
    const focused = !!focusedSourceId && a.sourceId === focusedSourceId
    if (layers.attributions || focused)
      spans.push({
        key: `attribution:${a.id}`,
        layer: 'attribution',
        id: a.id,
        start: a.start,
        end: a.end,
        focused,
      })
  }
  for (const q of analysis.quotes) {
    const focused = !!focusedSourceId && q.sourceId === focusedSourceId
    if (layers.quotes || focused)
      spans.push({ key: `quote:${q.id}`, layer: 'quote', id: q.id, start: q.start, end: q.end, focused })
  }
  for (const s of analysis.sources) {
    const focused = s.id === focusedSourceId
    if (!layers.sources && !focused) continue
    s.mentions.forEach((m, i) =>
      spans.push({
        key: `mention:${s.id}:${i}`,
        layer: 'mention',
        id: s.id,
        start: m.start,
        end: m.end,
        focused,
      }),
    )
  }
  return spans.filter((s) => s.end > s.start)
}

/** The first highlight in text order, which takes Tab until the user moves on with the arrows. */
export function firstSpanKey(spans: LayerSpan[]): string | null {
  let first: LayerSpan | null = null
  for (const s of spans)
    if (!first || s.start < first.start || (s.start === first.start && s.end > first.end)) first = s
  return first?.key ?? null
}
