/**
 * Fitting and choosing a check-worthiness model: L2-regularised logistic regression by full-batch
 * gradient descent (Adam), Platt scaling, F1- and F0.5-best thresholds, and blocked k-fold selection.
 * Everything is deterministic: fixed folds, fixed order, full-batch steps, no random state.
 * Shared by the training script (train) and the evaluation (nested cross-validation).
 */
import { sentenceCues } from '../../src/main/services/analysis/claims'
import {
  ngramVector,
  type ClaimModelFile,
  type NgramSet,
  type SparseVector,
} from '../../src/main/services/analysis/claimModel'

/** A labelled sentence from a CheckThat!-style file. */
export interface Row {
  text: string
  yes: boolean
}

/** One candidate: which n-grams, and how strong the L2 penalty is; `noCues` leaves the hand-written cues out. */
export interface Config {
  ngrams: NgramSet
  lambda: number
  noCues?: boolean
}

/** Folds of every cross-validation. */
export const K = 5

/** The hashed space the models are fitted in. */
export const BITS = 16
/** Weights are stored to 1/SCALE and dropped below 1/SCALE (both apply in every fold too). */
const SCALE = 1000

const NONE: NgramSet = { words: false, chars: false }
const WORDS: NgramSet = { words: true, chars: false }
const BOTH: NgramSet = { words: true, chars: true }
/** The candidates every selection chooses among. */
export const CONFIGS: Config[] = [NONE, WORDS, BOTH].flatMap((ngrams) =>
  [0.1, 0.3, 1, 3].map((lambda) => ({ ngrams, lambda })),
)
/**
 * The same without the hand-written cues, for comparison only: the cue patterns were written while
 * reading dev, n-grams were not, so these figures carry no such bias.
 */
export const NGRAM_ONLY_CONFIGS: Config[] = [WORDS, BOTH].flatMap((ngrams) =>
  [0.1, 0.3, 1, 3].map((lambda) => ({ ngrams, lambda, noCues: true })),
)

/** A sentence as the model reads it: cue names, and its n-gram vector per n-gram set. */
export interface Example {
  cues: string[]
  vectors: Map<string, SparseVector>
  y: number
}

const key = (set: NgramSet): string => `${set.words ? 'w' : ''}${set.chars ? 'c' : ''}`

/** The examples of some rows, vectorised once for every n-gram set of the candidates. */
export function examples(rows: Row[]): Example[] {
  const sets = [...new Map(CONFIGS.map((c) => [key(c.ngrams), c.ngrams])).values()]
  return rows.map((r) => ({
    cues: sentenceCues(r.text).cues,
    vectors: new Map(sets.map((s) => [key(s), ngramVector(r.text, s, BITS)])),
    y: r.yes ? 1 : 0,
  }))
}

/** A fitted linear model: bias, named cue weights and the hashed table (all already quantised). */
export interface Linear {
  config: Config
  bias: number
  cues: Map<string, number>
  table: Float64Array
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))
const quantise = (w: number): number => Math.round(w * SCALE) / SCALE

export function logit(m: Linear, e: Example): number {
  let x = m.bias
  for (const c of e.cues) x += m.cues.get(c) ?? 0
  const v = e.vectors.get(key(m.config.ngrams))!
  for (let k = 0; k < v.index.length; k++) x += m.table[v.index[k]] * v.value[k]
  return x
}

/**
 * Logistic regression with an L2 penalty of `lambda` (on the summed log-loss, the bias not
 * penalised), fitted by full-batch Adam for a fixed number of steps, then quantised.
 */
