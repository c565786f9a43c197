/**
 * Direct quotes and who said them. For each quoted segment the attribution is looked for, in
 * order: right after the closing mark (“…,” Putin said / “…,” said the JCS), earlier in its
 * sentence (Putin responded: “…” / X said his trip was a “clear manifestation”), later in its
 * sentence (“…” of the talks, state media reported), a transcript label (PENCE: …), a byline
 * after a dash (“…” ― Sonya Herridge), an introducing colon at the end of the previous paragraph
 * (Caddell continued: / Sanders made the following comment:), an earlier quote of the same
 * paragraph (“…,” he said. “…”), a cue or else the subject of the sentence before a bare quote
 * (…, Schiff said. “…”), the previous paragraph's quote when the paragraph is all quote
 * (carry-over), and last, for a quote left open at a paragraph's end, the speaker named where it
 * goes on in the next paragraph. Short quoted phrases with no cue (scare quotes, titles) are not
 * speech. These rules were chosen on PolNeAR dev (`npm run eval`), as general English patterns.
 */
import type { Span } from '../../../shared/model/analysis'
import type { Attribution, Context } from './attributionContext'
import { attributionAt, isCue, isWeakCue } from './cues'
import { mainSubject, subjectBefore } from './nounPhrases'
import type { QuoteSegment } from './quoteMarks'
import { recordSpeaker, resolveSpeaker, speakerOf, speakingKind } from './speakers'
import type { Token } from './tokens'

export interface FoundQuote {
  segment: QuoteSegment
  attribution: Attribution | null
  /** How the attribution was found. */
  via: 'right' | 'left' | 'sentence' | 'paragraph' | 'carry' | null
}

export function tokenIndexAt(tokens: Token[], pos: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

const QUOTE_MARK = /^[“”"«»„]$/
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).length

function rightAttribution(
  ctx: Context,
  closeIdx: number,
  paragraphOf: (t: Token) => number,
): Attribution | null {
  const { tokens } = ctx
  let i = closeIdx + 1
  let dash = -1
  while (i < tokens.length && /^[,—–―-]$/.test(tokens[i].text)) {
    if (tokens[i].text !== ',') dash = i
    i++
  }
  if (i >= tokens.length || paragraphOf(tokens[i]) !== paragraphOf(tokens[closeIdx])) return null
  // A byline after a dash: “…” ― Sonya Herridge
  if (dash >= 0 && ctx.phraseOf[i]?.first === i) {
    const np = ctx.phraseOf[i]!
    const after = tokens[np.last]
    if (!after || paragraphOf(after) !== paragraphOf(tokens[i]) || /^[.,;)]$/.test(after.text)) {
      const r = speakerOf(ctx, [np.first, np.last])
      if (r) return { ...r, cue: { start: tokens[dash].start, end: tokens[dash].end } }
    }
  }
  if (isCue(tokens[i]) || isWeakCue(tokens[i]) || tokens[i].lower === 'according') {
    const a = attributionAt(ctx, i)
    if (a) return a
  }
  const sentence = tokens[i].sentence
  const endsSentence = closeIdx > 0 && tokens[closeIdx - 1].text.endsWith('.')
  for (let c = i + 1; c < tokens.length && c - i < 40; c++) {
    const t = tokens[c]
    if (t.sentence !== sentence || QUOTE_MARK.test(t.text) || ctx.quoted[c]) break
    if (t.text === '.' || t.text === ';') break
    if (!(isCue(t) || isWeakCue(t))) continue
    const subject = subjectBefore(ctx, c)
    if (
      !subject ||
      subject[0] < i ||
      (subject[0] > i && !(subject[0] === i + 1 && /^(?:and|but|then|as)$/.test(tokens[i].lower)))
    ) {
      // not this cue's phrase: "of North Korea", keep looking only past a noun phrase
      if (c - i > 14) break
      continue
    }
    // A quote that ends its sentence (“… recklessness.” Park said Kim was …): a cue with words
    // of its own after it opens the next sentence and says something else.
    if (endsSentence && !/^[.,;:]$/.test(tokens[c + 1]?.text ?? '.')) break
    const a = attributionAt(ctx, c)
    if (a) return a
  }
  return null
}

