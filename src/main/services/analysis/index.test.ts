import { describe, expect, it } from 'vitest'
import { extractArticle } from '../importers'
import { ANALYSIS_VERSION, analyzeText, scoreSentence } from './index'
import { checkSample } from '../../../test-support/sampleCheck'
import { sampleText, type SampleExpectation } from '../../../test-support/sample'
import { readShared } from '../../../test-support/shared'

describe('analyzeText', () => {
  const text =
    'WASHINGTON (AP) — Sen. Jane Doe, a senior fellow at the Brookings Institution, said on Tuesday that the plan costs $4 billion.\n\n' +
    '“We will not accept it,” Doe said. “Not now, not ever.”\n\n' +
    '“The numbers do not add up.”\n\n' +
    'The so-called “reform” was announced by the White House, according to US officials.'
  const a = analyzeText(text)

  it('gives spans that slice to their text', () => {
    expect(ANALYSIS_VERSION).toBeGreaterThan(0)
    for (const item of [...a.claims, ...a.quotes]) expect(text.slice(item.start, item.end)).toBe(item.text)
    for (const s of a.sources) for (const m of s.mentions) expect(m.end).toBeGreaterThan(m.start)
  })

  it('finds the person with her appositive role and attributes her quotes, carried over a paragraph', () => {
    const doe = a.sources.find((s) => s.name === 'Jane Doe')
    expect(doe?.kind).toBe('person')
    expect(doe?.role).toBe('senior fellow at the Brookings Institution')
    const quotes = a.quotes.map((q) => [q.text, q.sourceId])
    expect(quotes).toEqual([
      ['We will not accept it,', doe!.id],
      ['Not now, not ever.', doe!.id],
      ['The numbers do not add up.', doe!.id],
    ])
    expect(text.slice(a.quotes[0].speaker!.start, a.quotes[0].speaker!.end)).toBe('Doe')
    expect(text.slice(a.quotes[0].cue!.start, a.quotes[0].cue!.end)).toBe('said')
  })

  it('does not take a scare quote for speech and finds government and anonymous sources', () => {
    expect(a.quotes.some((q) => q.text === 'reform')).toBe(false)
    expect(a.sources.find((s) => s.name === 'White House')?.kind).toBe('government')
    expect(a.sources.find((s) => s.name === 'US officials')?.kind).toBe('anonymous')
  })

  it('scores the claim with a quantity high and links attributed claims to their source', () => {
    const first = a.claims[0]
    expect(first.text.startsWith('Sen. Jane Doe')).toBe(true)
    expect(first.checkworthy).toBe(true)
    expect(first.reasons).toContain('quantity')
    expect(first.sourceId).toBe(a.sources.find((s) => s.name === 'Jane Doe')?.id)
  })

  it('lists a body only named, or one someone spoke to, as no source', () => {
    const b = analyzeText(
      'The ban breaks UN sanctions, Tom Becker, a professor of law at Lund University, told CNN on Monday.',
    )
    expect(b.sources.map((s) => s.name)).toEqual(['Tom Becker'])
  })

  it('resolves a pronoun and an acronym alias', () => {
    const b = analyzeText(
      'The Joint Chiefs of Staff (JCS) said the missile flew 300 km. Analysts were surprised.\n\nMary Smith spoke later. “It is a provocation,” she said. The JCS called it “a grave threat to the peace.”',
    )
    const smith = b.sources.find((s) => s.name === 'Mary Smith')
    const jcs = b.sources.find((s) => s.name === 'Joint Chiefs of Staff')
    expect(b.quotes.find((q) => q.text.startsWith('It is'))?.sourceId).toBe(smith?.id)
    expect(b.quotes.find((q) => q.text.startsWith('a grave'))?.sourceId).toBe(jcs?.id)
    expect(jcs?.kind).toBe('government')
  })

  it('works on straight quotes', () => {
    const b = analyzeText('"This is a very bad deal for the workers," said Bob Jones, the union president.')
    expect(b.quotes).toHaveLength(1)
    expect(b.sources.find((s) => s.id === b.quotes[0].sourceId)?.name).toBe('Bob Jones')
  })
})

describe('scoreSentence', () => {
  it('scores facts high and pleasantries, questions and opinion low', () => {
    expect(
      scoreSentence('Unemployment fell to 3.5 percent in 2019, the lowest rate since 1969.').checkworthy,
    ).toBe(true)
    expect(scoreSentence('Thank you all for coming tonight.').checkworthy).toBe(false)
    expect(scoreSentence('Why is it on the ballot?').checkworthy).toBe(false)
    expect(scoreSentence('I think that is a beautiful thing.').checkworthy).toBe(false)
    const s = scoreSentence('The rocket reportedly flew 650 kilometers (400 miles).')
    expect(s.reasons).toContain('hedge:reportedly')
    expect(s.score).toBeGreaterThan(0)
    expect(s.score).toBeLessThanOrEqual(1)
  })
})

