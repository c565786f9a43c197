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

  it('flags short unhedged factual clauses without numbers', () => {
    for (const text of [
      'The governor closed the northern shipyard.',
      'She raised fees on small farms.',
      'The senator took money from the oil lobby.',
      'I have never said I oppose the pipeline.',
      'Fewer families are losing their homes.',
    ]) {
      const s = scoreSentence(text)
      expect(s.checkworthy, text).toBe(true)
    }
    expect(scoreSentence('The governor closed the northern shipyard.').reasons).toContain('event')
  })

  it('keeps obligations, questions and wishes about the same verbs low', () => {
    expect(scoreSentence("We've got to close the shipyard.").checkworthy).toBe(false)
    expect(scoreSentence('Why did she raise the fees?').checkworthy).toBe(false)
    expect(scoreSentence('I want to cut the fees for farmers.').checkworthy).toBe(false)
  })

  it('lists each reason once', () => {
    const { reasons } = scoreSentence('He raised taxes and he cut pensions for the first time.')
    expect(new Set(reasons).size).toBe(reasons.length)
  })
})
