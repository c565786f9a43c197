/**
 * MHTML (.mht, .mhtml), what Chrome and Edge write for "Save as… Webpage, single file": a MIME
 * multipart/related message whose root part is the page's HTML and whose other parts are its
 * images, style sheets and frames. Only the root page is read, through the HTML reader; the other
 * parts are never decoded and nothing they reference is fetched.
 */
import type { ExtractedArticle } from '../../../shared/model/article'
import { decodeHtmlBytes } from './decode'
import { extractHtml } from './html'
import { Unreadable } from './importError'
import {
  binaryString,
  decodeEncodedWords,
  decodeTransfer,
  multipartParts,
  parseEntity,
  parseHeaderValue,
  type MimeEntity,
} from './mime'
import { dateTimeIso } from './savedPage'
import { httpUrl } from './urls'

/** More parts than any saved page has; a file with more is cut off there (only the root is read). */
const MAX_PARTS = 20_000

const DAMAGED = 'the MHTML file is damaged or holds no web page'

const contentId = (value: string | undefined): string => (value ?? '').trim().replace(/^<|>$/g, '')

/** The page: the `start` part, else the html part at the snapshot's address, else the first html part. */
function rootPart(message: MimeEntity, parts: MimeEntity[]): MimeEntity | null {
  const start = contentId(parseHeaderValue(message.headers.get('content-type')).params.get('start'))
  const isHtml = (p: MimeEntity): boolean =>
    /^(?:text\/html|application\/xhtml\+xml)$/.test(parseHeaderValue(p.headers.get('content-type')).type)
  const snapshot = message.headers.get('snapshot-content-location')
  return (
    (start ? parts.find((p) => contentId(p.headers.get('content-id')) === start) : undefined) ??
    (snapshot ? parts.find((p) => isHtml(p) && p.headers.get('content-location') === snapshot) : undefined) ??
    parts.find(isHtml) ??
    null
  )
}

export function extractMhtml(bytes: Uint8Array): Omit<ExtractedArticle, 'format'> {
  const message = parseEntity(binaryString(bytes))
  const { type, params } = parseHeaderValue(message.headers.get('content-type'))
  let root: MimeEntity | null
  if (type.startsWith('multipart/')) {
    const boundary = params.get('boundary')
    if (!boundary) throw new Unreadable(DAMAGED)
    root = rootPart(message, multipartParts(message.body, boundary, MAX_PARTS))
  } else {
    // A single-part message: the page is the body itself.
    root = type === 'text/html' ? message : null
  }
  if (!root) throw new Unreadable(DAMAGED)

  const charset = parseHeaderValue(root.headers.get('content-type')).params.get('charset') ?? null
  const html = decodeHtmlBytes(
    decodeTransfer(root.body, root.headers.get('content-transfer-encoding')),
    charset,
  )
  const article = extractHtml(html)
  const subject = message.headers.get('subject')
  const date = message.headers.get('date')
  return {
    ...article,
    title: article.title ?? (subject ? decodeEncodedWords(subject) : null),
    url:
      article.url ??
      httpUrl(message.headers.get('snapshot-content-location')) ??
      httpUrl(root.headers.get('content-location')),
    // The MIME Date is when the page was saved, never when it was published.
    captured: (date ? dateTimeIso(date) : null) ?? article.captured ?? null,
  }
}
