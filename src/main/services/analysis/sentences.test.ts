import { describe, expect, it } from 'vitest'
import { findParagraphs, findSentences, tokenize } from './sentences'

const split = (text: string): string[] => findSentences(text).map((s) => text.slice(s.start, s.end))

describe('findSentences', () => {
  it('does not split after abbreviations', () => {
    expect(split('Gen. Mark Milley met Sen. Bob Smith at 11 a.m. local time. They talked.')).toEqual([
      'Gen. Mark Milley met Sen. Bob Smith at 11 a.m. local time.',
      'They talked.',
    ])
    expect(split('He moved to the U.S. in 1990. The U.S. Army agreed.')).toEqual([
      'He moved to the U.S. in 1990.',
      'The U.S. Army agreed.',
    ])
    expect(split('It happened in the U.S. The end.')).toEqual(['It happened in the U.S.', 'The end.'])
  })

  it('keeps closing quotes with their sentence and never crosses a paragraph', () => {
    expect(split('“We came here.” Then he left.\n\nNew paragraph')).toEqual([
      '“We came here.”',
      'Then he left.',
      'New paragraph',
    ])
    expect(split('“Is it?” he asked.')).toEqual(['“Is it?” he asked.'])
  })

  it('drops a dateline from the first sentence', () => {
    expect(split('SEOUL, South Korea — North Korea fired a missile.')).toEqual([
      'North Korea fired a missile.',
    ])
  })

  it('finds paragraphs and tokens with possessives split off', () => {
    const text = 'Russia’s army said.\n\nSecond.'
    expect(findParagraphs(text).length).toBe(2)
    const tokens = tokenize(text, findSentences(text)).map((t) => t.text)
    expect(tokens).toEqual(['Russia', '’s', 'army', 'said', '.', 'Second', '.'])
  })
})
