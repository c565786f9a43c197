/**
 * Check-worthiness on CheckThat! 2024 (F1 of the Yes class), every figure labelled with the data
 * its choices were made on:
 *  - the headline: nested k-fold cross-validation on dev, in blocks of neighbouring sentences (so
 *    held-out folds are unseen debates). Each outer fold's model is chosen,
 *    calibrated and thresholded by an inner cross-validation on the other folds only, then
 *    scores the held-out fold; the pooled held-out predictions give P/R/F1 and the reliability
 *    table, at the F1-best threshold (`checkworthy`) and at the reader's F0.5-best default, each
 *    chosen inside the folds.
 *  - the same nested cross-validation without the hand-written cues (n-grams only), which were
 *    written while reading dev: the gap says how much the cues may owe to having seen it.
 *  - seen figures: the shipped model (claimWeights.json, fitted on all of dev) on dev and on
 *    dev-test. Dev-test is seen data: the cue patterns were written while reading it.
 *  - the always-yes baseline on both, and dev-test as truly unseen data for an n-grams-only model
 *    chosen and fitted on dev.
 */
import { scoreSentence } from '../../src/main/services/analysis'
import {
  DEFAULT_CLAIM_THRESHOLD,
  DEFAULT_READER_CLAIM_THRESHOLD,
} from '../../src/shared/model/claimThreshold'
import { DEV, DEV_TEST, readCheckThat } from '../train/checkThat'
import {
  calibrate,
  choose,
  CONFIGS,
  counts,
  describe,
  examples,
  f1,
  fit,
  folds,
  K,
  logit,
  NGRAM_ONLY_CONFIGS,
  type Config,
  type Counts,
  type Example,
  type Row,
} from '../train/learn'

