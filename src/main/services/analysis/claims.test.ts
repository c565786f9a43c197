import { describe, expect, it } from 'vitest'
import { scoreSentence } from './claims'

describe('scoreSentence reasons', () => {
  it('names the features that fired', () => {
    const s = scoreSentence('North Korea launched two missiles on Wednesday because of the talks.')
    expect(s.reasons).toEqual(expect.arrayContaining(['quantity', 'event', 'time', 'causal']))
    expect(s.checkworthy).toBe(true)
  })

  it('notes inconsistent paired units', () => {
    const s = scoreSentence('The missile flew 650 kilometers (250 miles) on Monday.')
    expect(s.reasons.some((r) => r.startsWith('numbers:inconsistent'))).toBe(true)
  })

  it('keeps first-person opinion and instructions low', () => {
    expect(scoreSentence('Let me help the governor.').checkworthy).toBe(false)
    expect(scoreSentence('I want to help people.').checkworthy).toBe(false)
  })
})