describe('the sample article', () => {
  const expected = JSON.parse(
    readShared('data/samples/kim-putin-vostochny-scraped.expected.json'),
  ) as SampleExpectation
  const raw = readShared('data/samples', expected.file)

  it('meets every hand-made expectation', async () => {
    const text = await sampleText(expected, raw, extractArticle)
    expect(text.startsWith(expected.article.bodyStartsWith)).toBe(true)
    const results = checkSample(expected, text, analyzeText(text))
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(results.length).toBe(
      1 + // no sources beyond the expected ones
        expected.sources.length +
        expected.quotes.length +
        expected.claims.mustInclude.length +
        expected.claims.mustNotInclude.length +
        expected.claims.numbers.length,
    )
  })
})

describe('speakers', () => {
  const speakerOf = (text: string, quoteStart: string) => {
    const a = analyzeText(text)
    const q = a.quotes.find((x) => x.text.startsWith(quoteStart))
    const s = a.sources.find((x) => x.id === q?.sourceId)
    return { name: s?.name, speaker: q?.speaker ? text.slice(q.speaker.start, q.speaker.end) : null }
  }

  it('resolves a pronoun to the last person of its gender', () => {
    const text =
      'Hillary Clinton met Donald Trump on Monday. “We will win this state,” he said.\n\n“Not if I can help it,” she said.'
    expect(speakerOf(text, 'We will')).toEqual({ name: 'Donald Trump', speaker: 'he' })
    expect(speakerOf(text, 'Not if')).toEqual({ name: 'Hillary Clinton', speaker: 'she' })
  })

  it('resolves a title to the person already in the story', () => {
    const text = 'Sen. Bernie Sanders spoke in Ohio.\n\n“The system is rigged,” the senator said.'
    expect(speakerOf(text, 'The system')).toEqual({ name: 'Bernie Sanders', speaker: 'the senator' })
  })

  it('reads party parentheticals, ages, bylines, colons and transcript labels', () => {
    expect(
      speakerOf('“Subpoenas are not optional,” Rep. Jason Chaffetz (R-Utah) said.', 'Subpoenas').name,
    ).toBe('Jason Chaffetz')
    expect(speakerOf('“We are not going to stop,” Quina Jones, 25, said.', 'We are').name).toBe('Quina Jones')
    expect(speakerOf('“He scares me. He really does.” ― Sonya Herridge', 'He scares').name).toBe(
      'Sonya Herridge',
    )
    expect(
      speakerOf('Pat Caddell continued:\n\n“The health issue is a partisan issue.”', 'The health').name,
    ).toBe('Pat Caddell')
    expect(
      speakerOf('Mike Pence spoke.\n\n"PENCE: Well, look, this is serious business."', 'PENCE').name,
    ).toBe('Mike Pence')
  })

  it('takes the subject of a participle and of the sentence before a bare quote', () => {
    expect(
      speakerOf('Small groups of protesters marched downtown, chanting, "Hands up, don\'t shoot."', 'Hands')
        .speaker,
    ).toBe('Small groups of protesters')
    expect(
      speakerOf(
        'Sen. Bernie Sanders identified young voters as the key. “The younger people are sick of it.”',
        'The younger',
      ).name,
    ).toBe('Bernie Sanders')
  })

  it('finds single-quoted speech but not apostrophes or headline quotes', () => {
    const a = analyzeText(
      'Christie Calls Clinton ‘A Disgrace’\n\n‘We will not back down,’ Smith said of the voters’ anger.',
    )
    expect(a.quotes.map((q) => q.text)).toEqual(['We will not back down,'])
  })
})

describe('scoreSentence features', () => {
  it('rates records, states and big numbers up and promises and anecdotes down', () => {
    expect(scoreSentence('He has never offered a plan to cut taxes for the middle class.').checkworthy).toBe(
      true,
    )
    expect(scoreSentence('Natural gas production is the highest it has been in decades.').checkworthy).toBe(
      true,
    )
    expect(
      scoreSentence('There are 4 million people who are waiting in line to get here legally.').checkworthy,
    ).toBe(true)
    expect(scoreSentence('I want to give every family a better future next year.').checkworthy).toBe(false)
    expect(scoreSentence('I remember my grandmother telling me about the farm.').checkworthy).toBe(false)
  })
})
