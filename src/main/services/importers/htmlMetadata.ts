/**
 * Article metadata from a page's head: JSON-LD first (written for machines, usually right), then
 * OpenGraph and the citation_* / Dublin Core meta tags, then the document itself.
 */
import { toIsoDate } from './dates'
import { readJsonLd } from './jsonLd'
import { httpUrl } from './urls'

export interface HtmlMetadata {
  title: string | null
  /** Headlines the page states on their own (og:title, JSON-LD headline, first h1). */
  headlines: string[]
  byline: string | null
  publisher: string | null
  published: string | null
  lang: string | null
  url: string | null
  /** How many elements the page has (counted in the same walk). */
  elements: number
}

/** What the metadata needs from a page, gathered in one walk over its elements. */
interface PageFacts {
  /** Each meta key (property, name or itemprop, lowercased) with the first non-empty content given for it. */
  meta: Map<string, string>
  jsonLd: string[]
  title: string | null
  h1: string | null
  time: string | null
  microdataDate: string | null
  pubdate: string | null
  canonical: string | null
  elements: number
}

const hasToken = (value: string | null, token: string): boolean =>
  !!value && value.toLowerCase().split(/\s+/).includes(token)

/**
 * Every element once, in document order, instead of a selector query per field: the first of
 * each kind wins, as querySelector's would.
 */
function pageFacts(document: Document): PageFacts {
  const facts: PageFacts = {
    meta: new Map(),
    jsonLd: [],
    title: null,
    h1: null,
    time: null,
    microdataDate: null,
    pubdate: null,
    canonical: null,
    elements: 0,
  }
  let node: Element | null = document.documentElement
  while (node) {
    facts.elements++
    readElement(node, facts)
    if (node.firstElementChild) {
      node = node.firstElementChild
      continue
    }
    while (node && !node.nextElementSibling) node = node.parentElement
    node = node?.nextElementSibling ?? null
  }
  return facts
}

function readElement(element: Element, facts: PageFacts): void {
  const tag = element.localName
  if (tag === 'meta') {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop')
    )
      ?.trim()
      .toLowerCase()
    const content = element.getAttribute('content')?.trim()
    if (key && content && !facts.meta.has(key)) facts.meta.set(key, content)
    return
  }
  if (tag === 'script') {
    if (element.getAttribute('type')?.toLowerCase() === 'application/ld+json')
      facts.jsonLd.push(element.textContent ?? '')
    return
  }
  if (tag === 'title') facts.title ??= element.textContent ?? ''
  else if (tag === 'h1') facts.h1 ??= element.textContent ?? ''
  else if (tag === 'link' && facts.canonical === null && hasToken(element.getAttribute('rel'), 'canonical'))
    facts.canonical = element.getAttribute('href')
  else if (tag === 'time' && element.hasAttribute('datetime')) {
    facts.time ??= element.getAttribute('datetime')
    if (element.hasAttribute('pubdate')) facts.pubdate ??= element.getAttribute('datetime')
  }
  // Microdata marks the publication date on any element (often a <time> among other times).
  if (facts.microdataDate === null && hasToken(element.getAttribute('itemprop'), 'datepublished')) {
    facts.microdataDate = element.getAttribute('datetime') ?? element.getAttribute('content') ?? ''
  }
}

/** "Headline | Site" and "Headline - Site" are how pages title themselves; the site is not the title. */
export function stripSiteSuffix(title: string): string {
  const stripped = title.replace(/\s+[|–—-]\s+[^|–—-]{1,60}$/, '').trim()
  return stripped.split(/\s+/).length >= 3 ? stripped : title.trim()
}

/** "en_US" (OpenGraph) -> "en-US" (BCP 47). */
const bcp47 = (locale: string | null): string | null => locale?.replace('_', '-') ?? null

export function readHtmlMetadata(document: Document): HtmlMetadata {
  const facts = pageFacts(document)
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      const content = facts.meta.get(key)
      if (content) return content
    }
    return null
  }
  const ld = readJsonLd(facts.jsonLd)
  const metaAuthor = metaContent(
    'author',
    'citation_author',
    'dc.creator',
    'dcterms.creator',
    'article:author',
    'byl',
  )
  const pageTitle = facts.title?.trim() || null
  const ogTitle = metaContent('og:title', 'twitter:title', 'citation_title', 'dc.title')
  const h1 = facts.h1?.replace(/\s+/g, ' ').trim()
  return {
    headlines: [ogTitle, ld?.headline, h1].filter((h): h is string => !!h),
    title: ogTitle ?? (pageTitle ? stripSiteSuffix(pageTitle) : null) ?? ld?.headline ?? null,
    byline:
      (ld?.authors.length ? ld.authors.join(', ') : null) ??
      (metaAuthor && !httpUrl(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : null),
    publisher:
      ld?.publisher ?? metaContent('og:site_name', 'citation_publisher', 'dc.publisher', 'application-name'),
    published:
      [
        ld?.datePublished,
        metaContent(
          'article:published_time',
          'citation_publication_date',
          'citation_date',
          'dc.date.issued',
          'dcterms.issued',
          'dc.date',
          'date',
          'pubdate',
          'datepublished',
        ),
        facts.microdataDate || null,
        facts.pubdate,
        facts.time,
      ]
        .map(toIsoDate)
        .find((d) => d !== null) ?? null,
    lang:
      document.documentElement.getAttribute('lang')?.trim() ||
      ld?.inLanguage ||
      bcp47(metaContent('og:locale', 'dc.language', 'content-language')),
    url: httpUrl(facts.canonical) ?? httpUrl(metaContent('og:url')) ?? httpUrl(ld?.url),
    elements: facts.elements,
  }
}
