import { describe, expect, it } from 'vitest'
import { claimScorer, ngramVector, type ClaimModelFile } from './claimModel'

const norm = (v: { value: number[] }): number => Math.sqrt(v.value.reduce((a, x) => a + x * x, 0))

const model = (over: Partial<ClaimModelFile>): ClaimModelFile => ({
  meta: {},
  ngrams: { words: false, chars: false },
  bits: 10,
  bias: 0,
  cues: {},
  hashed: { scale: 1000, gaps: [], weights: [] },
  calibration: { a: 1, b: 0 },
  threshold: 0.5,
  ...over,
})

describe('ngramVector', () => {
  it('scales each n-gram group to unit length', () => {
    const words = ngramVector('The ferry sailed at dawn.', { words: true, chars: false }, 16)
    expect(norm(words)).toBeCloseTo(1, 6)
    const both = ngramVector('The ferry sailed at dawn.', { words: true, chars: true }, 16)
    expect(norm(both)).toBeCloseTo(Math.SQRT2, 1)
  })

  it('reads amounts, case and curly apostrophes alike', () => {
    const set = { words: true, chars: true }
    expect(ngramVector('They’ve paid 650 pounds.', set, 16)).toEqual(ngramVector("they've paid 123 pounds.", set, 16))
  })

  it('keeps every index inside the hashed space, sorted', () => {
    const v = ngramVector('A long sentence about harbours, ferries and the price of fish.', { words: true, chars: true }, 8)
    expect(v.index.every((i) => i >= 0 && i < 256)).toBe(true)
    expect([...v.index].sort((a, b) => a - b)).toEqual(v.index)
  })

  it('has nothing for a text without words', () => {
    expect(ngramVector('— …', { words: true, chars: true }, 16)).toEqual({ index: [], value: [] })
  })
})

describe('claimScorer', () => {
  it('adds the bias and the weights of the cues that fired', () => {
    const s = claimScorer(model({ bias: -1, cues: { quantity: 2, question: -3 } }))
    expect(s.logit('x', ['quantity'])).toBeCloseTo(1)
    expect(s.logit('x', ['quantity', 'question'])).toBeCloseTo(-2)
    expect(s.logit('x', ['unknown cue'])).toBeCloseTo(-1)
  })

  it('reads the hashed weights from index gaps and integer weights', () => {
    const set = { words: true, chars: false }
    const v = ngramVector('ferry', set, 10)
    // Put weight +0.5 on each of the sentence's n-grams, in the direction of its hash sign.
    const gaps = v.index.map((i, k) => i - (k ? v.index[k - 1] : 0))
    const weights = v.value.map((x) => (x > 0 ? 500 : -500))
    const s = claimScorer(model({ ngrams: set, hashed: { scale: 1000, gaps, weights } }))
    const expected = v.value.reduce((a, x) => a + 0.5 * Math.abs(x), 0)
    expect(s.logit('Ferry', [])).toBeCloseTo(expected, 6)
    expect(s.logit('harbour', [])).toBeCloseTo(0, 6)
  })

  it('calibrates the log-odds with Platt scaling and keeps the file’s threshold', () => {
    const s = claimScorer(model({ bias: 1, calibration: { a: 2, b: -1 }, threshold: 0.4 }))
    expect(s.score('x', [])).toBeCloseTo(1 / (1 + Math.exp(-1)))
    expect(s.threshold).toBe(0.4)
  })
})
