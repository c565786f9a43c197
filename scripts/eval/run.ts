/**
 * Evaluation of the analysis engine on the shared dev data (never copied into the repo):
 *  1. quotes and speakers on PolNeAR dev (brat standoff), against a naive regex baseline. The
 *     engine's quote and speaker rules were chosen looking at this set's errors, so its figures
 *     are seen-data figures; held-out figures are measured outside this repository;
 *  2. check-worthiness on CheckThat! 2024: nested cross-validation on dev as the headline, seen
 *     figures beside it (claims.ts);
 *  3. the sample article's hand-made expectations;
 *  4. attributions, direct and indirect, on PolNeAR dev against a cue-verb baseline (attributions.ts).
 * Run: npx tsx scripts/eval/run.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeText } from '../../src/main/services/analysis'
import { extractArticle } from '../../src/main/services/importers'
import { checkSample } from '../../src/test-support/sampleCheck'
import { sampleText, type SampleExpectation } from '../../src/test-support/sample'
import type { Span } from '../../src/shared/model/analysis'
import { DEFAULT_READER_CLAIM_THRESHOLD } from '../../src/shared/model/claimThreshold'
import { evalClaims } from './claims'
import { evalAttributions } from './attributions'
import { readAttributions } from './polnear'
import { fmt, overlaps, prf } from './scores'

const DATA = '../shared/data'
const verbose = process.argv.includes('--verbose')

// ---------- 1. PolNeAR ----------
interface GoldQuote {
  content: Span[]
  source: Span[]
}

/** The gold quotes: attributions whose content holds a quotation mark. */
function readAnn(path: string): GoldQuote[] {
  return readAttributions(path)
    .filter((a) => /[“”"]/.test(a.contentText))
    .map((a) => ({ content: a.content, source: a.source }))
}

interface PredQuote extends Span {
  speakerSpans: Span[] | null
}

function naiveQuotes(text: string): PredQuote[] {
  const out: PredQuote[] = []
  const re = /[“"]([^“”"\n]+)[”"]/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + 1
    const end = start + m[1].length
    const after = text.slice(end + 1, end + 80)
    const before = text.slice(Math.max(0, start - 120), start - 1)
    let speaker: Span | null = null
    const a =
      /^[,\s]*(?:(?:said|says)\s+([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)*)|([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)*)\s+(?:said|says))/.exec(
        after,
      )
    if (a) {
      const name = a[1] ?? a[2]
      const at = end + 1 + a.index + a[0].indexOf(name)
      speaker = { start: at, end: at + name.length }
    } else {
      const b = /([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)*)\s+(?:said|says)[^“"”]*$/.exec(before)
      if (b) {
        const at = Math.max(0, start - 120) + b.index
        speaker = { start: at, end: at + b[1].length }
      }
    }
    out.push({ start, end, speakerSpans: speaker ? [speaker] : null })
  }
  return out
}

function engineQuotes(text: string): PredQuote[] {
  const a = analyzeText(text)
  const byId = new Map(a.sources.map((s) => [s.id, s]))
  return a.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    speakerSpans: q.speaker
      ? [q.speaker, ...(q.sourceId ? (byId.get(q.sourceId)?.mentions ?? []) : [])]
      : null,
  }))
}