export function fit(data: Example[], config: Config, steps = 250): Linear {
  const cuesOf = (e: Example): string[] => (config.noCues ? [] : e.cues)
  const cueNames = [...new Set(data.flatMap(cuesOf))].sort()
  const cueAt = new Map(cueNames.map((c, i) => [c, i]))
  const hashed = 1 << BITS
  const dim = 1 + cueNames.length + hashed
  const w = new Float64Array(dim)
  const m = new Float64Array(dim)
  const v = new Float64Array(dim)
  const g = new Float64Array(dim)
  const k = key(config.ngrams)
  const rows = data.map((e) => {
    const vec = e.vectors.get(k)!
    const cues = cuesOf(e)
    const index = [0, ...cues.map((c) => 1 + cueAt.get(c)!), ...vec.index.map((i) => 1 + cueNames.length + i)]
    const value = [1, ...cues.map(() => 1), ...vec.value]
    return { index, value, y: e.y }
  })
  const touched = [...new Set(rows.flatMap((r) => r.index))].sort((a, b) => a - b)
  const lr = 0.05
  const b1 = 0.9
  const b2 = 0.999
  for (let t = 1; t <= steps; t++) {
    for (const i of touched) g[i] = i === 0 ? 0 : config.lambda * w[i]
    for (const r of rows) {
      let x = 0
      for (let j = 0; j < r.index.length; j++) x += w[r.index[j]] * r.value[j]
      const err = sigmoid(x) - r.y
      for (let j = 0; j < r.index.length; j++) g[r.index[j]] += err * r.value[j]
    }
    const c1 = 1 - b1 ** t
    const c2 = 1 - b2 ** t
    // Features no sentence has keep a zero gradient and a zero weight: only touched ones move.
    for (const i of touched) {
      m[i] = b1 * m[i] + (1 - b1) * g[i]
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
      w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + 1e-8)
    }
  }
  const table = new Float64Array(hashed)
  for (let i = 0; i < hashed; i++) table[i] = quantise(w[1 + cueNames.length + i])
  return {
    config,
    bias: quantise(w[0]),
    cues: new Map(cueNames.map((c, i) => [c, quantise(w[1 + i])])),
    table,
  }
}

/** Platt scaling: a and b of sigmoid(a·x + b) by Newton's method, with Platt's smoothed targets. */
export function fitPlatt(logits: number[], ys: number[]): { a: number; b: number } {
  const pos = ys.filter((y) => y === 1).length
  const neg = ys.length - pos
  const hi = (pos + 1) / (pos + 2)
  const lo = 1 / (neg + 2)
  const t = ys.map((y) => (y ? hi : lo))
  let a = 1
  let b = 0
  for (let it = 0; it < 50; it++) {
    let ga = 0
    let gb = 0
    let haa = 1e-9
    let hab = 0
    let hbb = 1e-9
    logits.forEach((x, i) => {
      const p = sigmoid(a * x + b)
      const d = p - t[i]
      const s = p * (1 - p)
      ga += d * x
      gb += d
      haa += s * x * x
      hab += s * x
      hbb += s
    })
    const det = haa * hbb - hab * hab
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a -= da
    b -= db
    if (Math.abs(da) + Math.abs(db) < 1e-10) break
  }
  return { a, b }
}

export const calibrate = (p: { a: number; b: number }, x: number): number => sigmoid(p.a * x + p.b)

export interface Counts {
  tp: number
  fp: number
  fn: number
}
export const f1 = ({ tp, fp, fn }: Counts): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0)
/** F-beta: beta < 1 weighs precision more than recall (F0.5 counts a false alarm four times a miss's weight in its denominator). */
export const fBeta = ({ tp, fp, fn }: Counts, beta: number): number =>
  tp ? ((1 + beta * beta) * tp) / ((1 + beta * beta) * tp + beta * beta * fn + fp) : 0
export function counts(scores: number[], ys: number[], threshold: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0 }
  scores.forEach((s, i) => {
    if (s >= threshold && ys[i]) c.tp++
    else if (s >= threshold) c.fp++
    else if (ys[i]) c.fn++
  })
  return c
}

/**
 * The threshold with the best F-beta (F1 unless told) on these scores, from 0.05 to 0.95 in steps
 * of 0.01; among equal scores, the middle of the best run (so that a flat optimum does not push to
 * its edge).
 */
