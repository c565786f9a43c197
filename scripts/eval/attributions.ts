/**
 * Attribution on PolNeAR dev over ALL annotated attributions (direct and indirect): the engine's
 * `attributions` against a cue-verb baseline, measured in the same run.
 *
 * Matching: a predicted attribution is right on content when its span overlaps a gold Content
 * fragment; right on content+source when, besides, the gold Source overlaps the predicted speaker
 * or any mention of the predicted source (or, for gold without a source, nothing is predicted).
 * Precision counts predictions, recall counts gold attributions. Overlap flatters wide spans (a
 * whole sentence overlaps any content in it), so `content chars` also scores the characters:
 * predicted content characters inside gold content, and gold content characters predicted.
 *
 * The engine's choices (cue lists, the fewest content words, how content is cut) were made on
 * this dev set; there is no held-out figure here.
 */
import { analyzeText } from '../../src/main/services/analysis'
import type { Span } from '../../src/shared/model/analysis'
import { findSentences } from '../../src/shared/text/sentences'
import { polnearDocuments, type GoldAttribution } from './polnear'
import { fmt, overlaps, prf } from './scores'

export interface PredictedAttribution extends Span {
  kind: 'direct' | 'indirect'
  /** Spans that name the predicted source: the speaker mention, then the source's other mentions. */
  source: Span[]
}

/** The reporting verbs of the baseline: a plain list, nothing else. */
const BASELINE_CUES =
  /\b(?:said|says|say|told|tells|according to|reported|reports|stated|announced|claimed|claims|warned|added|denied|wrote|argued|noted|explained|insisted|suggested|believes|believe)\b/

const NAME_BEFORE = /((?:[A-Z][\w.’'-]*\s)*[A-Z][\w.’'-]*|\b(?:he|she|they|it|we|I))\s+$/
const NAME_AFTER = /^\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s)*[A-Z][\w.’'-]*)/

/** Baseline: each sentence holding a reporting verb is content; the name beside the first verb is the source. */
export function cueVerbBaseline(text: string): PredictedAttribution[] {
  const out: PredictedAttribution[] = []
  for (const s of findSentences(text)) {
    const sentence = text.slice(s.start, s.end)
    const m = BASELINE_CUES.exec(sentence)
    if (!m) continue
    const source: Span[] = []
    const before = NAME_BEFORE.exec(sentence.slice(0, m.index))
    const after = NAME_AFTER.exec(sentence.slice(m.index + m[0].length))
    if (before) source.push({ start: s.start + before.index, end: s.start + before.index + before[1].length })
    else if (after) {
      const at = s.start + m.index + m[0].length + after[0].indexOf(after[1])
      source.push({ start: at, end: at + after[1].length })
    }
    out.push({ kind: 'indirect', start: s.start, end: s.end, source })
  }
  return out
}

/** The engine's attributions, each with the spans that name its source. */
export function engineAttributions(text: string): PredictedAttribution[] {
  const a = analyzeText(text)
  const mentions = new Map(a.sources.map((s) => [s.id, s.mentions]))
  return a.attributions.map((x) => ({
    kind: x.kind,
    start: x.start,
    end: x.end,
    source: [...(x.speaker ? [x.speaker] : []), ...(x.sourceId ? (mentions.get(x.sourceId) ?? []) : [])],
  }))
}

const contentHit = (p: Span, g: GoldAttribution): boolean => g.content.some((c) => overlaps(c, p))
const sourceRight = (p: PredictedAttribution, g: GoldAttribution): boolean =>
  g.source.length ? g.source.some((s) => p.source.some((m) => overlaps(m, s))) : p.source.length === 0

interface Counts {
  nPred: number
  nGold: number
  tpPred: number
  tpGold: number
  tpPredSrc: number
  tpGoldSrc: number
  /** Characters: predicted, gold, and both (each character counted once per document). */
  charsPred: number
  charsGold: number
  charsBoth: number
}

/** Marks the characters of `spans` in a document of `length` characters. */
function covered(length: number, spans: Span[]): Uint8Array {
  const marks = new Uint8Array(length)
  for (const s of spans) marks.fill(1, s.start, s.end)
  return marks
}

function score(predict: (text: string) => PredictedAttribution[], verbose: boolean, label: string): Counts {
  const c: Counts = {
    nPred: 0,
    nGold: 0,
    tpPred: 0,
    tpGold: 0,
    tpPredSrc: 0,
    tpGoldSrc: 0,
    charsPred: 0,
    charsGold: 0,
    charsBoth: 0,
  }
  const cache = new Map<string, PredictedAttribution[]>()
  for (const doc of polnearDocuments()) {
    if (!cache.has(doc.name)) cache.set(doc.name, predict(doc.text))
    const pred = cache.get(doc.name)!
    for (const p of pred) {
      c.nPred++
      const hits = doc.gold.filter((g) => contentHit(p, g))
      if (hits.length) c.tpPred++
      else if (verbose)
        console.log(`  ${label} FP ${p.kind} ${doc.name}: ${doc.text.slice(p.start, p.end).slice(0, 90)}`)
      if (hits.some((g) => sourceRight(p, g))) c.tpPredSrc++
    }
    for (const g of doc.gold) {
      c.nGold++
      const found = pred.filter((p) => contentHit(p, g))
      if (found.length) c.tpGold++
      else if (verbose) console.log(`  ${label} FN ${doc.name}: ${g.contentText.slice(0, 90)}`)
      if (found.some((p) => sourceRight(p, g))) c.tpGoldSrc++
    }
    const predicted = covered(doc.text.length, pred)
    const gold = covered(
      doc.text.length,
      doc.gold.flatMap((g) => g.content),
    )
    for (let i = 0; i < doc.text.length; i++) {
      c.charsPred += predicted[i]
      c.charsGold += gold[i]
      c.charsBoth += predicted[i] & gold[i]
    }
  }
  return c
}

function report(label: string, c: Counts): void {
  const name = `attribution polnear-dev ${label.padEnd(9)}`
  console.log(
    `${name} content        ${fmt(prf(c.tpPred, c.nPred, c.tpGold, c.nGold))} (pred ${c.nPred}, gold ${c.nGold})`,
  )
  console.log(`${name} content+source ${fmt(prf(c.tpPredSrc, c.nPred, c.tpGoldSrc, c.nGold))}`)
  console.log(`${name} content chars  ${fmt(prf(c.charsBoth, c.charsPred, c.charsBoth, c.charsGold))}`)
}

export function evalAttributions(verbose = false): void {
  console.log(
    'attribution: PolNeAR dev, all attributions (direct and indirect), content by overlap; ' +
      'choices made on this dev set (no held-out figure)',
  )
  report('baseline', score(cueVerbBaseline, false, 'baseline'))
  report('engine', score(engineAttributions, verbose, 'engine'))
}
