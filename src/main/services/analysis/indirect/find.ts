/**
 * Reported speech: every cue outside quotes ("said", "warned", "told reporters", "according to")
 * whose sentence gives it a content clause becomes an indirect attribution, with the speaker the
 * cue's attribution found (or, when it names no known source, the subject phrase alone), and the
 * article's direct quotes join them as direct attributions. The reporting verbs beyond the speech
 * cues were chosen on PolNeAR dev (scripts/eval/attributions.ts).
 */
import type { Attribution, Quote, Span } from '../../../../shared/model/analysis'
import {
  isCue,
  objectAfter,
  subjectBefore,
  type Attribution as CueAttribution,
  type Context,
} from '../attribution'
import { CUE_GAP, PRONOUNS, WEAK_CUES } from '../lexicons'
import type { QuoteSegment } from '../quoteMarks'
import { tokenIndexAt } from '../quotes'
import type { Entry } from '../sources'
import { contentOf } from './content'

/** A cue token the engine looked at, and the attribution it found there (if any). */
export interface CueHit {
  token: number
  attribution: CueAttribution | null
}

export interface IndirectAttribution {
  content: Span
  entry: Entry | null
  speaker: Span | null
  cue: Span
}

/** Past this share of its characters inside quote marks, a content is the direct quote's. */
const QUOTED_SHARE = 0.5

function quotedShare(content: Span, segments: QuoteSegment[]): number {
  // The first segment that ends after the content starts (segments are in text order).
  let lo = 0
  let hi = segments.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (segments[mid].end <= content.start) lo = mid + 1
    else hi = mid
  }
  let inside = 0
  for (let i = lo; i < segments.length && segments[i].start < content.end; i++) {
    const s = segments[i]
    inside += Math.min(s.end, content.end) - Math.max(s.start, content.start)
  }
  return inside / Math.max(1, content.end - content.start)
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** The token range [first, end) that covers a span. */
const tokenRange = (ctx: Context, span: Span): [number, number] => [
  tokenIndexAt(ctx.tokens, span.start),
  tokenIndexAt(ctx.tokens, span.end),
]

/**
 * Verbs that report what a source says, thinks or wants with a content clause, beyond the speech
 * cues the quote attribution uses ("criticized the plan", "wants Congress to act"). Their subject
 * is looked up in the ledger, never added to it.
 */
const REPORTING_VERBS = new Set(
  (
    'criticized|criticizes|blamed|blames|accused|accuses|questioned|questions|cited|cites|citing|' +
    'endorsed|endorses|praised|praises|urged|urges|wants|wanted|expects|expected|believe|think|' +
    'hope|fear|know|doubt|doubts|worry|worries|worried|plans|planned|supports|supported|' +
    'opposes|opposed|proposed|proposes|demanded|demands|recommended|recommends|mentioned|' +
    'insist|admit|deny|acknowledge|refused|declined|rejected|rejects|dismissed|dismisses|' +
    'condemned|condemns|welcomed|welcomes|applauded|called|calls|described|describes|asked|asks'
  ).split('|'),
)

/** The subject phrase's entry when the ledger already knows it (a name, an alias). */
function knownEntry(ctx: Context, subject: [number, number]): Entry | null {
  const head = ctx.phraseOf[subject[1] - 1]
  const text = ctx.text.slice(ctx.tokens[subject[0]].start, ctx.tokens[subject[1] - 1].end)
  return (head ? ctx.ledger.resolveName(head.text, head.start) : undefined) ?? ctx.ledger.get(text) ?? null
}

const DETERMINER =
  /^(?:the|a|an|this|these|those|another|one|each|every|his|her|its|their|our|some|many|most|several)$/
const CLAUSE_WORD = /^(?:and|but|or|that|which|who|because|if|when|while|as|so|than|then)$/

/**
 * A plain noun phrase right before the cue that names no person ("The campaign says", "one slide
 * says"): up to six words back, to a determiner or to the start of the clause.
 */
