/**
 * The analysis engine: claims, sources and quotes of one article text. Pure TypeScript over a
 * string; every span is a UTF-16 range into that string.
 */
import type { Analysis, Claim, Quote, SentenceScore } from '../../../shared/model/analysis'
import { readArticle, type Attribution } from './attributionContext'
import { agentAttributions, attributionAt, isCue } from './cues'
import { scoreSentence } from './claims'
import { attributeQuotes } from './quotes'
import { attributionList, findIndirect, type CueHit } from './indirect/find'
import type { Entry } from './sources'

export { scoreSentence, CHECKWORTHY_THRESHOLD } from './claims'
export { findQuantities, checkUnitPairs } from './numbers'
export type { Analysis, Claim, Quote, Source, SentenceScore } from '../../../shared/model/analysis'

/** Bumped whenever the engine changes what it finds, so stored analyses can be redone. */
export const ANALYSIS_VERSION = 4

export function analyzeText(text: string): Analysis {
  const { ctx, sentences, segments } = readArticle(text)
  const { tokens, quoted, ledger } = ctx

  // Quotes and their speakers.
  const sentenceOfToken = (t: (typeof tokens)[number]) => sentences[t.sentence]
  const found = attributeQuotes(ctx, segments, sentenceOfToken)

  // Indirect attributions: every cue outside quotes in every sentence.
  const sentenceSource = new Map<number, Attribution>()
  const cueHits: CueHit[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i]) continue
    const t = tokens[i]
    let a: Attribution | null = null
    if (isCue(t) || (t.lower === 'according' && tokens[i + 1]?.lower === 'to')) {
      a = attributionAt(ctx, i)
      cueHits.push({ token: i, attribution: a })
    } else if (tokens[i + 1]?.lower === 'by') a = agentAttributions(ctx, i)
    if (a && !sentenceSource.has(t.sentence)) sentenceSource.set(t.sentence, a)
  }
  const indirect = findIndirect(ctx, cueHits, segments)

  ledger.mergeSuffixes()
  const { sources, idOf } = ledger.sources()
  const sourceIdOf = (e: Entry | undefined): string | null => (e ? (idOf.get(e) ?? null) : null)

  const quotes: Quote[] = found.map((q, i) => ({
    id: `q${i + 1}`,
    start: q.segment.start,
    end: q.segment.end,
    text: text.slice(q.segment.start, q.segment.end),
    sourceId: sourceIdOf(q.attribution?.entry),
    speaker: q.attribution ? { ...q.attribution.speaker } : null,
    cue: q.attribution && q.via !== 'carry' && q.via !== 'paragraph' ? { ...q.attribution.cue } : null,
  }))

  const claims: Claim[] = sentences.map((s, i) => {
    const sentenceText = text.slice(s.start, s.end)
    const scored: SentenceScore = scoreSentence(sentenceText)
    const inQuote = found.find((q) => q.segment.start < s.end && q.segment.end > s.start && q.attribution)
    const attributed = inQuote?.attribution ?? sentenceSource.get(i)
    return {
      id: `c${i + 1}`,
      start: s.start,
      end: s.end,
      text: sentenceText,
      score: scored.score,
      checkworthy: scored.checkworthy,
      reasons: scored.reasons,
      sourceId: sourceIdOf(attributed?.entry),
    }
  })

  // A cited entry merged into a longer one ("state media" into "North Korean state media") is found by its name.
  const mergedIdOf = (e: Entry | undefined): string | null =>
    sourceIdOf(e) ?? sourceIdOf(e && ledger.get(e.name))
  return { claims, sources, quotes, attributions: attributionList(quotes, indirect, mergedIdOf) }
}