function leftAttribution(ctx: Context, sentenceStart: number, openIdx: number): Attribution | null {
  const { tokens } = ctx
  for (let c = sentenceStart; c < openIdx; c++) {
    const t = tokens[c]
    if (ctx.quoted[c]) continue
    if (isCue(t) || t.lower === 'according') {
      if (t.lower === 'according' && tokens[c + 1]?.lower !== 'to') continue
      const a = attributionAt(ctx, c)
      if (a) return a
    }
  }
  // A weak cue right before the quote: "called it", "asked,".
  for (let c = openIdx - 1; c >= sentenceStart && openIdx - c <= 3; c--) {
    const t = tokens[c]
    if (ctx.quoted[c]) break
    if ((isCue(t) || isWeakCue(t)) && !ctx.quoted[c]) {
      const a = attributionAt(ctx, c)
      if (a) return a
    }
    if (
      t.kind === 'word' &&
      /^(?:it|them|him|her|this|that|the|a|an|as)$/.test(t.lower) &&
      c - 1 >= sentenceStart &&
      isWeakCue(tokens[c - 1])
    ) {
      const a = attributionAt(ctx, c - 1)
      if (a) return a
    }
  }
  // The nearest weak cue earlier in the sentence: "called Wells Fargo’s behavior “outrageous”".
  for (let c = openIdx - 1; c >= sentenceStart; c--) {
    if (ctx.quoted[c] || !isWeakCue(tokens[c])) continue
    const a = attributionAt(ctx, c)
    if (a) return a
  }
  return null
}