const prf = (c: Counts): string => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1(c).toFixed(3)}`
}

const allYes = (ys: number[]): Counts => ({
  tp: ys.filter(Boolean).length,
  fp: ys.filter((y) => !y).length,
  fn: 0,
})

/**
 * Out-of-fold calibrated scores and decisions of the nested cross-validation on dev: `worthy` at
 * each fold's F1-best threshold, `shown` at its reader (F0.5-best) threshold.
 */
function nested(
  data: Example[],
  log: (line: string) => void,
  candidates: Config[] = CONFIGS,
): { scores: number[]; worthy: boolean[]; shown: boolean[] } {
  const ys = data.map((e) => e.y)
  const outer = folds(data.length, K)
  const scores = new Array<number>(data.length)
  const worthy = new Array<boolean>(data.length)
  const shown = new Array<boolean>(data.length)
  for (let f = 0; f < K; f++) {
    const train = data.filter((_, i) => outer[i] !== f)
    const choice = choose(train, K, undefined, candidates)
    const model = fit(train, choice.config)
    const held: number[] = []
    data.forEach((e, i) => {
      if (outer[i] !== f) return
      scores[i] = calibrate(choice.platt, logit(model, e))
      worthy[i] = scores[i] >= choice.threshold
      shown[i] = scores[i] >= choice.readerThreshold
      held.push(i)
    })
    const c = counts(
      held.map((i) => (worthy[i] ? 1 : 0)),
      held.map((i) => ys[i]),
      0.5,
    )
    log(
      `  fold ${f + 1}: chose ${describe(choice.config)}, threshold ${choice.threshold.toFixed(2)} (reader ${choice.readerThreshold.toFixed(2)}); held-out ${prf(c)}`,
    )
  }
  return { scores, worthy, shown }
}

/** Reliability: per score band, how many sentences, their mean score and the share that are Yes. */
function reliability(scores: number[], ys: number[], log: (line: string) => void): void {
  log('  score band   n    mean score  share Yes')
  for (let b = 0; b < 10; b++) {
    const idx = scores.flatMap((s, i) => (Math.min(9, Math.floor(s * 10)) === b ? [i] : []))
    if (!idx.length) continue
    const mean = idx.reduce((a, i) => a + scores[i], 0) / idx.length
    const yes = idx.filter((i) => ys[i]).length / idx.length
    log(
      `  ${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}  ${String(idx.length).padStart(4)}    ${mean.toFixed(3)}      ${yes.toFixed(3)}`,
    )
  }
}

export function evalClaims(verbose: boolean, log: (line: string) => void = console.log): void {
  const dev = readCheckThat(DEV)
  const devTest = readCheckThat(DEV_TEST)
  const devYs = dev.map((r) => (r.yes ? 1 : 0))
  const testYs = devTest.map((r) => (r.yes ? 1 : 0))

  log(
    `claims: ${K}-fold nested cross-validation on dev, blocked by debate (n=${dev.length}, yes=${devYs.filter(Boolean).length}); every choice made inside the folds`,
  )
  const data = examples(dev)
  const { scores, worthy, shown } = nested(data, log)
  const cv = counts(worthy.map(Number), devYs, 0.5)
  log(`claims dev      cross-validated  ${prf(cv)}   <- headline (held-out folds, F1-best threshold)`)
  log(
    `claims dev      cross-validated at the reader default (F0.5-best threshold)  ${prf(counts(shown.map(Number), devYs, 0.5))}`,
  )
  log(
    `claims thresholds shipped (chosen out of fold on dev): checkworthy ${DEFAULT_CLAIM_THRESHOLD} (F1-best), reader default ${DEFAULT_READER_CLAIM_THRESHOLD} (F0.5-best)`,
  )
  log(
    'claims: the same without the hand-written cues (n-grams only; the cue patterns were written while reading dev)',
  )
  const plain = nested(data, verbose ? log : () => {}, NGRAM_ONLY_CONFIGS)
  log(`claims dev      cross-validated, n-grams only  ${prf(counts(plain.worthy.map(Number), devYs, 0.5))}`)
  log(`claims dev      always-yes       ${prf(allYes(devYs))}`)
  log('claims dev      reliability of the cross-validated (out-of-fold) scores:')
  reliability(scores, devYs, log)

  const shipped = (rows: Row[]) => rows.map((r) => scoreSentence(r.text))
  const onDev = shipped(dev)
  const onTest = shipped(devTest)
  const decisions = (s: { checkworthy: boolean }[]) => s.map((x) => (x.checkworthy ? 1 : 0))
  log(
    'seen data (not an evaluation): the shipped model, fitted on all of dev; dev-test shaped the cue patterns',
  )
  log(`claims dev      seen (fitted on) ${prf(counts(decisions(onDev), devYs, 0.5))}`)
  const devScores = onDev.map((x) => x.score)
  const atReaderDefault = counts(devScores, devYs, DEFAULT_READER_CLAIM_THRESHOLD)
  log(`claims dev      seen (fitted on), reader default ${prf(atReaderDefault)}`)
  log(
    `claims dev-test seen            ${prf(counts(decisions(onTest), testYs, 0.5))} (n=${devTest.length}, yes=${testYs.filter(Boolean).length})`,
  )
  log(`claims dev-test always-yes       ${prf(allYes(testYs))}`)
  // An n-grams-only model, chosen and fitted on dev, has not seen dev-test in any way.
  const choice = choose(data, K, undefined, NGRAM_ONLY_CONFIGS)
  const plainModel = fit(data, choice.config)
  const plainTest = examples(devTest).map((e) => calibrate(choice.platt, logit(plainModel, e)))
  log(
    `claims dev-test unseen by an n-grams-only model (${describe(choice.config)}, chosen on dev) ${prf(counts(plainTest, testYs, choice.threshold))}`,
  )
  if (verbose)
    devTest.forEach((r, i) => {
      if (onTest[i].checkworthy !== r.yes)
        log(`  ${r.yes ? 'FN' : 'FP'} ${onTest[i].score} ${onTest[i].reasons.join(',')} | ${r.text}`)
    })
}
