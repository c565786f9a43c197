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
