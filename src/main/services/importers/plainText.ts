/**
 * Plain text, clean or scraped. Paragraphs are separated by blank lines. Text that carries a
 * scraper's traces (markers, a breadcrumb, the headline repeated) is cleaned harder: captions and
 * related-story links are dropped too, which would be wrong for text a person wrote.
 */
import { assembleBlocks } from '../../../shared/text/blocks'
import type { ExtractedArticle } from '../../../shared/model/article'
import { bylineOf, dateLineOf, datelineOnly, datelinePrefix, isCaption, isHeadlineLike } from './newsLines'
import { isBreadcrumb, isCounter, isLonePunctuation, isScraperMarker } from './scraperMarkers'

/** How far into the text a byline, dateline or date line is looked for. */
const HEADER_PARAGRAPHS = 6

/** The longest title taken from the text's first line; a longer line is cut at a word. */
export const FIRST_LINE_TITLE_CHARS = 100

const fold = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim()

function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [[]]
  for (const raw of text.split('\n')) {
    const line = fold(raw)
    if (line) paragraphs[paragraphs.length - 1].push(line)
    else if (paragraphs[paragraphs.length - 1].length) paragraphs.push([])
  }
  return paragraphs.filter((p) => p.length)
}

function headlineTitle(line: string): boolean {
  return (
    line.length <= 200 &&
    isHeadlineLike(line, 40) &&
    !isScraperMarker(line) &&
    !bylineOf(line) &&
    !dateLineOf(line) &&
    !datelineOnly(line, [line])
  )
}

/** The headline a scraper repeats (page title, then article title), or null. */
function repeatedTitle(lines: string[]): string | null {
  const seen = new Set<string>()
  for (const line of lines.slice(0, 40)) {
    if (seen.has(line) && headlineTitle(line) && line.split(' ').length >= 3) return line
    seen.add(line)
  }
  return null
}

interface Header {
  title: string | null
  byline: string | null
  publisher: string | null
  published: string | null
}

export function extractPlainText(text: string): Omit<ExtractedArticle, 'format'> {
  let paragraphs = splitParagraphs(text)
  const lines = paragraphs.flat()
  const repeated = repeatedTitle(lines)
  const first = paragraphs[0]
  const header: Header = {
    title: repeated ?? (first?.length === 1 && headlineTitle(first[0]) ? first[0] : null),
    byline: null,
    publisher: null,
    published: null,
  }
  const scraped = repeated !== null || lines.some((l) => isScraperMarker(l) || isBreadcrumb(l, header.title))

  // A dateline split over lines ("CNN" / " — ") must be read before its dash is dropped as noise.
  paragraphs = paragraphs.filter((p, i) => {
    if (i >= HEADER_PARAGRAPHS + 4) return true
    const outlet = datelineOnly(p.join(' '), p)
    if (outlet && !header.publisher) header.publisher = outlet
    return !outlet
  })

  paragraphs = paragraphs
    .map((p) =>
      p.filter(
        (line) =>
          !isScraperMarker(line) &&
          !isBreadcrumb(line, header.title) &&
          line !== header.title &&
          !isLonePunctuation(line) &&
          !(scraped && isCounter(line)),
      ),
    )
    .filter((p) => p.length)

  let body = readHeader(
    paragraphs.map((p) => p.join(' ')),
    header,
  )
  if (scraped)
    body = body.filter((p, i) => !isCaption(p) && !(i > 0 && i < body.length - 1 && isHeadlineLike(p)))
  // A file holding only a headline still has that line as its text.
  if (!body.length && header.title) body = [header.title]

  const { text: bodyText, blocks } = assembleBlocks(body.map((p) => ({ type: 'paragraph', text: p })))
  const title = header.title ?? (body.length ? firstLineTitle(body[0]) : null)
  return { ...header, title, lang: null, url: null, text: bodyText, blocks }
}

/**
 * The title of a text without a headline: its first line as the reader shows it (the first
 * paragraph of the body, wrapped lines joined), cut at a word when longer than
 * FIRST_LINE_TITLE_CHARS. Without it the library would list a folder of notes by file name.
 */
export function firstLineTitle(line: string): string {
  if (line.length <= FIRST_LINE_TITLE_CHARS) return line
  const space = line.lastIndexOf(' ', FIRST_LINE_TITLE_CHARS)
  // A first "word" longer than half the limit (a URL) is cut at the limit, but not inside a surrogate pair.
  const end =
    space >= FIRST_LINE_TITLE_CHARS / 2
      ? space
      : FIRST_LINE_TITLE_CHARS - (/[\uD800-\uDBFF]/.test(line[FIRST_LINE_TITLE_CHARS - 1]) ? 1 : 0)
  return `${line.slice(0, end).replace(/[\s,;:–—-]+$/u, '')}…`
}

/** Takes the byline, date line and dateline off the top of the body into the header. */
function readHeader(paragraphs: string[], header: Header): string[] {
  const body = [...paragraphs]
  for (let i = 0; i < Math.min(HEADER_PARAGRAPHS, body.length);) {
    const byline = header.byline ? null : bylineOf(body[i])
    const date = header.published || byline ? null : dateLineOf(body[i])
    if (byline) {
      header.byline = byline.byline
      header.publisher ??= byline.publisher
    } else if (date) {
      header.published = date
    } else {
      break
    }
    body.splice(i, 1)
  }
  const dateline = body.length ? datelinePrefix(body[0]) : null
  if (dateline && dateline.rest) {
    header.publisher ??= dateline.publisher
    body[0] = dateline.rest
  }
  return body
}
