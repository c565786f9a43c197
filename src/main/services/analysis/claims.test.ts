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

  it('flags what a specific actor stands for, does now, or has had passed', () => {
    for (const text of [
      'Mayor Hollis still refuses to meet the fishermen in Port Ellen about the closure.',
      'And she supports the new pipeline through the valley.',
      'The governor, so far, still has no plan for the flooded farms in Marlow.',
      'The dredging money has already been approved by the council.',
      'Ferry tickets in Port Ellen cannot even be sold until the spring.',
      'I got the river cleanup bill passed.',
    ]) {
      const s = scoreSentence(text)
      expect(s.checkworthy, text).toBe(true)
      expect(s.reasons, text).toEqual(expect.arrayContaining(['record']))
    }
  })

  it('flags a named actor doing something now', () => {
    const s = scoreSentence('The Northern League is still blocking the harbour road into Port Ellen.')
    expect(s.checkworthy).toBe(true)
    expect(s.reasons).toContain('event')
  })

  it('flags comparisons and ranks without numbers', () => {
    for (const text of [
      'Norland and Vesta are training more nurses in rural clinics than we are.',
      'And Vesta is number one in river pollution.',
      'Marlow is one of the few counties in Vesta that has no flood plan.',
      'She was the first mayor in the history of our city to close the landfill.',
    ]) {
      const s = scoreSentence(text)
      expect(s.checkworthy, text).toBe(true)
      expect(
        s.reasons.some((r) => r === 'comparison' || r === 'superlative'),
        text,
      ).toBe(true)
    }
  })

  it('notes named laws and pacts', () => {
    const s = scoreSentence('The Clean Harbours Act is not my plan.')
    expect(s.reasons).toContain('legislation')
  })

  it('reads a sentence that opens with a capitalised connective or a discourse "look,"', () => {
    expect(scoreSentence('And Marlow County is the largest importer of timber.').reasons).toContain(
      'third party',
    )
    expect(
      scoreSentence('Look, we are sending 90 million dollars a year to the port authority.').reasons,
    ).not.toContain('instruction')
    expect(scoreSentence('Look at the river.').reasons).toContain('instruction')
  })

  it('keeps campaign pledges, personal stories and stock openers low', () => {
    for (const text of [
      'Every family will get a new clinic if I am elected.',
      'I was raised by my aunt on a small farm near the coast.',
      "I've been a fisherman since I was a kid, 10, 11 years old.",
      'But the point is that we have to give people a choice in Marlow.',
      'He believes in the people of the valley.',
    ]) {
      expect(scoreSentence(text).checkworthy, text).toBe(false)
    }
  })
})
