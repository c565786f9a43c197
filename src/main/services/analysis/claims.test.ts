import { describe, expect, it } from 'vitest'
import { CHECKWORTHY_THRESHOLD, scoreSentence, sentenceCues } from './claims'
import weights from './claimWeights.json'

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
    expect(scoreSentence('Let me help the mayor of Marlow.').checkworthy).toBe(false)
    expect(scoreSentence('I want to help the fishermen.').checkworthy).toBe(false)
  })

  it('finds short unhedged factual clauses without numbers', () => {
    expect(sentenceCues('The governor closed the northern shipyard.').cues).toContain('factClause')
    expect(sentenceCues('The senator took money from the oil lobby.').cues).toContain('moneyFlow')
    expect(sentenceCues('I have never said I oppose the pipeline.').cues).toContain('denial')
    expect(sentenceCues('Fewer families are losing their homes.').cues).toContain('ongoing')
    expect(scoreSentence('The governor closed the northern shipyard.').reasons).toContain('event')
  })

  it('scores a checkable deed above the same verb as an obligation, a question or a wish', () => {
    const deed = scoreSentence('She closed the northern shipyard in March.').score
    for (const text of [
      "We've got to close the shipyard.",
      'Why did she close the shipyard?',
      'I want to close the shipyard.',
    ])
      expect(scoreSentence(text).score, text).toBeLessThan(deed)
  })

  it('lists each reason once', () => {
    const { reasons } = scoreSentence('He raised taxes and he cut pensions for the first time.')
    expect(new Set(reasons).size).toBe(reasons.length)
  })

  it('notes what a specific actor stands for, or has had passed, as a record', () => {
    for (const [text, cue] of [
      ['Mayor Hollis still refuses to meet the fishermen in Port Ellen about the closure.', 'stance'],
      ['And she supports the new pipeline through the valley.', 'stance'],
      ['The governor, so far, still has no plan for the flooded farms in Marlow.', 'stance'],
      ['The dredging money has already been approved by the council.', 'passiveRecord'],
      ['Ferry tickets in Port Ellen cannot even be sold until the spring.', 'passiveRecord'],
      ['I got the river cleanup bill passed.', 'ownAchievement'],
    ]) {
      expect(sentenceCues(text).cues, text).toContain(cue)
      expect(scoreSentence(text).reasons, text).toContain('record')
    }
  })

  it('notes a named actor doing something now', () => {
    const text = 'The Northern League is still blocking the harbour road into Port Ellen.'
    expect(sentenceCues(text).cues).toContain('actorOngoing')
    expect(scoreSentence(text).reasons).toContain('event')
  })

  it('marks comparisons and ranks without numbers as check-worthy', () => {
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

  it('keeps campaign pledges, personal stories, stock openers and thanks below the threshold', () => {
    for (const text of [
      'Every family will get a new clinic if I am elected.',
      'I was raised by my aunt on a small farm near the coast.',
      "I've been a fisherman since I was a kid, 10, 11 years old.",
      'But the point is that we have to give people a choice in Marlow.',
      'He believes in the people of the valley.',
      'Thank you so much, it is great to be here tonight.',
    ]) {
      expect(scoreSentence(text).checkworthy, text).toBe(false)
    }
  })

  it('marks amounts, records and dated events as check-worthy', () => {
    for (const text of [
      'Unemployment in Marlow fell to 3.5 percent last year, the lowest rate since 1969.',
      'The council spent 40 million dollars on the harbour wall in 2019.',
      'North Korea launched two missiles on Wednesday.',
    ])
      expect(scoreSentence(text).checkworthy, text).toBe(true)
  })

  it('calls a sentence check-worthy exactly when its score reaches the default threshold', () => {
    // The reader's copy of the threshold is the one the model was fitted with.
    expect(CHECKWORTHY_THRESHOLD).toBe(weights.threshold)
    expect(CHECKWORTHY_THRESHOLD).toBeGreaterThan(0)
    expect(CHECKWORTHY_THRESHOLD).toBeLessThan(1)
    for (const text of [
      'The governor closed the northern shipyard.',
      'Fewer families are losing their homes.',
      'I want to help the fishermen.',
      'Marlow is one of the few counties in Vesta that has no flood plan.',
    ]) {
      const { score, checkworthy } = scoreSentence(text)
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(1)
      expect(checkworthy, text).toBe(score >= CHECKWORTHY_THRESHOLD)
    }
  })

  it('gives empty and letterless text a zero score', () => {
    expect(scoreSentence('   ')).toEqual({ score: 0, checkworthy: false, reasons: ['empty'] })
    expect(scoreSentence('— … —').score).toBe(0)
  })

  it('scores the same sentence the same way every time', () => {
    const text = 'The ferry company cut 120 jobs in Port Ellen last spring.'
    expect(scoreSentence(text)).toEqual(scoreSentence(text))
  })
})
