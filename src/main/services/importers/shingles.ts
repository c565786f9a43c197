/**
 * Overlap of two texts measured on 4-word shingles, the usual score for comparing an extractor's
 * body text with a reference extraction: word order matters, markup and spacing do not.
 */

const SHINGLE_SIZE = 4

export interface ShingleScores {
  precision: number
  recall: number
  f1: number
}

/** Lowercased word tokens (letters and digits), so punctuation and quote styles do not count. */
export function wordTokens(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

function shingleCounts(text: string): Map<string, number> {
  const tokens = wordTokens(text)
  const counts = new Map<string, number>()
  // A text shorter than one shingle still has to be comparable, so it counts as one shingle.
  const size = Math.min(SHINGLE_SIZE, tokens.length)
  for (let i = 0; size > 0 && i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

function total(counts: Map<string, number>): number {
  let sum = 0
  for (const n of counts.values()) sum += n
  return sum
}

/** Precision, recall and F1 of `predicted` against `reference` (shingles counted as multisets). */
export function shingleScores(predicted: string, reference: string): ShingleScores {
  const a = shingleCounts(predicted)
  const b = shingleCounts(reference)
  const sizeA = total(a)
  const sizeB = total(b)
  if (sizeA === 0 && sizeB === 0) return { precision: 1, recall: 1, f1: 1 }
  let common = 0
  for (const [key, n] of a) common += Math.min(n, b.get(key) ?? 0)
  const precision = sizeA ? common / sizeA : 0
  const recall = sizeB ? common / sizeB : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** F1 of the 4-word-shingle overlap of two texts: 1 for the same words in the same order. */
export function shingleF1(a: string, b: string): number {
  return shingleScores(a, b).f1
}
