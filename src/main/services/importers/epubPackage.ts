/**
 * An EPUB's package document (OPF): the book's Dublin Core metadata, and the spine — the
 * chapters in reading order, as paths inside the archive.
 */
import { toIsoDate } from './dates'
import { httpUrl } from './urls'
import { elementsNamed, parseXmlDocument } from './xmlDocument'

export interface EpubPackage {
  title: string | null
  creators: string[]
  publisher: string | null
  published: string | null
  lang: string | null
  url: string | null
  /** Archive paths of the spine's (X)HTML documents, in reading order. */
  spine: string[]
}

const CHAPTER_TYPES = /^(?:application\/xhtml\+xml|text\/html|application\/x-dtbook\+xml)$/i

/** An href from the package resolved against its folder, as an archive path ("../a.xhtml" handled). */
export function resolveHref(base: string, href: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(href.replace(/#.*$/, ''))
  } catch {
    decoded = href.replace(/#.*$/, '')
  }
  if (!decoded || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return null // remote or other schemes: never read
  const parts = decoded.startsWith('/') ? [] : base.split('/').slice(0, -1)
  for (const segment of decoded.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment && segment !== '.') parts.push(segment)
  }
  return parts.join('/')
}

const texts = (document: Document, name: string): string[] =>
  elementsNamed(document, name)
    .map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)

/** The publication date: an EPUB 2 `opf:event="publication"` date first, else the first dc:date. */
function publicationDate(document: Document): string | null {
  const dates = elementsNamed(document, 'date')
  const event = (e: Element): string =>
    [...e.attributes]
      .find((a) => a.name.replace(/^.*:/, '').toLowerCase() === 'event')
      ?.value.toLowerCase() ?? ''
  const chosen = dates.find((d) => event(d) === 'publication') ?? dates.find((d) => !event(d)) ?? dates[0]
  return toIsoDate(chosen?.textContent)
}

export function packageDocument(xml: string, opfPath: string): EpubPackage {
  const document = parseXmlDocument(xml)
  const manifest = new Map<string, { href: string; type: string }>()
  for (const item of elementsNamed(document, 'item')) {
    const id = item.getAttribute('id')
    const href = item.getAttribute('href')
    if (id && href && !manifest.has(id))
      manifest.set(id, { href, type: item.getAttribute('media-type') ?? '' })
  }
  const itemrefs = elementsNamed(document, 'itemref')
  // Non-linear items (footnotes, answer keys) are read only when the spine has nothing else.
  const linear = itemrefs.filter((r) => r.getAttribute('linear')?.toLowerCase() !== 'no')
  const spine: string[] = []
  for (const ref of linear.length ? linear : itemrefs) {
    const item = manifest.get(ref.getAttribute('idref') ?? '')
    const path = item && CHAPTER_TYPES.test(item.type.trim()) ? resolveHref(opfPath, item.href) : null
    if (path && !spine.includes(path)) spine.push(path)
  }
  return {
    title: texts(document, 'title')[0] ?? null,
    creators: texts(document, 'creator'),
    publisher: texts(document, 'publisher')[0] ?? null,
    published: publicationDate(document),
    lang: texts(document, 'language')[0] ?? null,
    url:
      texts(document, 'identifier')
        .map(httpUrl)
        .find((u) => u !== null) ?? null,
    spine,
  }
}
