import { describe, expect, it } from 'vitest'
import { read, spanText } from '../../../test-support/attribution'
import { attributeQuotes } from './quotes'

/** Each quote found: its words, who said it, the speaker mention and how it was found. */
function quotes(text: string) {
  const { ctx, sentences, segments } = read(text)
  return attributeQuotes(ctx, segments, (t) => sentences[t.sentence]).map((q) => ({
    text: text.slice(q.segment.start, q.segment.end),
    by: q.attribution?.entry.name ?? null,
    speaker: spanText(text, q.attribution?.speaker),
    via: q.via,
  }))
}

describe('attributeQuotes', () => {
  it('attributes a quote to the cue right after it, through a title to the person named earlier', () => {
    expect(quotes('Sen. Jane Doe spoke for an hour.\n\n“We will win,” the senator said.')).toEqual([
      { text: 'We will win,', by: 'Jane Doe', speaker: 'the senator', via: 'right' },
    ])
  })

  it('attributes a quote to a cue before it in its sentence', () => {
    expect(quotes('Maria Lopez replied: “The bridge is safe for everyone.”')).toEqual([
      { text: 'The bridge is safe for everyone.', by: 'Maria Lopez', speaker: 'Maria Lopez', via: 'left' },
    ])
  })

  it('gives a later quote of the paragraph the same speaker', () => {
    const found = quotes('“We are ready,” Maria Lopez said. “We have always been ready.”')
    expect(found.map((q) => [q.by, q.via])).toEqual([
      ['Maria Lopez', 'right'],
      ['Maria Lopez', 'paragraph'],
    ])
  })

  it('carries a speaker into a paragraph that is all quote', () => {
    const found = quotes('“We are ready,” Maria Lopez said.\n\n“Nobody will stop us now, not this year.”')
    expect(found[1]).toMatchObject({ by: 'Maria Lopez', via: 'carry' })
  })

  it('reads a transcript label and a dash byline', () => {
    expect(quotes('Maria Lopez took questions.\n\nLOPEZ: “The bridge is safe for everyone.”')[0].by).toBe(
      'Maria Lopez',
    )
    expect(quotes('“Every vote counts in the end.” — Maria Lopez')[0].by).toBe('Maria Lopez')
  })

  it('takes a paragraph ending in a colon as the introduction of the next one', () => {
    const found = quotes('Maria Lopez continued:\n\n“The bridge is safe for everyone who drives on it.”')
    expect(found[0]).toMatchObject({ by: 'Maria Lopez', via: 'left' })
  })

  it('does not take scare quotes and titles for speech', () => {
    expect(quotes('The so-called “reform” was passed.')).toEqual([])
    expect(quotes('She liked the book “Bad Deals” a lot.')).toEqual([])
  })

  it('keeps a long quote with no speaker as an unattributed quote', () => {
    expect(quotes('“Nobody knows what happens next in this town.”')).toEqual([
      { text: 'Nobody knows what happens next in this town.', by: null, speaker: null, via: null },
    ])
  })
})

describe('attributeQuotes, speakers named elsewhere', () => {
  it('takes the speaker of the sentence before a quote that opens its own sentence', () => {
    const found = quotes(
      'The bill may stall in the fall, Maria Lopez said. “Nobody has the votes for it yet.”',
    )
    expect(found[0]).toMatchObject({ by: 'Maria Lopez', via: 'carry' })
  })

  it('takes the speaker named where an open quote goes on in the next paragraph', () => {
    const found = quotes(
      '“We have waited for this bridge for thirty years and we will not wait any longer.\n\n' +
        '“It is time,” Maria Lopez said.',
    )
    expect(found.map((q) => [q.by, q.via])).toEqual([
      ['Maria Lopez', 'carry'],
      ['Maria Lopez', 'right'],
    ])
  })

  it('does not give a quote that ends its sentence to a cue of the next sentence', () => {
    const found = quotes(
      'Seoul accused the North of “fanatic recklessness.” Tom Becker said the test was a warning.',
    )
    expect(found[0].by).toBe('Seoul')
  })

  it('reads “as X put it” after a quote', () => {
    expect(
      quotes('The rule needs a “lawful source of investment income,” as a Treasury memo put it.')[0],
    ).toMatchObject({
      speaker: 'a Treasury memo',
    })
  })

  it('takes the subject of a paragraph ending in a colon, with no cue verb, as the speaker', () => {
    const found = quotes(
      'Maria Lopez made the following comment:\n\n“The bridge is safe for everyone who drives on it.”',
    )
    expect(found[0]).toMatchObject({ by: 'Maria Lopez', via: 'left' })
  })
})
