import { describe, expect, it } from 'vitest'
import { rangeText, read, tokenOf } from '../../../test-support/attribution'
import { agentAfter, mainSubject, objectAfter, subjectBefore } from './nounPhrases'

const subject = (text: string, cue: string): string | null => {
  const { ctx } = read(text)
  return rangeText(ctx, subjectBefore(ctx, tokenOf(ctx, cue)))
}

describe('subjectBefore', () => {
  it('reads the name right before the cue, past auxiliaries and a weekday', () => {
    expect(subject('Maria Lopez said the bridge was safe.', 'said')).toBe('Maria Lopez')
    expect(subject('Maria Lopez has repeatedly warned that the bridge is unsafe.', 'warned')).toBe(
      'Maria Lopez',
    )
    expect(subject('Maria Lopez on Monday said the bridge was safe.', 'said')).toBe('Maria Lopez')
  })

  it('steps back over an appositive with a role to the name it describes', () => {
    expect(
      subject(
        'Tom Becker, a professor of economics at Lund University, told reporters the plan would fail.',
        'told',
      ),
    ).toBe('Tom Becker')
  })

  it('steps back over an age and takes a pronoun as it is', () => {
    expect(subject('Quina Jones, 25, said she would vote.', 'said')).toBe('Quina Jones')
    expect(subject('Later that day he said nothing.', 'said')).toBe('he')
  })

  it('keeps a described group whole', () => {
    expect(subject('Two senior officials said the talks had stalled.', 'said')).toBe('Two senior officials')
  })

  it('finds nothing when the cue opens the sentence', () => {
    expect(subject('Said to be ill, the minister stayed home.', 'Said')).toBeNull()
  })
})

describe('objectAfter and agentAfter', () => {
  it('reads the phrase after an inverted cue', () => {
    const { ctx } = read('“It will rain,” said the senior senator from Ohio.')
    expect(rangeText(ctx, objectAfter(ctx, tokenOf(ctx, 'said')))).toBe('the senior senator from Ohio')
  })

  it('reads the agent after “by”', () => {
    const { ctx } = read('Photos released by the Defense Ministry showed the launch.')
    expect(rangeText(ctx, agentAfter(ctx, tokenOf(ctx, 'released'), 0))).toBe('the Defense Ministry')
  })
})

describe('mainSubject', () => {
  it('skips an introductory phrase up to its comma', () => {
    const text = 'After the vote on Friday, the mayor thanked the council.'
    const { ctx } = read(text)
    expect(rangeText(ctx, mainSubject(ctx, 0, tokenOf(ctx, 'thanked')))).toBe('the mayor')
  })

  it('finds none when the introductory phrase runs to the limit', () => {
    const { ctx } = read('After a long and bitter fight over the budget the mayor thanked the council.')
    expect(mainSubject(ctx, 0, tokenOf(ctx, 'thanked'))).toBeNull()
  })
})

describe('subjectBefore, harder phrases', () => {
  it('steps back over two appositives to the name', () => {
    expect(
      subject(
        'Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said the rule was wrong.',
        'said',
      ),
    ).toBe('Scott Pruitt')
  })

  it('steps over a manner adverb and keeps a number inside a description', () => {
    expect(subject('Newt Gingrich cynically dismissed the plan.', 'dismissed')).toBe('Newt Gingrich')
    const { ctx } = read('“They are wrong,” said 9/11 widow Terry Strada.')
    expect(rangeText(ctx, objectAfter(ctx, tokenOf(ctx, 'said')))).toBe('9/11 widow Terry Strada')
  })

  it('reads no phrase that is determiners alone', () => {
    const { ctx } = read('“It will rain,” said the weather service.')
    expect(objectAfter(ctx, tokenOf(ctx, 'said'))).toBeNull()
  })
})
