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

const FNV_OFFSET = 0x811c9dc5
/** 32-bit FNV-1a over the UTF-16 code units of s[from, to), continuing from hash h. */
function fnv1a(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}
const PREFIX_WORD = fnv1a(FNV_OFFSET, 'w ')
const PREFIX_BIGRAM = fnv1a(FNV_OFFSET, 'b ')
const PREFIX_CHAR = fnv1a(FNV_OFFSET, 'c ')
/** The hash of "b " + a + " " + b: the space goes in as one FNV step (0x20). */
const bigram = (a: string, b: string): number => fnv1a(Math.imul(fnv1a(PREFIX_BIGRAM, a) ^ 0x20, 0x01000193), b)

/** Lower case, one apostrophe, digits as 0 (the amount matters less than that there is one). */
const normalise = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\d/g, '0')
const WORD = /[\p{L}\p{N}']+|[?%$€£]/gu

/**
 * Calls `visit` with the hash and value of each n-gram of a sentence. Each group (words,
 * characters) is scaled to unit length so that long sentences do not outweigh short ones. Hashes
 * are of the gram's text ("w ferry", "b the ferry", "c <fe"), computed without building it.
 */
function forEachGram(sentence: string, set: NgramSet, visit: (hash: number, value: number) => void): void {
  const words = normalise(sentence).match(WORD) ?? []
  if (!words.length) return
  if (set.words) {
    const v = 1 / Math.sqrt(2 * words.length + 1)
    for (let i = 0; i < words.length; i++) {
      visit(fnv1a(PREFIX_WORD, words[i]) >>> 0, v)
      visit(bigram(i ? words[i - 1] : '^', words[i]) >>> 0, v)
    }
    visit(bigram(words[words.length - 1], '$') >>> 0, v)
  }
  if (set.chars) {
    let n = 0
    for (const w of words) for (let k = 3; k <= 5; k++) n += Math.max(0, w.length + 3 - k)
    if (!n) return
    const v = 1 / Math.sqrt(n)
    for (const w of words) {
      const p = `<${w}>`
      for (let k = 3; k <= 5; k++) for (let i = 0; i + k <= p.length; i++) visit(fnv1a(PREFIX_CHAR, p, i, i + k) >>> 0, v)
    }
  }
}

/**
 * The n-gram vector of a sentence in a hashed space of 2^bits entries; a hash's top bit gives its
 * sign, so that collisions cancel out on average instead of adding up.
 */
export function ngramVector(sentence: string, set: NgramSet, bits: number): SparseVector {
  const mask = (1 << bits) - 1
  const acc = new Map<number, number>()
  forEachGram(sentence, set, (h, v) => {
    const i = h & mask
    acc.set(i, (acc.get(i) ?? 0) + (h >>> 31 ? -v : v))
  })
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
    const mask = table.length - 1
    forEachGram(sentence, file.ngrams, (h, v) => {
      x += table[h & mask] * (h >>> 31 ? -v : v)
    })
    return x
  }
  return {
    logit,
    score: (sentence, cues) => sigmoid(file.calibration.a * logit(sentence, cues) + file.calibration.b),
    threshold: file.threshold,
  }
}
