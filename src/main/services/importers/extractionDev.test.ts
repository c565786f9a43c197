import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { extractArticleSync } from './index'
import { shingleScores } from './shingles'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'
import { readShared, sharedPath } from '../../../test-support/shared'

const DIR = 'data/extraction-dev'
const pages = readdirSync(sharedPath(DIR)).sort()
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** Text of Readability's reference output, one line per block so words of two blocks never join. */
function referenceText(html: string): string {
  const { document } = new JSDOM(html).window
  document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, td, br').forEach((el) => {
    el.append(document.createTextNode('\n'))
  })
  return document.body.textContent ?? ''
}

describe('the extraction-dev pages', () => {
  const results = pages.map((page) => {
    const article = extractArticleSync(`${page}.html`, utf8(readShared(DIR, page, 'source.html')))
    const expected = JSON.parse(readShared(DIR, page, 'expected-metadata.json')) as {
      title: string
      siteName: string | null
      byline: string | null
    }
    const scores = shingleScores(article.text, referenceText(readShared(DIR, page, 'expected.html')))
    return { page, article, expected, ...scores }
  })

  it('finds all 20 pages', () => {
    expect(pages).toHaveLength(20)
  })

  it.each(pages)('%s: the body overlaps Readability’s reference text (shingle F1 ≥ 0.8)', (page) => {
    const result = results.find((r) => r.page === page)!
    expectWellFormed(result.article)
    expect(
      result.f1,
      `precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
    ).toBeGreaterThanOrEqual(0.8)
  })

  // Readability keeps "Headline - Breitbart" and "Headline | Author"; Dossier drops a suffix that
  // is the site's or the author's name, so on such pages the reference title is ours plus it.
  it.each(pages)('%s: the title is the reference title, less a site or author suffix', (page) => {
    const { article, expected } = results.find((r) => r.page === page)!
    const title = fold(article.title ?? '')
    const suffixes = [expected.siteName, expected.byline, article.publisher, article.byline]
      .filter((s): s is string => !!s)
      .flatMap((s) => [` - ${fold(s)}`, ` | ${fold(s)}`])
    expect([title, ...suffixes.map((s) => title + s)]).toContain(fold(expected.title))
  })

  it('matches the reference title exactly on at least 18 of the 20 pages', () => {
    const differing = results.filter((r) => fold(r.article.title ?? '') !== fold(r.expected.title))
    expect(differing.map((r) => r.page)).toEqual(['breitbart', 'guardian-1'])
  })

  it('reports its figures', () => {
    const f1s = results.map((r) => r.f1)
    console.log(
      results
        .map(
          (r) =>
            `${r.page.padEnd(18)} F1 ${r.f1.toFixed(3)} P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}`,
        )
        .join('\n'),
      `\nmin ${Math.min(...f1s).toFixed(3)} mean ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3)}`,
    )
  })
})
