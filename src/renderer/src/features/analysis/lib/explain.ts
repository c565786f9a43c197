import type { Analysis, Attribution, Claim, Quote, Source, Span } from '../../../../../shared/model/analysis'
import { DEFAULT_READER_CLAIM_THRESHOLD } from '../../../../../shared/model/claimThreshold'

/** Plain words for the engine's reason codes (the ones without a detail after a colon). */
const REASON_WORDS: Record<string, string> = {
  quantity: 'gives a number or amount',
  statistic: 'cites a statistic',
  comparison: 'makes a comparison',
  superlative: 'uses a superlative',
  trend: 'describes a trend',
  'past action': 'reports something done',
  event: 'reports an event',
  time: 'says when',
  place: 'says where',
  'named entity': 'names people or organisations',
  attribution: 'is attributed to a source',
  causal: 'claims a cause',
  assertion: 'asserts a fact',
  'third party': 'is about a third party',
  state: 'describes a state of affairs',
  record: 'mentions a record',
  legislation: 'concerns a law or vote',
  prediction: 'makes a prediction',
  question: 'is a question',
  'first-person opinion': 'is a personal opinion',
  promise: 'is a promise',
  anecdote: 'is an anecdote',
  instruction: 'is an instruction',
  opinion: 'states an opinion',
  pleasantry: 'is a pleasantry',
  short: 'is very short',
  empty: 'has no words',
}

/** Names of the reason kinds, as the Claims panel's filter offers them. */
const KIND_LABELS: Record<string, string> = {
  hedge: 'hedge',
  numbers: 'units check',
}

/** The kind of a reason: `hedge:may` -> `hedge`, `numbers:consistent …` -> `numbers`. */
export function reasonKind(reason: string): string {
  const colon = reason.indexOf(':')
  return colon < 0 ? reason : reason.slice(0, colon)
}

/** The label of a reason kind in the filter. */
export function reasonKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind
}

/** One reason in plain words. */
export function reasonText(reason: string): string {
  const kind = reasonKind(reason)
  const detail = reason.slice(kind.length + 1)
  if (kind === 'hedge') return `hedged (“${detail}”)`
  if (kind === 'numbers') {
    if (detail.startsWith('consistent ')) return `units check: ${detail.slice('consistent '.length)} agree`
    if (detail.startsWith('inconsistent '))
      return `units check: ${detail.slice('inconsistent '.length)} do not agree`
    return `units check: ${detail}`
  }
  return REASON_WORDS[reason] ?? reason
}

/** The score as the app writes it: two decimals. */
export function formatScore(score: number): string {
  return score.toFixed(2)
}

function describeSource(source: Source): string {
  return source.role ? `${source.name} (${source.kind}, ${source.role})` : `${source.name} (${source.kind})`
}

/**
 * The lines of a claim's tooltip: its score (noting when it is below the reader's default, since
 * the slider or a jump from the Claims tab may draw it anyway), then why, then whom it is attributed to.
 */
export function claimExplanation(claim: Claim, source: Source | null): string[] {
  const lines = [
    `Check-worthiness ${formatScore(claim.score)}${claim.score >= DEFAULT_READER_CLAIM_THRESHOLD ? '' : ' (below the default threshold)'}`,
  ]
  const plain = claim.reasons.filter((r) => !r.includes(':'))
  if (plain.length) lines.push(`Why: it ${plain.map(reasonText).join('; ')}.`)
  for (const r of claim.reasons.filter((r) => r.includes(':'))) {
    const text = reasonText(r)
    lines.push(text.charAt(0).toUpperCase() + text.slice(1) + '.')
  }
  if (source) lines.push(`Attributed to ${describeSource(source)}.`)
  return lines
}

/** The lines of a quote's tooltip: who speaks. */
export function quoteExplanation(quote: Quote, source: Source | null): string[] {
  void quote
  return [source ? `Speaker: ${describeSource(source)}` : 'Speaker: not identified']
}

/**
 * The lines of a reported statement's tooltip: its cue and its source, with the words the
 * attribution rests on when they are not the source's name ("she", "the mayor").
 */
export function attributionExplanation(
  attribution: Attribution,
  source: Source | null,
  text: string,
): string[] {
  const words = (span: Span | null) => (span ? text.slice(span.start, span.end).replace(/\s+/g, ' ') : '')
  const lines = [attribution.cue ? `Cue: “${words(attribution.cue)}”` : 'Cue: not identified']
  const speaker = words(attribution.speaker)
  if (source) {
    lines.push(`Source: ${describeSource(source)}`)
    if (speaker && speaker !== source.name) lines.push(`Named here as “${speaker}”`)
  } else lines.push(speaker ? `Source: “${speaker}” (not identified)` : 'Source: not identified')
  return lines
}

/** The lines of a source mention's tooltip. */
export function mentionExplanation(source: Source, quotes: number): string[] {
  const lines = [source.name, source.role ? `${source.kind} · ${source.role}` : source.kind]
  const mentions = source.mentions.length
  lines.push(
    `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} · ${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`,
  )
  return lines
}

/** The note and tags an annotation made from an analysis item starts with. */
export function claimNote(claim: Claim): { note: string; tags: string[] } {
  const reasons = claim.reasons.map((r) => (reasonKind(r) === 'numbers' ? reasonText(r) : r))
  return { note: `Claim (score ${formatScore(claim.score)}): ${reasons.join(', ')}`, tags: ['claim'] }
}

export function quoteNote(source: Source | null): { note: string; tags: string[] } {
  if (!source) return { note: 'Quote (speaker not identified)', tags: ['quote'] }
  return { note: `Quote: ${describeSource(source)}`, tags: ['quote', source.name] }
}

export function reportedNote(source: Source | null): { note: string; tags: string[] } {
  if (!source) return { note: 'Reported speech (source not identified)', tags: ['reported speech'] }
  return { note: `Reported speech: ${describeSource(source)}`, tags: ['reported speech', source.name] }
}

export function mentionNote(source: Source): { note: string; tags: string[] } {
  return { note: `Source: ${describeSource(source)}`, tags: ['source', source.name] }
}

/** What a tooltip says about one highlight. */
export interface Explanation {
  title: string
  lines: string[]
}

/**
 * The explanation of the highlight `layer`/`id` (a claim, a reported statement, a quote or a
 * source's mention); `text` is the analysed article text, which cues are quoted from.
 */
export function explainHighlight(
  analysis: Analysis | null,
  layer: string | undefined,
  id: string | undefined,
  text = '',
): Explanation | null {
  if (!analysis || !id) return null
  const source = (sid: string | null) => analysis.sources.find((s) => s.id === sid) ?? null
  if (layer === 'claim') {
    const claim = analysis.claims.find((c) => c.id === id)
    return claim ? { title: 'Claim', lines: claimExplanation(claim, source(claim.sourceId)) } : null
  }
  if (layer === 'attribution') {
    const a = analysis.attributions.find((x) => x.id === id)
    return a ? { title: 'Reported speech', lines: attributionExplanation(a, source(a.sourceId), text) } : null
  }
  if (layer === 'quote') {
    const quote = analysis.quotes.find((q) => q.id === id)
    return quote ? { title: 'Quote', lines: quoteExplanation(quote, source(quote.sourceId)) } : null
  }
  if (layer === 'mention') {
    const s = source(id)
    if (!s) return null
    return {
      title: 'Source',
      lines: mentionExplanation(s, analysis.quotes.filter((q) => q.sourceId === id).length),
    }
  }
  return null
}
