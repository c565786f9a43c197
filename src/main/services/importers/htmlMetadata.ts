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
}

function metaContent(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const meta of document.querySelectorAll('meta')) {
      const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop')
      const content = meta.getAttribute('content')?.trim()
      if (name?.trim().toLowerCase() === key && content) return content
    }
  }
  return null
}

/** "Headline | Site" and "Headline - Site" are how pages title themselves; the site is not the title. */
export function stripSiteSuffix(title: string): string {
  const stripped = title.replace(/\s+[|–—-]\s+[^|–—-]{1,60}$/, '').trim()
  return stripped.split(/\s+/).length >= 3 ? stripped : title.trim()
}

/** "en_US" (OpenGraph) -> "en-US" (BCP 47). */
const bcp47 = (locale: string | null): string | null => locale?.replace('_', '-') ?? null

export function readHtmlMetadata(document: Document): HtmlMetadata {
  const ld = readJsonLd(
    [...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? ''),
  )
  const metaAuthor = metaContent(
    document,
    'author',
    'citation_author',
    'dc.creator',
    'dcterms.creator',
    'article:author',
    'byl',
  )
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null
  const ogTitle = metaContent(document, 'og:title', 'twitter:title', 'citation_title', 'dc.title')
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null
  // Microdata marks the publication date on any element (often a <time> among other times).
  const itemprop = document.querySelector('[itemprop~="datePublished" i]:not(meta)')
  const microdataDate = itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content') ?? null
  const pubdate = document.querySelector('time[pubdate][datetime]')?.getAttribute('datetime') ?? null
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null

  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()
  return {
    headlines: [ogTitle, ld?.headline, h1].filter((h): h is string => !!h),
    title: ogTitle ?? (pageTitle ? stripSiteSuffix(pageTitle) : null) ?? ld?.headline ?? null,
    byline:
      (ld?.authors.length ? ld.authors.join(', ') : null) ??
      (metaAuthor && !httpUrl(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : null),
    publisher:
      ld?.publisher ??
      metaContent(document, 'og:site_name', 'citation_publisher', 'dc.publisher', 'application-name'),
    published:
      [
        ld?.datePublished,
        metaContent(
          document,
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
        microdataDate,
        pubdate,
        time,
      ]
        .map(toIsoDate)
        .find((d) => d !== null) ?? null,
    lang:
      document.documentElement.getAttribute('lang')?.trim() ||
      ld?.inLanguage ||
      bcp47(metaContent(document, 'og:locale', 'dc.language', 'content-language')),
    url: httpUrl(canonical) ?? httpUrl(metaContent(document, 'og:url')) ?? httpUrl(ld?.url),
  }
}
