/**
 * HTML pages. The page is parsed into a linkedom DOM (htmlDocument.ts), which has no window,
 * runs no script and loads no resource: an imported page must never reach the network or execute.
 * Readability finds the article in that DOM and hands back its element, which is walked into
 * blocks of plain text: no markup from the file ever reaches the renderer, so nothing needs
 * sanitising, and the page is parsed once.
 */
import { Readability } from '@mozilla/readability'
import type { ExtractedArticle } from '../../../shared/model/article'
import { assembleBlocks, normalizeBlockText } from '../../../shared/text/blocks'
import { MONTH_PATTERN } from './dates'
import { htmlToDrafts } from './htmlBlocks'
import { parseHtmlDocument } from './htmlDocument'
import { readHtmlMetadata, stripSiteSuffix, type HtmlMetadata } from './htmlMetadata'
import { prepareHtml } from './htmlPrepass'
import { savedPageInfo } from './savedPage'

/** Pages with more elements than this skip Readability (a long news page has a few thousand). */
const READABILITY_MAX_ELEMENTS = 15_000

const sameText = (a: string, b: string): boolean =>
  normalizeBlockText(a).toLowerCase() === normalizeBlockText(b).toLowerCase()

export function extractHtml(source: string): Omit<ExtractedArticle, 'format'> {
  // Throws Unreadable for a page nested too deep to parse; lightens saved pages before parsing.
  const { html } = prepareHtml(source)
  // Read from the page as saved: the prepass drops the comments this is written in.
  const saved = savedPageInfo(source)
  const document = parseHtmlDocument(html)
  const metadata = readHtmlMetadata(document)
  // Readability's time grows faster than the page (24,000 paragraphs: 8 s); a page that large
  // is a document, not a news page with chrome around it, and is read whole instead.
  const large = metadata.elements > READABILITY_MAX_ELEMENTS
  // Readability rewrites the document it reads: metadata is read first, and the untouched page,
  // needed only when Readability finds nothing, is parsed again from the string.
  // The article comes back as the element Readability chose, not as HTML to be parsed again.
  const article = large ? null : new Readability(document, { serializer: (node) => node }).parse()
  const content = article?.content?.textContent?.trim() ? article.content : null
  const drafts = htmlToDrafts(content ?? (large ? document : parseHtmlDocument(html)).body)

  const readabilityTitle = article?.title ? withoutSiteSuffix(article.title, metadata) : null
  const title = readabilityTitle ?? metadata.title ?? null
  const firstHeading = drafts.findIndex((d) => d.type === 'heading')
  if (title && firstHeading >= 0 && firstHeading < 3 && sameText(drafts[firstHeading].text, title)) {
    drafts.splice(firstHeading, 1)
  }
  const { text, blocks } = assembleBlocks(drafts)
  return {
    title: title ? (readabilityTitle ? title : stripSiteSuffix(title)) : null,
    byline: cleanByline(metadata.byline ?? article?.byline),
    publisher: metadata.publisher ?? article?.siteName ?? null,
    published: metadata.published,
    lang: metadata.lang ?? article?.lang ?? null,
    url: metadata.url ?? saved.url,
    captured: saved.captured,
    text,
    blocks,
  }
}

/**
 * Readability keeps "Headline - Site" when the headline alone is short; the suffix goes when the
 * page names the headline on its own or the suffix is the site's name.
 */
function withoutSiteSuffix(title: string, metadata: HtmlMetadata): string {
  const clean = normalizeBlockText(title)
  const split = /^(.+?)\s+[|–—-]\s+([^|–—-]+)$/.exec(clean)
  if (!split) return clean
  const [, head, tail] = split
  const isHeadline = metadata.headlines.some((h) => sameText(h, head))
  const isSite = [metadata.publisher].some((site) => site && sameText(site, tail))
  return isHeadline || isSite ? head : clean
}

/** Readability's byline is whatever text looked like one; only a short name-like one is kept. */
function cleanByline(byline: string | null | undefined): string | null {
  // Pages run the date into the byline ("Lucas Nolan22 Dec 2016", "JANE DOE March 11, 2015").
  const clean = normalizeBlockText(byline ?? '')
    .replace(/^by:?\s+/i, '')
    .replace(new RegExp(`\\s*(?:\\d|\\b${MONTH_PATTERN}\\s+\\d).*$`, 'i'), '')
    .trim()
  return clean && clean.length <= 100 ? clean : null
}