export function bestThreshold(scores: number[], ys: number[], beta = 1): number {
  const grid = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100)
  const f = grid.map((t) => fBeta(counts(scores, ys, t), beta))
  const top = Math.max(...f)
  const best = grid.filter((_, i) => f[i] >= top - 1e-12)
  return best[Math.floor(best.length / 2)]
}

/**
 * The fold of each example: k runs of neighbouring sentences in file order. CheckThat! files are
 * in Sentence_id order and neighbouring ids come from the same debate, so a held-out fold holds
 * debates the model has not seen, as new text will be. (Shuffled folds put sentences of one
 * debate on both sides, and their figures come out higher.)
 */
export function folds(n: number, k: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor((i * k) / n))
}

/**
 * The reader's default leans to precision: the F0.5-best threshold. The reader should show the
 * claims that matter rather than nearly every sentence of a news article, and its slider shows
 * more on request; `checkworthy` (CLI, eval) keeps the F1-best threshold.
 */
export const READER_BETA = 0.5

/**
 * What a selection settles on: the candidate, its calibration, its F1-best threshold with the inner
 * F1, and the reader's F0.5-best threshold, both on the same out-of-fold scores.
 */
export interface Choice {
  config: Config
  platt: { a: number; b: number }
  threshold: number
  innerF1: number
  readerThreshold: number
}

/** The out-of-fold logits of one candidate on some examples. */
function outOfFold(data: Example[], config: Config, k: number): number[] {
  const fold = folds(data.length, k)
  const out = new Array<number>(data.length)
  for (let f = 0; f < k; f++) {
    const model = fit(
      data.filter((_, i) => fold[i] !== f),
      config,
    )
    data.forEach((e, i) => {
      if (fold[i] === f) out[i] = logit(model, e)
    })
  }
  return out
}

/**
 * Every choice made on these examples alone: each candidate's out-of-fold logits (k folds), Platt
 * scaling fitted on them, the F1-best threshold of the calibrated scores; the candidate with the
 * best F1 wins (ties: the earlier, simpler one). The winner's reader threshold is the F0.5-best
 * one on the same out-of-fold scores.
 */
export function choose(
  data: Example[],
  k: number,
  log?: (line: string) => void,
  candidates: Config[] = CONFIGS,
): Choice {
  const ys = data.map((e) => e.y)
  let best: (Omit<Choice, 'readerThreshold'> & { scores: number[] }) | null = null
  for (const config of candidates) {
    const logits = outOfFold(data, config, k)
    const platt = fitPlatt(logits, ys)
    const scores = logits.map((x) => calibrate(platt, x))
    const threshold = bestThreshold(scores, ys)
    const innerF1 = f1(counts(scores, ys, threshold))
    log?.(`  ${describe(config)}: out-of-fold F1 ${innerF1.toFixed(3)} at ${threshold.toFixed(2)}`)
    if (!best || innerF1 > best.innerF1 + 1e-12) best = { config, platt, threshold, innerF1, scores }
  }
  const { scores, ...chosen } = best!
  return { ...chosen, readerThreshold: bestThreshold(scores, ys, READER_BETA) }
}

export const describe = (c: Config): string =>
  `${[c.noCues ? '' : 'cues', c.ngrams.words ? 'words' : '', c.ngrams.chars ? 'chars' : ''].filter(Boolean).join('+')} λ=${c.lambda}`

/** The committed file of a fitted model and its choice: hashed weights sparse, gaps between indices. */
export function modelFile(model: Linear, choice: Choice, meta: Record<string, unknown>): ClaimModelFile {
  const gaps: number[] = []
  const weights: number[] = []
  let last = 0
  model.table.forEach((w, i) => {
    if (w === 0) return
    gaps.push(i - last)
    weights.push(Math.round(w * SCALE))
    last = i
  })
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  return {
    meta,
    ngrams: model.config.ngrams,
    bits: BITS,
    bias: model.bias,
    cues: Object.fromEntries([...model.cues].filter(([, w]) => w !== 0)),
    hashed: { scale: SCALE, gaps, weights },
    calibration: { a: round(choice.platt.a), b: round(choice.platt.b) },
    threshold: choice.threshold,
  }
}
