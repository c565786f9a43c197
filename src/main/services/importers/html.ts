/**
 * HTML pages. The page is parsed by jsdom with its defaults, which run no script and load no
 * resource (no images, styles, frames or refresh): an imported page must never reach the network
 * or execute. Readability finds the article, DOMPurify cleans what it kept, and the cleaned DOM is
 * walked into blocks, so no markup from the file ever reaches the renderer.
 */
import { Readability } from '@mozilla/readability'
import createDOMPurify, { type DOMPurify } from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { ExtractedArticle } from '../../../shared/model/article'
import { assembleBlocks, normalizeBlockText } from '../../../shared/text/blocks'
import { MONTH_PATTERN } from './dates'
import { htmlToDrafts } from './htmlBlocks'
import { readHtmlMetadata, stripSiteSuffix, type HtmlMetadata } from './htmlMetadata'
import { prepareHtml } from './htmlPrepass'
import { savedPageInfo } from './savedPage'

/** Pages with more elements than this skip Readability (a long news page has a few thousand). */
const READABILITY_MAX_ELEMENTS = 15_000

let purifier: DOMPurify | null = null

/** One sanitiser for the process: its window holds no document of ours and never navigates. */
function purify(): DOMPurify {
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0])
  return purifier
}

/** Parses untrusted HTML: jsdom's defaults (no runScripts, no resources), console kept quiet. */
export function parseHtml(html: string): JSDOM {
  // A silent console: pages' broken CSS would otherwise flood the app's log.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() })
}

/**
 * Whether the document has more than `limit` elements, counted by walking it: a live collection
 * (getElementsByTagName) would stay attached to the document and make closing it quadratic.
 */
function hasMoreElements(document: Document, limit: number): boolean {
  let count = 0
  let node: Element | null = document.documentElement
  while (node) {
    if (++count > limit) return true
    if (node.firstElementChild) {
      node = node.firstElementChild
      continue
    }
    while (node && !node.nextElementSibling) node = node.parentElement
    node = node?.nextElementSibling ?? null
  }
  return false
}

function sanitize(html: string): DocumentFragment {
  return purify().sanitize(html, { RETURN_DOM_FRAGMENT: true })
}

const sameText = (a: string, b: string): boolean =>
  normalizeBlockText(a).toLowerCase() === normalizeBlockText(b).toLowerCase()

export function extractHtml(source: string): Omit<ExtractedArticle, 'format'> {
  // Throws Unreadable for a page nested too deep to parse; lightens saved pages before jsdom.
  const { html } = prepareHtml(source)
  const saved = savedPageInfo(html)
  const dom = parseHtml(html)
  // A window left open keeps its whole document alive: closed whether reading succeeds or not.
  try {
    return readPage(dom.window.document, saved)
  } finally {
    dom.window.close()
  }
}

function readPage(document: Document, saved: ReturnType<typeof savedPageInfo>): Omit<ExtractedArticle, 'format'> {
  // Read before Readability runs: it rewrites the document it is given, so it gets a clone.
  const metadata = readHtmlMetadata(document)
  // Readability's time grows faster than the page (24,000 paragraphs: 8 s); a page that large
  // is a document, not a news page with chrome around it, and is read whole instead.
  // jsdom cannot clone a document whose DOCTYPE has no name ("<!doctype>"); no reader needs it.
  document.doctype?.remove()
  const large = hasMoreElements(document, READABILITY_MAX_ELEMENTS)
  const fallbackBody = large ? '' : (document.body?.innerHTML ?? '')
  const article = large ? null : new Readability(document.cloneNode(true) as Document).parse()

  const content = article?.content ? sanitize(article.content) : null
  // The large page's own body is walked directly: the walker emits only text, never markup.
  const fallback = (): Node => (large ? (document.body ?? document) : sanitize(fallbackBody))
  const drafts = htmlToDrafts(content && content.textContent?.trim() ? content : fallback())

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
