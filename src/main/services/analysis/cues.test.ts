import { describe, expect, it } from 'vitest'
import { read, spanText, tokenOf } from '../../../test-support/attribution'
import { agentAttributions, attributionAt, isCue, isWeakCue } from './cues'

const at = (text: string, word: string, find = attributionAt) => {
  const { ctx } = read(text)
  const a = find(ctx, tokenOf(ctx, word))
  return a && { name: a.entry.name, speaker: spanText(text, a.speaker), cue: spanText(text, a.cue) }
}

describe('cues', () => {
  it('tells strong cues from weak ones', () => {
    const { ctx } = read('She said it. He called it a hoax. They ate lunch.')
    expect(isCue(ctx.tokens[tokenOf(ctx, 'said')])).toBe(true)
    expect(isCue(ctx.tokens[tokenOf(ctx, 'called')])).toBe(false)
    expect(isWeakCue(ctx.tokens[tokenOf(ctx, 'called')])).toBe(true)
    expect(isCue(ctx.tokens[tokenOf(ctx, 'ate')]) || isWeakCue(ctx.tokens[tokenOf(ctx, 'ate')])).toBe(false)
  })

  it('attributes a cue to the subject before it', () => {
    expect(at('Maria Lopez said the bridge was safe.', 'said')).toEqual({
      name: 'Maria Lopez',
      speaker: 'Maria Lopez',
      cue: 'said',
    })
  })

  it('takes the addressee of “told” into the cue, not as the speaker', () => {
    expect(at('Tom Becker told CNN the plan would fail.', 'told')).toEqual({
      name: 'Tom Becker',
      speaker: 'Tom Becker',
      cue: 'told CNN',
    })
  })

  it('attributes “according to” to the phrase after it, or to the agent of a report', () => {
    expect(at('The dam will open in May, according to the Water Ministry.', 'according')).toMatchObject({
      name: 'Water Ministry',
      cue: 'according to',
    })
    expect(
      at('The dam cracked, according to photos released by the Water Ministry.', 'according'),
    ).toMatchObject({ name: 'Water Ministry' })
  })

  it('attributes a passive cue to its agent', () => {
    expect(at('The plan was announced by the Energy Ministry on Monday.', 'announced')).toMatchObject({
      name: 'Energy Ministry',
      cue: 'announced by',
    })
  })

  it('attributes an inverted cue to the phrase after it', () => {
    expect(at('“We are ready,” said Maria Lopez.', 'said')).toMatchObject({ name: 'Maria Lopez' })
  })

  it('attributes a participle to the subject of its clause', () => {
    expect(at('Protesters marched through the city, chanting “No more war.”', 'chanting')).toMatchObject({
      name: 'Protesters',
    })
  })

  it('finds the agent of a report', () => {
    expect(
      at('Video released by the Kremlin showed the meeting.', 'released', agentAttributions),
    ).toMatchObject({
      name: 'Kremlin',
      cue: 'released by',
    })
    expect(at('Video filmed by the Kremlin showed the meeting.', 'filmed', agentAttributions)).toBeNull()
  })
})

describe('cues, what is not the speaker', () => {
  it('does not take the one told for the speaker', () => {
    const { ctx } = read(
      'The campaign hit back, telling Fox that the poll was “fake news from start to end.”',
    )
    const a = attributionAt(ctx, tokenOf(ctx, 'telling'))
    expect(a?.entry.name).not.toBe('Fox')
  })

  it('does not take the pronoun after a cue for the speaker unless the cue follows the quote', () => {
    expect(
      at('Even China, Pyongyang’s only ally, said it was “resolutely opposed” to the test.', 'said'),
    ).toMatchObject({
      name: 'China',
    })
    const { ctx } = read('Tom Becker arrived. “We are ready,” said he.')
    expect(attributionAt(ctx, tokenOf(ctx, 'said'))?.entry.name).toBe('Tom Becker')
  })

  it('gives a statement to the body that issued it, and skips “in a statement” as a subject', () => {
    expect(
      at('The Security Council issued a statement calling the test “a clear violation.”', 'calling'),
    ).toMatchObject({ name: 'Security Council' })
    const { ctx } = read('In a statement announcing the pick, the union called her a “champion.”')
    expect(attributionAt(ctx, tokenOf(ctx, 'announcing'))).toBeNull()
  })

  it('reads a description ending in a name after “according to”', () => {
    expect(
      at('According to conservative talk radio host Rush Limbaugh, the move reeks of fear.', 'According'),
    ).toMatchObject({
      name: 'Rush Limbaugh',
    })
  })
})
