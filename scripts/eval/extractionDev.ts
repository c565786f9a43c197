/**
 * The extraction-dev data set (../shared/data/extraction-dev: 20 real pages with Readability's
 * output as the reference) and how an extraction is scored against it, shared by the HTML
 * evaluation (extraction.ts) and the per-format one (formats.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { ExtractedArticle } from '../../src/shared/model/article'
import { shingleScores, type ShingleScores } from '../../src/main/services/importers/shingles'

export const DIR = path.resolve(process.cwd(), '../shared/data/extraction-dev')

export interface Expected {
  title: string | null
  byline: string | null
  siteName: string | null
  publishedTime: string | null
}

export const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()
export const loose = (s: string | null | undefined): string =>
  fold(s)
    .replace(/^by\s+/i, '')
    .toLowerCase()

/** The reference body: Readability's output, one line per block so words of two blocks never join. */
export function referenceText(html: string): string {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window
  document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, td, br').forEach((el) => {
    el.append(document.createTextNode('\n'))
  })
  return document.body.textContent ?? ''
}

/** The same instant, or the same day when one side gives only a date. */
export function sameDate(ours: string | null, expected: string): boolean {
  if (!ours) return false
  if (ours.length === 10 || expected.length === 10) return ours.slice(0, 10) === expected.slice(0, 10)
  return Date.parse(ours) === Date.parse(expected)
}

/** The page folders, in order. */
export const devPages = (): string[] => readdirSync(DIR).sort()

export interface DevPage {
  name: string
  /** source.html's bytes, as saved. */
  source: Buffer
  expected: Expected
  /** The reference body text. */
  reference: string
}

export function readDevPage(name: string): DevPage {
  return {
    name,
    source: readFileSync(path.join(DIR, name, 'source.html')),
    expected: JSON.parse(readFileSync(path.join(DIR, name, 'expected-metadata.json'), 'utf8')) as Expected,
    reference: referenceText(readFileSync(path.join(DIR, name, 'expected.html'), 'utf8')),
  }
}

/** Body overlap with the reference (4-word shingles). */
export const bodyScores = (article: Pick<ExtractedArticle, 'text'>, page: DevPage): ShingleScores =>
  shingleScores(article.text, page.reference)

export const titleMatches = (article: Pick<ExtractedArticle, 'title'>, expected: Expected): boolean =>
  fold(article.title) === fold(expected.title)

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
