import { describe, expect, it } from 'vitest'
import { analyzeText } from '../index'

/** The attributions of a text, as the words they cover. */
function attributions(text: string) {
  const a = analyzeText(text)
  const words = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null)
  return a.attributions.map((x) => ({
    kind: x.kind,
    content: words(x),
    cue: words(x.cue),
    speaker: words(x.speaker),
    source: a.sources.find((s) => s.id === x.sourceId)?.name ?? null,
  }))
}

describe('indirect attribution', () => {
  it('takes the clause after "X said that …", with the cue and the named source', () => {
    expect(attributions('Senator Jane Smith said that the bridge would close in May.')).toEqual([
      {
        kind: 'indirect',
        content: 'that the bridge would close in May',
        cue: 'said',
        speaker: 'Jane Smith',
        source: 'Jane Smith',
      },
    ])
  })

  it('takes the clause after a cue without "that" ("X claimed …")', () => {
    expect(attributions('Jane Smith claimed the inspection had been faked.')).toMatchObject([
      { kind: 'indirect', content: 'the inspection had been faked', cue: 'claimed', source: 'Jane Smith' },
    ])
  })

  it.each([
    ['warned', 'Jane Smith warned that the tolls would rise.', 'that the tolls would rise'],
    [
      'denied',
      'Jane Smith denied that she had known about the cracks.',
      'that she had known about the cracks',
    ],
  ])('knows "%s" as a cue', (cue, text, content) => {
    expect(attributions(text)).toMatchObject([{ kind: 'indirect', content, cue, source: 'Jane Smith' }])
  })

  it('takes "told reporters" as the cue and what follows as content', () => {
    expect(attributions('Jane Smith told reporters the tolls would rise next year.')).toMatchObject([
      { content: 'the tolls would rise next year', cue: 'told reporters', speaker: 'Jane Smith' },
    ])
  })

  it('takes what follows "According to Y," and what precedes ", according to Y"', () => {
    expect(
      attributions('According to the Transport Department, repairs will cost $40 million.'),
    ).toMatchObject([
      { content: 'repairs will cost $40 million', cue: 'According to', source: 'Transport Department' },
    ])
    expect(
      attributions('Repairs will cost $40 million, according to the Transport Department.'),
    ).toMatchObject([
      { content: 'Repairs will cost $40 million', cue: 'according to', source: 'Transport Department' },
    ])
  })

  it('takes what precedes "…, X said." and "…, said X." (past the title before the name)', () => {
    for (const text of [
      'The bridge will close in May, Senator Jane Smith said.',
      'The bridge will close in May, said Senator Jane Smith.',
      'The bridge will close in May, Mayor Jane Smith warned on Tuesday.',
    ])
      expect(attributions(text)).toMatchObject([
        { kind: 'indirect', content: 'The bridge will close in May', source: 'Jane Smith' },
      ])
  })

  it('ends a content before an attribution nested at its end', () => {
    expect(
      attributions('Jane Smith stressed that the satellites protect the nation, officials said in April.'),
    ).toMatchObject([
      { content: 'that the satellites protect the nation', cue: 'stressed', source: 'Jane Smith' },
    ])
  })

  it('reads "said he …" after an appositive as the content, the name set off by commas as the speaker', () => {
    expect(attributions('The chairman, Tom Brown, said he cannot comment on the letter.')).toMatchObject([
      { content: 'he cannot comment on the letter', cue: 'said', speaker: 'Tom Brown', source: 'Tom Brown' },
    ])
  })

  it('reads a noun phrase after the cue that goes on as a clause as the content’s subject, not the speaker', () => {
    expect(
      attributions(
        'The group, which is made up of investors and developers, said parents still want neighborhood schools.',
      ),
    ).toMatchObject([
      { content: 'parents still want neighborhood schools', cue: 'said', speaker: null, source: null },
    ])
  })

  it('takes the content inside ASCII double-apostrophe marks before ", said X"', () => {
    expect(attributions("''There is a lot of new complexity,'' said Tom Burman.")).toMatchObject([
      { content: 'There is a lot of new complexity', cue: 'said', speaker: 'Tom Burman' },
    ])
  })

  it('takes a plain noun phrase before the cue as the speaker, a body as its source ("The campaign says …")', () => {
    expect(attributions('The campaign says the ad will air nationally next week.')).toMatchObject([
      { content: 'the ad will air nationally next week', cue: 'says', speaker: 'The campaign', source: 'campaign' },
    ])
  })

  it('takes the "that" clause past a setting ("says in Ohio that …")', () => {
    expect(attributions('Jane Smith says in Ohio that the plant will reopen in May.')).toMatchObject([
      { content: 'that the plant will reopen in May', cue: 'says', source: 'Jane Smith' },
    ])
  })

  it('resolves a pronoun speaker to the person named before', () => {
    expect(attributions('Jane Smith spoke on Monday. She said the tolls would rise.')).toMatchObject([
      { content: 'the tolls would rise', speaker: 'She', source: 'Jane Smith' },
    ])
  })

  it('keeps an unresolved speaker as a mention without a source', () => {
    const text = 'Jane Smith arrived. We said the tolls would rise.'
    const a = analyzeText(text)
    expect(a.attributions).toHaveLength(1)
    expect(a.attributions[0]).toMatchObject({
      kind: 'indirect',
      sourceId: null,
      speaker: { start: 20, end: 22 },
    })
  })

  it('lists a direct quote once, as direct, with the span of its quote', () => {
    const text = '“We will not pay for this,” Jane Smith said.'
    const a = analyzeText(text)
    expect(a.attributions).toHaveLength(1)
    const [direct] = a.attributions
    const [quote] = a.quotes
    expect(direct).toEqual({
      id: 'a1',
      kind: 'direct',
      start: quote.start,
      end: quote.end,
      sourceId: quote.sourceId,
      speaker: quote.speaker,
      cue: quote.cue,
    })
  })

  it('leaves a quoted name given with "called it" to the quotes', () => {
    const found = attributions('The agency called it “a provocative act” that threatens peace.')
    expect(found.map((a) => a.kind)).toEqual(['direct'])
  })

  it('gives ids in text order, direct and indirect together', () => {
    const text = 'Jane Smith said the tolls would rise next year. “We will not pay for this,” Tom Brown said.'
    const a = analyzeText(text)
    expect(a.attributions.map((x) => [x.id, x.kind])).toEqual([
      ['a1', 'indirect'],
      ['a2', 'direct'],
    ])
  })

  it.each([
    ['a "said" that is part of a word', 'The so-called plan was dropped.'],
    ['"said nothing"', 'Jane Smith arrived. He said nothing.'],
    ['"said so"', 'Jane Smith arrived. She said so.'],
    ['a cue with only a setting after it', 'The committee said in a statement on Tuesday.'],
    ['a capitalised cue word inside a name', 'The United States sent aid to the region last year.'],
    ['a cue word after a determiner', 'As the leaders met for the expected summit, the talks began.'],
    ['a sentence without a cue', 'The bridge will close in May.'],
  ])('finds no attribution in %s', (_what, text) => {
    expect(attributions(text)).toEqual([])
  })
})
