import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CLAIM_THRESHOLD,
  DEFAULT_READER_CLAIM_THRESHOLD,
} from '../../../../../shared/model/claimThreshold'
import { analysis } from '../../../test/mockApi'
import { claimExplanation, claimNote, explainHighlight, reasonKind, reasonText } from './explain'

const a = analysis()

describe('reasons in plain words', () => {
  it('names kinds and explains hedges and unit checks', () => {
    expect(reasonKind('hedge:may')).toBe('hedge')
    expect(reasonKind('numbers:consistent 650 kilometers (400 miles)')).toBe('numbers')
    expect(reasonText('quantity')).toBe('gives a number or amount')
    expect(reasonText('hedge:may')).toBe('hedged (“may”)')
    expect(reasonText('numbers:consistent 650 kilometers (400 miles)')).toBe(
      'units check: 650 kilometers (400 miles) agree',
    )
    expect(reasonText('numbers:inconsistent 10 km (20 miles) (10 km = 6.2 mi)')).toBe(
      'units check: 10 km (20 miles) (10 km = 6.2 mi) do not agree',
    )
    expect(reasonText('something new')).toBe('something new')
  })
})

describe('tooltips', () => {
  it('gives a claim its score, reasons, hedge and source', () => {
    expect(claimExplanation(a.claims[0], a.sources[0])).toEqual([
      'Check-worthiness 0.81',
      'Why: it reports an event.',
      'Hedged (“may”).',
      'Attributed to Dockers (organization, the port workers).',
    ])
    expect(claimExplanation(a.claims[1], null)).toEqual([
      'Check-worthiness 0.93',
      'Why: it gives a number or amount; says when.',
      'Units check: 650 kilometers (400 miles) agree.',
    ])
    expect(claimExplanation(a.claims[2], null)[0]).toBe('Check-worthiness 0.20 (below the default threshold)')
    // Check-worthy by the F1-best cut-off, yet below where the reader starts its slider.
    const between = { ...a.claims[0], score: (DEFAULT_CLAIM_THRESHOLD + DEFAULT_READER_CLAIM_THRESHOLD) / 2 }
    expect(between.checkworthy).toBe(true)
    expect(claimExplanation(between, null)[0]).toMatch(/\(below the default threshold\)$/)
  })

  it('explains quotes by their speaker and mentions by their source', () => {
    expect(explainHighlight(a, 'quote', 'q1')).toEqual({
      title: 'Quote',
      lines: ['Speaker: Dockers (organization, the port workers)'],
    })
    expect(explainHighlight(a, 'mention', 's2')).toEqual({
      title: 'Source',
      lines: ['Officials', 'anonymous', '2 mentions · 0 quotes'],
    })
    expect(explainHighlight(a, 'claim', 'nope')).toBeNull()
    expect(explainHighlight(null, 'claim', 'c1')).toBeNull()
  })

  it('explains a reported statement by its cue and source, and the words that name the source there', () => {
    const text = 'Dockers return to work, the officials said.'
    const reported = analysis({
      attributions: [
        {
          id: 'a1',
          kind: 'indirect',
          start: 0,
          end: 22,
          sourceId: 's2',
          speaker: { start: 24, end: 37 },
          cue: { start: 38, end: 42 },
        },
        {
          id: 'a2',
          kind: 'indirect',
          start: 0,
          end: 22,
          sourceId: null,
          speaker: { start: 24, end: 37 },
          cue: null,
        },
      ],
    })
    expect(explainHighlight(reported, 'attribution', 'a1', text)).toEqual({
      title: 'Reported speech',
      lines: ['Cue: “said”', 'Source: Officials (anonymous)', 'Named here as “the officials”'],
    })
    expect(explainHighlight(reported, 'attribution', 'a2', text)).toEqual({
      title: 'Reported speech',
      lines: ['Cue: not identified', 'Source: “the officials” (not identified)'],
    })
    expect(explainHighlight(reported, 'attribution', 'a9', text)).toBeNull()
  })

  it('prefills the note of an annotated claim', () => {
    expect(claimNote(a.claims[1])).toEqual({
      note: 'Claim (score 0.93): quantity, time, units check: 650 kilometers (400 miles) agree',
      tags: ['claim'],
    })
  })
})
