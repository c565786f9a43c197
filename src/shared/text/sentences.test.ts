import { describe, expect, it } from 'vitest'
import { findParagraphs, findSentences } from './sentences'

const split = (text: string): string[] => findSentences(text).map((s) => text.slice(s.start, s.end))

describe('findParagraphs', () => {
  it('takes each non-blank line, trimmed', () => {
    const text = '  First line. \n\n\nSecond\n   \nThird'
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First line.',
      'Second',
      'Third',
    ])
    expect(findParagraphs(text).map((p) => p.index)).toEqual([0, 1, 2])
  })
})

describe('findSentences', () => {
  it('splits news prose into sentences, trimmed', () => {
    expect(split('  Kim arrived on Tuesday. Putin met him at the cosmodrome!  Was it planned? ')).toEqual([
      'Kim arrived on Tuesday.',
      'Putin met him at the cosmodrome!',
      'Was it planned?',
    ])
  })

  it('does not split after abbreviations, titles or initials', () => {
    expect(split('Gen. Mark Milley met Sen. Bob Smith at 11 a.m. local time. They talked.')).toEqual([
      'Gen. Mark Milley met Sen. Bob Smith at 11 a.m. local time.',
      'They talked.',
    ])
    expect(split('He moved to the U.S. in 1990. The U.S. Army agreed.')).toEqual([
      'He moved to the U.S. in 1990.',
      'The U.S. Army agreed.',
    ])
    expect(split('It happened in the U.S. The end.')).toEqual(['It happened in the U.S.', 'The end.'])
    expect(split('Mr. Kim met Gen. Park and J. Smith on Monday. It cost 3.5 percent.')).toEqual([
      'Mr. Kim met Gen. Park and J. Smith on Monday.',
      'It cost 3.5 percent.',
    ])
  })

  it('keeps closing quotes with their sentence, and a quoted question with its speech verb', () => {
    expect(split('“We came here.” Then he left.')).toEqual(['“We came here.”', 'Then he left.'])
    expect(split('“Is it?” he asked.')).toEqual(['“Is it?” he asked.'])
    expect(split('“Why now?” she asked. Nobody answered.')).toEqual([
      '“Why now?” she asked.',
      'Nobody answered.',
    ])
  })

  it('never crosses a paragraph and numbers sentences with their paragraph', () => {
    const text = 'One is here. Two\n\nNew paragraph'
    expect(split(text)).toEqual(['One is here.', 'Two', 'New paragraph'])
    expect(findSentences(text).map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ])
  })

  it('splits only the paragraphs it is given', () => {
    const text = 'Skipped. Not here.\n\nKept. Here.'
    expect(
      findSentences(text, [{ start: 20, end: 31, index: 0 }]).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Kept.', 'Here.'])
  })

  it('drops a dateline from the first sentence', () => {
    expect(split('SEOUL, South Korea — North Korea fired a missile.')).toEqual([
      'North Korea fired a missile.',
    ])
  })
})
