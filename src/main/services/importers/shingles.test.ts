import { describe, expect, it } from 'vitest'
import { shingleF1, shingleScores, wordTokens } from './shingles'

describe('shingleF1', () => {
  it('is 1 for the same words whatever the case, spacing and punctuation', () => {
    expect(shingleF1('The cat sat on the mat.', 'the  CAT sat, on the\nmat')).toBe(1)
  })

  it('is 0 for texts that share no four-word run', () => {
    expect(shingleF1('one two three four five', 'five four three two one')).toBe(0)
  })

  it('gives partial credit for a partial overlap', () => {
    const scores = shingleScores('a b c d e f', 'a b c d x y')
    // predicted has 3 shingles, reference 3, one in common
    expect(scores.precision).toBeCloseTo(1 / 3)
    expect(scores.recall).toBeCloseTo(1 / 3)
    expect(scores.f1).toBeCloseTo(1 / 3)
  })

  it('counts repeated shingles as a multiset', () => {
    const scores = shingleScores('a b c d a b c d', 'a b c d')
    expect(scores.recall).toBe(1)
    expect(scores.precision).toBeCloseTo(1 / 5)
  })

  it('handles empty and very short texts', () => {
    expect(shingleF1('', '')).toBe(1)
    expect(shingleF1('', 'some words here now')).toBe(0)
    expect(shingleF1('Hello world', 'hello, world!')).toBe(1)
  })

  it('tokenises letters and digits of any script', () => {
    expect(wordTokens('Māori 2019 – “Ça va”')).toEqual(['māori', '2019', 'ça', 'va'])
  })
})
