import { describe, expect, it } from 'vitest'
import { extractArticleSync } from './index'
import { FIRST_LINE_TITLE_CHARS, extractPlainText, firstLineTitle } from './plainText'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'
import { readShared } from '../../../test-support/shared'

interface SampleExpectation {
  file: string
  article: {
    title: string
    publisher: string
    bodyStartsWith: string
    bodyEndsWith: string
    mustNotContain: string[]
    notBodyText: Record<string, string>
  }
}

describe('the scraped sample article', () => {
  const expected = JSON.parse(
    readShared('data/samples/kim-putin-vostochny-scraped.expected.json'),
  ) as SampleExpectation
  const bytes = utf8(readShared('data/samples', expected.file))
  const article = extractArticleSync(expected.file, bytes)

  it('is read as text with the headline as title and CNN as publisher', () => {
    expect(article.format).toBe('text')
    expect(article.title).toBe(expected.article.title)
    expect(article.publisher).toBe(expected.article.publisher)
    expect(article.lang).toBeNull()
    expect(article.url).toBeNull()
  })

  it('keeps the body from its first to its last sentence', () => {
    expect(article.text.startsWith(expected.article.bodyStartsWith)).toBe(true)
    expect(article.text.endsWith(expected.article.bodyEndsWith)).toBe(true)
  })

  it('drops the scraper markers, breadcrumb, caption and related link', () => {
    for (const junk of expected.article.mustNotContain) expect(article.text).not.toContain(junk)
    for (const junk of Object.values(expected.article.notBodyText)) {
      expect(article.text).not.toContain(junk)
    }
    expect(article.text).not.toContain(expected.article.title)
  })

  it('keeps every other paragraph, each as one block', () => {
    expectWellFormed(article)
    expect(article.blocks.every((b) => b.type === 'paragraph')).toBe(true)
    // 26 paragraphs between [ad_1] and [ad_2], less the dateline, the caption and the related link
    expect(article.blocks).toHaveLength(24)
    expect(article.text).toContain('Analysts say the location of Wednesday’s summit is significant.')
  })
})

describe('plain text that was not scraped', () => {
  it('passes every paragraph through and takes a short first line as title', () => {
    const text = [
      'A Quiet Week in Parliament',
      'The house sat for three days.\nMembers debated the budget.',
      '1',
      'Nothing else happened on Monday, May 4.',
      'Short line without a stop',
      'The end.',
    ].join('\n\n')
    const article = extractPlainText(text)
    expect(article.title).toBe('A Quiet Week in Parliament')
    expect(article.text).toBe(
      [
        'The house sat for three days. Members debated the budget.',
        '1',
        'Nothing else happened on Monday, May 4.',
        'Short line without a stop',
        'The end.',
      ].join('\n\n'),
    )
    expectWellFormed({ format: 'text', ...article })
  })

  it('takes a first line that is a sentence for the title, keeping it in the text', () => {
    const article = extractPlainText('This is a sentence.\n\nAnd another one.')
    expect(article.title).toBe('This is a sentence.')
    expect(article.text).toBe('This is a sentence.\n\nAnd another one.')
  })

  it('takes a wrapped first paragraph whole for the title, not the fragment on its first line', () => {
    const article = extractPlainText(
      'The committee met on a grey\nmorning and argued for hours.\n\nThen it rained.',
    )
    expect(article.title).toBe('The committee met on a grey morning and argued for hours.')
    expect(article.blocks).toHaveLength(2)
  })

  it('cuts a long first line at a word, within the limit, and marks the cut', () => {
    const words = 'Members of the harbour board argued late into the night about the cost of the new pier'
    const line = `${words}, and then, after a break, about who would pay for it, which nobody wanted to settle.`
    expect(words.length).toBeLessThan(FIRST_LINE_TITLE_CHARS)
    expect(line.length).toBeGreaterThan(FIRST_LINE_TITLE_CHARS)
    const article = extractPlainText(`${line}\n\nThe end.`)
    // The last space within the limit follows "then,": the comma goes with the cut.
    expect(article.title).toBe(`${words}, and then…`)
    expect(article.title!.length).toBeLessThanOrEqual(FIRST_LINE_TITLE_CHARS + 1)
    expect(article.text.startsWith(line)).toBe(true)
  })

  it('cuts a first line with no space early on at the limit, never inside a surrogate pair', () => {
    const url = `https://example.org/${'a'.repeat(FIRST_LINE_TITLE_CHARS)}`
    expect(firstLineTitle(`${url} was shared.`)).toBe(`${url.slice(0, FIRST_LINE_TITLE_CHARS)}…`)
    const emoji = `${'x'.repeat(FIRST_LINE_TITLE_CHARS - 1)}😀 more`
    expect(firstLineTitle(emoji)).toBe(`${'x'.repeat(FIRST_LINE_TITLE_CHARS - 1)}…`)
  })

  it('gives a file of text its first line, not its file name, as title when imported', () => {
    const article = extractArticleSync(
      'note-12.txt',
      utf8('Call with the port authority, Tuesday.\n\nThey will reopen.'),
    )
    expect(article.title).toBe('Call with the port authority, Tuesday.')
  })
})

describe('news furniture in plain text', () => {
  it('reads an agency dateline, byline and date line into the metadata', () => {
    const text = [
      'Ministers agree on fishing quotas',
      'By Jane Doe and John Roe, Reuters',
      'September 13, 2023',
      'BRUSSELS (Reuters) - European ministers agreed on new quotas early on Wednesday.',
      'The deal follows months of talks.',
    ].join('\n\n')
    const article = extractPlainText(text)
    expect(article).toMatchObject({
      title: 'Ministers agree on fishing quotas',
      byline: 'Jane Doe and John Roe',
      publisher: 'Reuters',
      published: '2023-09-13',
    })
    expect(article.text).toBe(
      'European ministers agreed on new quotas early on Wednesday.\n\nThe deal follows months of talks.',
    )
  })

  it('takes "(AP) —" as the publisher and a plain byline as byline', () => {
    const article = extractPlainText('By Sam Smith\n\n(AP) — The storm moved north.\n\nIt weakened.')
    // No headline: the title is the body's first line, after the byline and dateline are taken off.
    expect(article).toMatchObject({ byline: 'Sam Smith', publisher: 'AP', title: 'The storm moved north.' })
    expect(article.text).toBe('The storm moved north.\n\nIt weakened.')
  })

  it('does not take a city dateline for a publisher', () => {
    const article = extractPlainText('WASHINGTON — The Senate voted on Tuesday.')
    expect(article.publisher).toBeNull()
    expect(article.text).toBe('WASHINGTON — The Senate voted on Tuesday.')
  })

  it('drops captions, related links, counters and markers only in scraped text', () => {
    const text = [
      'Home NEWS Port reopens after strike',
      'Port reopens after strike',
      '12',
      'Port reopens after strike',
      '[ad_1]',
      'Dockers returned to work on Monday after a week-long strike.',
      'A crane unloads containers at the port on March 3.',
      'Five things to know about the port',
      'Union leaders said the deal was “fair”.',
      'Workers cheer at the gate. Photo: Ann Lee/Reuters',
      'Advertisement',
      'Talks will resume in June.',
      '[ad_2]',
      'Source link',
    ].join('\n\n')
    const article = extractPlainText(text)
    expect(article.title).toBe('Port reopens after strike')
    expect(article.text).toBe(
      [
        'Dockers returned to work on Monday after a week-long strike.',
        'Union leaders said the deal was “fair”.',
        'Talks will resume in June.',
      ].join('\n\n'),
    )
  })
})
