/**
 * EPUB 2 and 3: META-INF/container.xml names the package (OPF), whose spine lists the chapters in
 * reading order. The chapters, in that order, make one article text: each XHTML file is walked
 * into blocks as it is (a book's chapters are already clean, so Readability, which looks for one
 * article in a page, would only lose text). Only the container, the package and the spine's
 * chapters are ever inflated; images, fonts and styles stay compressed.
 */
import type { ExtractedArticle } from '../../../shared/model/article'
import { assembleBlocks, normalizeBlockText, type BlockDraft } from '../../../shared/text/blocks'
import { BoundedZip } from './boundedZip'
import { decodeHtmlBytes, decodeText, detectEncoding } from './decode'
import { htmlToDrafts } from './htmlBlocks'
import { prepareHtml } from './htmlPrepass'
import { Unreadable } from './importError'
import { IMPORT_LIMITS } from './limits'
import { packageDocument, type EpubPackage } from './epubPackage'
import { parseHtmlDocument, parseXmlDocument, elementsNamed, xhtmlAsHtml } from './xmlDocument'

const DAMAGED = 'the EPUB is damaged or not an EPUB'

/** Font obfuscation (IDPF, Adobe) scrambles fonts only; any other encryption of a chapter is DRM. */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC'])

const asText = (bytes: Uint8Array): string => decodeText(bytes, detectEncoding(bytes))

/** The package's path inside the archive, from META-INF/container.xml (or the only .opf there is). */
function packagePath(zip: BoundedZip): string {
  const container = zip.readOne('META-INF/container.xml')
  if (container) {
    const rootfiles = elementsNamed(parseXmlDocument(asText(container)), 'rootfile')
    const rootfile =
      rootfiles.find((r) => r.getAttribute('media-type') === 'application/oebps-package+xml') ?? rootfiles[0]
    const path = rootfile?.getAttribute('full-path')
    if (path) return path.replace(/^\/+/, '')
  }
  const opf = zip.list().filter((name) => name.toLowerCase().endsWith('.opf'))
  if (opf.length === 1) return opf[0]
  const mimetype = zip.readOne('mimetype')
  const isEpub = mimetype && asText(mimetype).trim() === 'application/epub+zip'
  throw new Unreadable(
    isEpub ? 'the EPUB is damaged (it names no package file)' : 'it is a ZIP archive, not an EPUB',
  )
}

/** Spine files whose content is encrypted with anything but font obfuscation. */
function drmProtected(zip: BoundedZip, chapters: string[]): boolean {
  const encryption = zip.readOne('META-INF/encryption.xml')
  if (!encryption) return false
  const document = parseXmlDocument(asText(encryption))
  return elementsNamed(document, 'encrypteddata').some((data) => {
    const method = elementsNamed(data, 'encryptionmethod')[0]?.getAttribute('Algorithm') ?? ''
    const uri = elementsNamed(data, 'cipherreference')[0]?.getAttribute('URI') ?? ''
    return !FONT_OBFUSCATION.has(method) && chapters.includes(decodeURIComponent(uri).replace(/^\/+/, ''))
  })
}

/** One chapter's blocks: XHTML read as HTML, through the same pre-pass and block walker as pages. */
function chapterDrafts(bytes: Uint8Array): BlockDraft[] {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1')
  const xmlEncoding = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? null
  const { html } = prepareHtml(xhtmlAsHtml(decodeHtmlBytes(bytes, xmlEncoding ?? undefined)))
  const body = parseHtmlDocument(html).body
  return body ? htmlToDrafts(body) : []
}

function readChapters(zip: BoundedZip, pkg: EpubPackage): BlockDraft[] {
  const files = zip.read(new Set(pkg.spine))
  const drafts: BlockDraft[] = []
  let chars = 0
  for (const path of pkg.spine) {
    const bytes = files.get(path)
    if (!bytes) continue // a spine entry missing from the archive: the rest of the book still reads
    for (const draft of chapterDrafts(bytes)) {
      drafts.push(draft)
      chars += draft.text.length
    }
    // A book longer than the limit is cut at a chapter's end, not refused: its start is still useful.
    if (chars > IMPORT_LIMITS.textChars) break
  }
  return drafts
}

export function extractEpub(bytes: Uint8Array): Omit<ExtractedArticle, 'format'> {
  const zip = new BoundedZip(
    bytes,
    { inflatedBytes: IMPORT_LIMITS.epubInflatedBytes, entries: IMPORT_LIMITS.epubEntries },
    DAMAGED,
  )
  const opfPath = packagePath(zip)
  const opf = zip.readOne(opfPath)
  if (!opf) throw new Unreadable('the EPUB is damaged (its package file is missing)')
  const pkg = packageDocument(asText(opf), opfPath)
  if (!pkg.spine.length) throw new Unreadable('the EPUB is damaged (it lists no chapters)')
  if (drmProtected(zip, pkg.spine)) throw new Unreadable('the EPUB is protected by DRM')

  const drafts = readChapters(zip, pkg)
  // The book's title usually opens the first chapter (or a title page) as a heading.
  const first = drafts.findIndex((d) => d.type === 'heading')
  if (
    pkg.title &&
    first >= 0 &&
    first < 3 &&
    normalizeBlockText(drafts[first].text).toLowerCase() === normalizeBlockText(pkg.title).toLowerCase()
  ) {
    drafts.splice(first, 1)
  }
  const { text, blocks } = assembleBlocks(drafts)
  return {
    title: pkg.title,
    byline: pkg.creators.length ? pkg.creators.join(', ') : null,
    publisher: pkg.publisher,
    published: pkg.published,
    lang: pkg.lang,
    url: pkg.url,
    text,
    blocks,
  }
}