/** A transcript line: "PENCE: Well, look, …" — the capitalised label before the colon. */
function transcriptSpeaker(ctx: Context, paragraphStart: number, openIdx: number): Attribution | null {
  const { tokens } = ctx
  let i = tokenIndexAt(tokens, paragraphStart)
  let limit = openIdx
  if (i === openIdx && QUOTE_MARK.test(tokens[i]?.text ?? '')) {
    i++ // "PENCE: … (the label inside the quote)
    limit = i + 4
  }
  const first = i
  while (i < limit && i - first < 4 && tokens[i].kind === 'word' && /^[A-Z][A-Z.'’-]+$/.test(tokens[i].text))
    i++
  if (i === first || tokens[i]?.text !== ':') return null
  const range: [number, number] = [first, i]
  const cue = { start: tokens[i].start, end: tokens[i].end }
  const r = speakerOf(ctx, range)
  if (r) return { ...r, cue }
  // An all-capitals label: the person whose surname it is, else a new person.
  const speaker = { start: tokens[first].start, end: tokens[i - 1].end }
  const label = ctx.text
    .slice(speaker.start, speaker.end)
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
  const entry = ctx.ledger.resolveName(label, speaker.start) ?? ctx.ledger.add(label, 'person', null, null)
  entry.cited = true
  ctx.ledger.mention(entry, speaker)
  return { entry, speaker, cue }
}

function sentenceAttribution(ctx: Context, from: number, sentence: number): Attribution | null {
  const { tokens } = ctx
  for (let c = from; c < tokens.length && tokens[c].sentence === sentence; c++) {
    if (ctx.quoted[c]) continue
    const t = tokens[c]
    if (isCue(t) || (t.lower === 'according' && tokens[c + 1]?.lower === 'to')) {
      const a = attributionAt(ctx, c)
      if (a) return a
    }
  }
  return null
}

export function attributeQuotes(
  ctx: Context,
  segments: QuoteSegment[],
  sentenceOfToken: (t: Token) => { start: number; paragraph: number },
): FoundQuote[] {
  const { tokens } = ctx
  const paragraphOf = (t: Token): number => sentenceOfToken(t).paragraph
  const found: FoundQuote[] = []
  for (const seg of segments) {
    const openIdx = tokenIndexAt(tokens, seg.open)
    const closeIdx = seg.close === null ? -1 : tokenIndexAt(tokens, seg.close)
    let attribution: Attribution | null = null
    let via: FoundQuote['via'] = null
    if (closeIdx >= 0) {
      attribution = rightAttribution(ctx, closeIdx, paragraphOf)
      if (attribution) via = 'right'
    }
    if (!attribution && openIdx < tokens.length) {
      const sentence = tokens[openIdx].sentence
      let start = openIdx
      while (start > 0 && tokens[start - 1].sentence === sentence) start--
      attribution = leftAttribution(ctx, start, openIdx)
      if (attribution) via = 'left'
    }
    if (!attribution && closeIdx >= 0 && closeIdx + 1 < tokens.length) {
      attribution = sentenceAttribution(ctx, closeIdx + 1, tokens[closeIdx].sentence)
      if (attribution) via = 'sentence'
    }
    if (!attribution && openIdx < tokens.length) {
      const p = sentenceOfToken(tokens[openIdx])
      let ps = p.start
      while (ps > 0 && ctx.text[ps - 1] !== '\n') ps--
      attribution = transcriptSpeaker(ctx, ps, openIdx)
      if (attribution) via = 'left'
    }
    if (!attribution) {
      // An earlier quote of the same paragraph: “…,” he said. “…”
      for (let k = found.length - 1; k >= 0; k--) {
        const prev = found[k]
        if (prev.segment.paragraph !== seg.paragraph) break
        if (prev.attribution) {
          attribution = prev.attribution
          via = 'paragraph'
          break
        }
      }
    }
    const opensParagraph = seg.open === paragraphStartOf(ctx, seg)
    if (!attribution && opensParagraph) {
      // Introduced by the previous paragraph: "Caddell continued:"
      attribution = colonAttribution(ctx, openIdx, paragraphOf)
      if (attribution) via = 'left'
    }
    if (!attribution && !opensParagraph && opensSentence(ctx, openIdx)) {
      // Named in the sentence before: "Sen. Bernie Sanders (Vt.) identified … . “The younger …”"
      const prevSentence = tokens[openIdx - 1].sentence
      if (paragraphOf(tokens[openIdx - 1]) === seg.paragraph) {
        // "…, Schiff said. “The other factor …”": the speaker of the sentence before.
        attribution = previousSentenceCue(ctx, openIdx)
        if (!attribution) {
          const subject = mainSubject(ctx, prevSentence, openIdx)
          const r = subject ? resolveSpeaker(ctx, subject) : null
          if (r && speakingKind(r) === 'person') {
            const recorded = recordSpeaker(ctx.ledger, r)
            attribution = { ...recorded, cue: recorded.speaker }
          }
        }
        if (attribution) via = 'carry'
      }
    }
    if (!attribution && (seg.whole || opensParagraph)) {
      const prev = found[found.length - 1]
      if (
        prev &&
        prev.attribution &&
        prev.segment.paragraph >= seg.paragraph - 1 &&
        prev.segment.paragraph < seg.paragraph
      ) {
        attribution = prev.attribution
        via = 'carry'
      }
    }
    const words = wordCount(ctx.text.slice(seg.start, seg.end))
    const soCalled = /\bso-called\s*$/i.test(ctx.text.slice(Math.max(0, seg.open - 12), seg.open))
    const speech = soCalled
      ? false
      : attribution
        ? !(
            via === 'sentence' &&
            (words <= 2 || (words <= 3 && titleCase(ctx.text.slice(seg.start, seg.end))))
          )
        : words >= MIN_UNATTRIBUTED_WORDS || (seg.whole && words >= 3) || sentenceHasCue(ctx, openIdx)
    if (!speech) continue
    found.push({ segment: seg, attribution, via })
  }
  attributeForward(ctx, found)
  return found
}

/**
 * A quote paragraph with no speaker, whose quote goes on in the next paragraph where the speaker
 * is named: “… ¶ “…,” Smith said. — the speaker named after the quote, across the break.
 */
function attributeForward(ctx: Context, found: FoundQuote[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const q = found[i]
    const next = found[i + 1]
    // An unclosed quote goes on in the next paragraph: its speaker is the one named there.
    if (q.segment.close !== null || (q.attribution && q.via !== 'carry')) continue
    if (!next.attribution || next.via !== 'right') continue
    if (next.segment.paragraph !== q.segment.paragraph + 1) continue
    if (next.segment.open !== paragraphStartOf(ctx, next.segment)) continue
    q.attribution = next.attribution
    q.via = 'carry'
  }
}

const MIN_UNATTRIBUTED_WORDS = 4

/** The attribution of a cue (outside quotes) in the sentence that ends right before `openIdx`. */
function previousSentenceCue(ctx: Context, openIdx: number): Attribution | null {
  const { tokens } = ctx
  const sentence = tokens[openIdx - 1].sentence
  for (let c = openIdx - 1; c >= 0 && tokens[c].sentence === sentence; c--) {
    if (ctx.quoted[c] || !isCue(tokens[c])) continue
    const a = attributionAt(ctx, c)
    if (a) return a
  }
  return null
}

/** The quote mark at `openIdx` is the first token of its sentence. */
function opensSentence(ctx: Context, openIdx: number): boolean {
  const { tokens } = ctx
  return openIdx > 0 && openIdx < tokens.length && tokens[openIdx - 1].sentence !== tokens[openIdx].sentence
}

/** A paragraph-opening quote introduced by a colon at the end of the previous paragraph. */
function colonAttribution(
  ctx: Context,
  openIdx: number,
  paragraphOf: (t: Token) => number,
): Attribution | null {
  const { tokens } = ctx
  const colon = openIdx - 1
  if (colon < 0 || tokens[colon].text !== ':') return null
  if (paragraphOf(tokens[colon]) !== paragraphOf(tokens[openIdx]) - 1) return null
  const sentence = tokens[colon].sentence
  let c = colon
  while (c > 0 && tokens[c - 1].sentence === sentence) c--
  const first = c
  for (; c < colon; c++) {
    if (ctx.quoted[c]) continue
    const t = tokens[c]
    if (isCue(t) || isWeakCue(t) || (t.lower === 'according' && tokens[c + 1]?.lower === 'to')) {
      const a = attributionAt(ctx, c)
      if (a) return a
    }
  }
  // "Sanders made the following comment:" — no cue verb, but the sentence's subject introduces it.
  const subject = mainSubject(ctx, sentence, colon)
  const r = subject && first < colon ? resolveSpeaker(ctx, subject) : null
  if (!r || speakingKind(r) !== 'person') return null
  const recorded = recordSpeaker(ctx.ledger, r)
  return { ...recorded, cue: { start: tokens[colon].start, end: tokens[colon].end } }
}

/** A cue word anywhere in the sentence of token `i`, outside quotes. */
function sentenceHasCue(ctx: Context, i: number): boolean {
  const { tokens } = ctx
  if (i >= tokens.length) return false
  const sentence = tokens[i].sentence
  let a = i
  while (a > 0 && tokens[a - 1].sentence === sentence) a--
  for (let k = a; k < tokens.length && tokens[k].sentence === sentence; k++)
    if (
      !ctx.quoted[k] &&
      (isCue(tokens[k]) ||
        isWeakCue(tokens[k]) ||
        /^(?:as|calling|describing|dubbed|labeling|according)$/.test(tokens[k].lower))
    )
      return true
  return false
}

function paragraphStartOf(ctx: Context, seg: QuoteSegment): number {
  // The paragraph opens with the quote when nothing but the mark precedes it on the line.
  let i = seg.open
  while (i > 0 && ctx.text[i - 1] !== '\n') i--
  return /^\s*$/.test(ctx.text.slice(i, seg.open)) ? seg.open : -1
}

const titleCase = (s: string): boolean =>
  s.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|a|in|on|for|to)$/.test(w))

export type { Span }
