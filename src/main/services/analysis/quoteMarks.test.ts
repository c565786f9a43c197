import { describe, expect, it } from 'vitest'
import { findQuoteSegments } from './quoteMarks'
import { findParagraphs } from '../../../shared/text/sentences'

const quotes = (text: string) =>
  findQuoteSegments(text, findParagraphs(text)).map((q) => [text.slice(q.start, q.end), q.whole])

describe('findQuoteSegments', () => {
  it('pairs curly and straight marks and leaves the marks out', () => {
    expect(quotes('“Yes,” he said, "and no."')).toEqual([
      ['Yes,', false],
      ['and no.', false],
    ])
  })

  it('ends an unclosed quote with its paragraph and ignores a stray closing mark', () => {
    expect(quotes('“First part.\n\n“Second part.”\n\nIt was “bad” for all.”')).toEqual([
      ['First part.', true],
      ['Second part.', true],
      ['bad', false],
    ])
  })
})