function evalPolnear(predict: (text: string) => PredQuote[], label: string): void {
  const dir = join(DATA, 'attribution-dev')
  const texts = new Map<string, PredQuote[]>()
  let nPred = 0
  let tpPred = 0
  let nGold = 0
  let tpGold = 0
  let nSpkPred = 0
  let tpSpkPred = 0
  let nSpkGold = 0
  let tpSpkGold = 0
  const misses: string[] = []
  for (const ann of readdirSync(join(dir, 'attributions')).sort()) {
    const base = ann.replace(/_[0-9a-f]+\.ann$/, '')
    const text = readFileSync(join(dir, 'text', base + '.txt'), 'utf8')
    if (!texts.has(base)) texts.set(base, predict(text))
    const pred = texts.get(base)!
    const gold = readAnn(join(dir, 'attributions', ann))
    const goldHit = (q: PredQuote): GoldQuote[] => gold.filter((g) => g.content.some((c) => overlaps(c, q)))
    const speakerRight = (q: PredQuote, g: GoldQuote): boolean =>
      !!q.speakerSpans && g.source.some((s) => q.speakerSpans!.some((m) => overlaps(m, s)))
    for (const q of pred) {
      nPred++
      const hits = goldHit(q)
      if (hits.length) tpPred++
      else if (verbose && label === 'engine')
        misses.push(`FP ${base}: ${text.slice(q.start, q.end).slice(0, 80)}`)
      if (q.speakerSpans) {
        nSpkPred++
        if (hits.some((g) => speakerRight(q, g))) tpSpkPred++
        else if (verbose && label === 'engine' && hits.length)
          misses.push(
            `SPK ${base}: ${text.slice(q.start, q.end).slice(0, 50)} | pred=${text.slice(q.speakerSpans[0].start, q.speakerSpans[0].end)} gold=${hits[0].source.map((s) => text.slice(s.start, s.end)).join('/')}`,
          )
      }
    }
    for (const g of gold) {
      nGold++
      const found = pred.filter((q) => g.content.some((c) => overlaps(c, q)))
      if (found.length) tpGold++
      else if (verbose && label === 'engine')
        misses.push(
          `FN ${base}: ${g.content
            .map((c) => text.slice(c.start, c.end))
            .join(' … ')
            .slice(0, 100)}`,
        )
      if (g.source.length) {
        nSpkGold++
        if (found.some((q) => speakerRight(q, g))) tpSpkGold++
        else if (verbose && label === 'engine' && found.length && !found.some((q) => q.speakerSpans))
          misses.push(
            `NOSPK ${base}: ${text.slice(found[0].start, found[0].end).slice(0, 60)} gold=${g.source.map((s) => text.slice(s.start, s.end)).join('/')}`,
          )
      }
    }
  }
  if (verbose) for (const m of misses) console.log('  ' + m)
  console.log(
    `polnear-dev ${label.padEnd(6)} quotes   ${fmt(prf(tpPred, nPred, tpGold, nGold))} (pred ${nPred}, gold ${nGold})`,
  )
  console.log(
    `polnear-dev ${label.padEnd(6)} speakers ${fmt(prf(tpSpkPred, nSpkPred, tpSpkGold, nSpkGold))} (pred with speaker ${nSpkPred}, gold with source ${nSpkGold})`,
  )
  if (label === 'engine')
    console.log(
      'polnear-dev engine: rules chosen on this set (seen data, overlap scoring); not a held-out figure',
    )
}

// ---------- 3. Sample ----------
async function evalSample(): Promise<void> {
  const expected = JSON.parse(
    readFileSync(join(DATA, 'samples/kim-putin-vostochny-scraped.expected.json'), 'utf8'),
  ) as SampleExpectation
  const text = await sampleText(
    expected,
    readFileSync(join(DATA, 'samples', expected.file), 'utf8'),
    extractArticle,
  )
  const analysis = analyzeText(text)
  const results = checkSample(expected, text, analysis)
  const failed = results.filter((r) => !r.ok)
  for (const r of failed) console.log(`  FAIL ${r.what}: ${r.detail}`)
  console.log(`sample expectations: ${results.length - failed.length} passed, ${failed.length} failed`)
  const worthy = analysis.claims.filter((c) => c.checkworthy).length
  console.log(
    `sample claims: ${worthy} of ${analysis.claims.length} sentences check-worthy at the default threshold`,
  )
  const drawn = analysis.claims.filter((c) => c.score >= DEFAULT_READER_CLAIM_THRESHOLD).length
  console.log(
    `sample claims: ${drawn} of ${analysis.claims.length} sentences drawn by the reader at its default (${DEFAULT_READER_CLAIM_THRESHOLD})`,
  )
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
if (!only || only === 'polnear') {
  evalPolnear(naiveQuotes, 'naive')
  evalPolnear(engineQuotes, 'engine')
}
if (!only || only === 'claims') {
  evalClaims(verbose)
}
if (!only || only === 'sample') void evalSample()
if (!only || only === 'attributions') evalAttributions(verbose)
