/**
 * The check-worthiness model: logistic regression over a sentence's cues (claims.ts) and its
 * hashed word and character n-grams, then Platt scaling so that the score reads as a probability.
 * The weights come from `claimWeights.json`, written by `npm run train:claims`
 * (scripts/train/checkworthiness.ts); how they were fitted, and on what data, is in its `meta`.
 * The vectoriser lives here so that training and the app turn a sentence into the same numbers.
 */

/** Which n-gram groups a model reads besides the cues. */
export interface NgramSet {
  /** Word unigrams and bigrams. */
  words: boolean
  /** Character 3- to 5-grams inside words. */
  chars: boolean
}

/** A sparse vector over the hashed space: parallel arrays of indices and values. */
export interface SparseVector {
  index: number[]
  value: number[]
}

/** The committed model file. Hashed weights are stored sparse: sorted indices as gaps, integer weights. */
export interface ClaimModelFile {
  meta: Record<string, unknown>
  ngrams: NgramSet
  /** log2 of the hashed space's size. */
  bits: number
  bias: number
  cues: Record<string, number>
  hashed: { scale: number; gaps: number[]; weights: number[] }
  /** score = sigmoid(a · logit + b) */
  calibration: { a: number; b: number }
  /** The default cut-off: a sentence scoring at least this is check-worthy. */
  threshold: number
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Lower case, one apostrophe, digits as 0 (the amount matters less than that there is one). */
const normalise = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\d/g, '0')
const WORD = /[\p{L}\p{N}']+|[?%$€£]/gu

/**
 * The n-gram vector of a sentence: each group (words, characters) scaled to unit length so that
 * long sentences do not outweigh short ones; a hash's top bit gives its sign, so that collisions
 * cancel out on average instead of adding up.
 */
export function ngramVector(sentence: string, set: NgramSet, bits: number): SparseVector {
  const mask = (1 << bits) - 1
  const acc = new Map<number, number>()
  const words = normalise(sentence).match(WORD) ?? []
  const group = (grams: string[]): void => {
    if (!grams.length) return
    const v = 1 / Math.sqrt(grams.length)
    for (const g of grams) {
      const h = fnv1a(g)
      const i = h & mask
      acc.set(i, (acc.get(i) ?? 0) + (h >>> 31 ? -v : v))
    }
  }
  if (set.words) {
    const grams: string[] = []
    for (let i = 0; i < words.length; i++) {
      grams.push('w ' + words[i])
      grams.push('b ' + (i ? words[i - 1] : '^') + ' ' + words[i])
    }
    if (words.length) grams.push('b ' + words[words.length - 1] + ' $')
    group(grams)
  }
  if (set.chars) {
    const grams: string[] = []
    for (const w of words) {
      const p = `<${w}>`
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= p.length; i++) grams.push('c ' + p.slice(i, i + n))
    }
    group(grams)
  }
  const index = [...acc.keys()].sort((a, b) => a - b)
  return { index, value: index.map((i) => acc.get(i)!) }
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

export interface ClaimScorer {
  /** The raw log-odds before calibration. */
  logit(sentence: string, cues: readonly string[]): number
  /** The calibrated score, 0..1. */
  score(sentence: string, cues: readonly string[]): number
  threshold: number
}

/** A scorer from a model file, with the hashed weights unpacked into a dense table. */
export function claimScorer(file: ClaimModelFile): ClaimScorer {
  const table = new Float64Array(1 << file.bits)
  let at = 0
  file.hashed.gaps.forEach((gap, k) => {
    at += gap
    table[at] = file.hashed.weights[k] / file.hashed.scale
  })
  const logit = (sentence: string, cues: readonly string[]): number => {
    let x = file.bias
    for (const c of cues) x += file.cues[c] ?? 0
    if (file.ngrams.words || file.ngrams.chars) {
      const v = ngramVector(sentence, file.ngrams, file.bits)
      for (let k = 0; k < v.index.length; k++) x += table[v.index[k]] * v.value[k]
    }
    return x
  }
  return {
    logit,
    score: (sentence, cues) => sigmoid(file.calibration.a * logit(sentence, cues) + file.calibration.b),
    threshold: file.threshold,
  }
}
