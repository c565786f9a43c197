import { describe, expect, it } from 'vitest'
import { read, spanText, tokenOf } from '../../../test-support/attribution'
import { subjectBefore, objectAfter } from './nounPhrases'
import { recordSpeaker, resolveSpeaker, speakerOf } from './speakers'

/** Resolves the subject of the cue `cue` (or the phrase after it, when inverted). */
function speakerAt(text: string, cue: string, nth = 0) {
  const { ctx } = read(text)
  const i = tokenOf(ctx, cue, nth)
  const range = subjectBefore(ctx, i) ?? objectAfter(ctx, i)
  if (!range) throw new Error(`no phrase at ${cue}`)
  return { ctx, r: speakerOf(ctx, range) }
}

describe('resolveSpeaker', () => {
  it('returns the changes and leaves the ledger as it was', () => {
    const { ctx } = read('Maria Lopez opened the hearing. Lopez said the bridge was safe.')
    const lopez = ctx.ledger.get('Maria Lopez')!
    const before = { mentions: lopez.mentions.length, cited: lopez.cited, entries: ctx.ledger.entries.length }
    const i = tokenOf(ctx, 'said')
    const r = resolveSpeaker(ctx, subjectBefore(ctx, i)!)
    expect(r?.changes.map((c) => c.target)).toEqual([lopez])
    expect(spanText(ctx.text, r?.speaker)).toBe('Lopez')
    expect({
      mentions: lopez.mentions.length,
      cited: lopez.cited,
      entries: ctx.ledger.entries.length,
    }).toEqual(before)
    const recorded = recordSpeaker(ctx.ledger, r!)
    expect(recorded.entry).toBe(lopez)
    expect(lopez.cited).toBe(true)
  })

  it('says which new entry a phrase calls for without adding it', () => {
    const { ctx } = read('Several analysts said the plan would fail.')
    const r = resolveSpeaker(ctx, subjectBefore(ctx, tokenOf(ctx, 'said'))!)
    expect(r?.changes[0].target).toEqual({ name: 'Several analysts', kind: 'anonymous', role: null })
    expect(ctx.ledger.get('Several analysts')).toBeUndefined()
  })
})

describe('speakers', () => {
  it('resolves a title to the person who holds it, named earlier', () => {
    const { ctx, r } = speakerAt(
      'Sen. Jane Doe spoke for an hour on Tuesday.\n\n“We will win,” the senator said.',
      'said',
    )
    expect(r?.entry.name).toBe('Jane Doe')
    expect(spanText(ctx.text, r?.speaker)).toBe('the senator')
  })

  it('resolves a role given in the text ("the North Korean leader")', () => {
    const { r } = speakerAt(
      'North Korean leader Kim Jong Un met Vladimir Putin. The North Korean leader said the talks went well.',
      'said',
    )
    expect(r?.entry.name).toBe('Kim Jong Un')
  })

  it('resolves he and she to the last person of that gender', () => {
    const text = 'John Smith met Mary Jones on Friday. She said the deal was done. He said nothing.'
    expect(speakerAt(text, 'said', 0).r?.entry.name).toBe('Mary Jones')
    expect(speakerAt(text, 'said', 1).r?.entry.name).toBe('John Smith')
  })

  it('does not resolve “I” or “we”', () => {
    const { ctx } = read('John Smith spoke. We said nothing.')
    expect(resolveSpeaker(ctx, subjectBefore(ctx, tokenOf(ctx, 'said'))!)).toBeNull()
  })

  it('resolves “they” to the last body or group', () => {
    const { r } = speakerAt(
      'The Foreign Ministry issued a statement. They said the border was closed.',
      'said',
    )
    expect(r?.entry.name).toBe('Foreign Ministry')
  })

  it('takes a surname to the full name', () => {
    const { ctx, r } = speakerAt('Maria Lopez opened the hearing. Lopez said it was over.', 'said')
    expect(r?.entry.name).toBe('Maria Lopez')
    expect(spanText(ctx.text, r?.speaker)).toBe('Lopez')
  })

  it('makes a group named by a place an anonymous source', () => {
    const { r } = speakerAt('US officials said the talks had stalled.', 'said')
    expect(r?.entry.name).toBe('US officials')
    expect(r?.entry.kind).toBe('anonymous')
  })

  it('makes a report a document source', () => {
    const { r } = speakerAt('A new report said the river was polluted.', 'said')
    expect(r?.entry.kind).toBe('document')
  })

  it('gives a news outlet the media kind', () => {
    const { r } = speakerAt('Reuters said the talks had stalled.', 'said')
    expect(r?.entry.name).toBe('Reuters')
    expect(r?.entry.kind).toBe('media')
  })
})

describe('bodies by their kind', () => {
  it('resolves “the union” to the union named before, and “the agency” to the last government body', () => {
    expect(
      speakerAt('The Association of Flight Attendants Union backed her. The union said it was proud.', 'said')
        .r?.entry.name,
    ).toBe('Association of Flight Attendants Union')
    expect(
      speakerAt('Immigration and Customs Enforcement opened a case. The agency said it was closed.', 'said').r
        ?.entry.kind,
    ).toBe('government')
  })

  it('makes an unknown body a new source named by its description', () => {
    const { r } = speakerAt('The company said profits fell.', 'said')
    expect(r?.entry).toMatchObject({ name: 'company', kind: 'organization' })
  })
})

describe('pronouns and gender', () => {
  it('prefers a nearby person of the pronoun’s gender to a nearer one of unknown gender', () => {
    const { r } = speakerAt(
      'Mary Jones praised the plan. Okonkwo Eze disagreed. She said it was late.',
      'said',
    )
    expect(r?.entry.name).toBe('Mary Jones')
  })
})