function plainSubject(ctx: Context, cue: number): [number, number] | null {
  const { tokens } = ctx
  const sentence = tokens[cue].sentence
  let i = cue - 1
  while (
    i >= 0 &&
    tokens[i].sentence === sentence &&
    tokens[i].kind === 'word' &&
    CUE_GAP.has(tokens[i].lower)
  )
    i--
  const end = i + 1
  let start = end
  while (start > 0 && end - start < 6) {
    const t = tokens[start - 1]
    if (t.sentence !== sentence || ctx.quoted[start - 1]) break
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'poss') break
    if (CLAUSE_WORD.test(t.lower) || isCue(t) || (!t.cap && /(?:ed|ing)$/.test(t.lower))) break
    start--
    if (DETERMINER.test(t.lower)) break
  }
  if (start === end) return null
  const before = tokens[start - 1]
  const opensClause = !before || before.sentence !== sentence || /^[,;:—–(“"]$/.test(before.text)
  return DETERMINER.test(tokens[start].lower) || opensClause ? [start, end] : null
}

/**
 * A cue whose speaker the engine did not resolve: the subject phrase as the speaker, or the phrase
 * after a cue that follows a closing mark ("''…,'' said Alan Cole", with ASCII marks).
 */
function unresolved(
  ctx: Context,
  token: number,
  subject: [number, number] | null,
): { entry: Entry | null; speaker: Span; cue: Span } | null {
  const { tokens } = ctx
  // A name set off by commas just before the cue: "The chairman, Tom Brown, said …".
  const appositive = tokens[token - 1]?.text === ',' ? ctx.phraseOf[token - 2] : undefined
  const phrase =
    subject ??
    (appositive ? ([appositive.first, appositive.last] as [number, number]) : null) ??
    (/^['’]$/.test(tokens[token - 1]?.text ?? '') ? objectAfter(ctx, token) : null) ??
    plainSubject(ctx, token)
  if (!phrase) return null
  return {
    entry: knownEntry(ctx, phrase),
    speaker: { start: tokens[phrase[0]].start, end: tokens[phrase[1] - 1].end },
    cue: { start: tokens[token].start, end: tokens[token].end },
  }
}

/** The engine's cue hits, and every reporting verb outside quotes it did not look at, in text order. */
function allHits(ctx: Context, hits: CueHit[]): CueHit[] {
  const seen = new Set(hits.map((h) => h.token))
  const more: CueHit[] = []
  ctx.tokens.forEach((t, i) => {
    if (seen.has(i) || ctx.quoted[i] || t.kind !== 'word' || isCue(t)) return
    if (REPORTING_VERBS.has(t.lower) || WEAK_CUES.has(t.lower)) more.push({ token: i, attribution: null })
  })
  return [...hits, ...more].sort((a, b) => a.token - b.token)
}

/**
 * The content up to an attribution nested at its end: "Kim stressed X, KCNA said in April" gives
 * Kim's content as X, not "X, KCNA said in April".
 */
function beforeNested(ctx: Context, hits: CueHit[], from: number, content: Span): Span {
  const { tokens } = ctx
  for (let i = from + 1; i < hits.length; i++) {
    const cue = hits[i].token
    if (tokens[cue].start <= content.start) continue
    if (tokens[cue].start >= content.end) break
    const subject = subjectBefore(ctx, cue)
    const comma = subject ? subject[0] - 1 : -1
    if (comma > 0 && tokens[comma].text === ',' && tokens[comma - 1].start > content.start)
      return { start: content.start, end: tokens[comma - 1].end }
  }
  return content
}

/** One attribution per cue hit that has content; each token belongs to at most one content. */
export function findIndirect(ctx: Context, hits: CueHit[], segments: QuoteSegment[]): IndirectAttribution[] {
  const { tokens } = ctx
  const found: IndirectAttribution[] = []
  // Contents already taken, per sentence (a content never leaves its cue's sentence).
  const taken = new Map<number, Span[]>()
  const every = allHits(ctx, hits)
  for (let i = 0; i < every.length; i++) {
    const { token, attribution } = every[i]
    const t = tokens[token]
    // A capitalised cue inside a sentence is a name ("United States"), not a verb.
    if (t.cap && t.lower !== 'according' && tokens[token - 1]?.sentence === t.sentence) continue
    // After a determiner the word is a noun or an adjective ("the expected summit", "his claims").
    if (tokens[token - 1]?.sentence === t.sentence && DETERMINER.test(tokens[token - 1].lower)) continue
    // The whole subject phrase ("Mayor Tom Brown"), of which the speaker may be the head only.
    const subject = subjectBefore(ctx, token)
    const cited = attribution ?? unresolved(ctx, token, subject)
    if (!cited) continue
    const { entry, speaker, cue } = cited
    const cueEnd = tokenIndexAt(tokens, cue.end)
    let phrase = tokenRange(ctx, speaker)
    if (subject && phrase[1] <= token && subject[0] < phrase[0]) phrase = [subject[0], phrase[1]]
    const whole = contentOf(tokens, token, cueEnd, phrase)
    if (!whole) continue
    const content = beforeNested(ctx, every, i, whole)
    if (quotedShare(content, segments) >= QUOTED_SHARE) continue
    const inSentence = taken.get(t.sentence) ?? []
    if (inSentence.some((c) => overlaps(c, content))) continue
    const a = withSpeaker(ctx, { content, entry, speaker, cue })
    if (!a) continue
    taken.set(t.sentence, [...inSentence, content])
    found.push(a)
  }
  return found
}

/**
 * The attribution as it stands when its speaker lies inside its content: the phrase after the
 * cue opens the content ("said he would", "said parents want"). A pronoun there still names the
 * speaker; anything else is the content's own subject, and the speaker is not known.
 */
function withSpeaker(ctx: Context, a: IndirectAttribution & { speaker: Span }): IndirectAttribution | null {
  const { content, speaker } = a
  if (!overlaps(speaker, content)) return a
  const pronoun = Object.hasOwn(PRONOUNS, ctx.text.slice(speaker.start, speaker.end).toLowerCase())
  if (speaker.start === content.start && pronoun) return a
  return speaker.start >= content.start ? { ...a, entry: null, speaker: null } : null
}

/** The article's attributions in text order: its quotes (direct) and the reported speech (indirect). */
export function attributionList(
  quotes: Quote[],
  indirect: IndirectAttribution[],
  sourceIdOf: (e: Entry | undefined) => string | null,
): Attribution[] {
  const all: Omit<Attribution, 'id'>[] = [
    ...quotes.map((q) => ({
      kind: 'direct' as const,
      start: q.start,
      end: q.end,
      sourceId: q.sourceId,
      speaker: q.speaker,
      cue: q.cue,
    })),
    ...indirect.map((a) => ({
      kind: 'indirect' as const,
      start: a.content.start,
      end: a.content.end,
      sourceId: sourceIdOf(a.entry ?? undefined),
      speaker: a.speaker ? { ...a.speaker } : null,
      cue: { ...a.cue },
    })),
  ]
  return all.sort((a, b) => a.start - b.start || a.end - b.end).map((a, i) => ({ id: `a${i + 1}`, ...a }))
}
