import type { ArticleFormat } from '../../../shared/model/article'

/** The file extensions Dossier imports, each with the format it is read as. */
const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mht': 'mhtml',
  '.mhtml': 'mhtml',
  '.pdf': 'pdf',
  '.epub': 'epub',
}

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION)

/** How the supported types are named to the person, in messages. */
export const SUPPORTED_TYPES_TEXT = '.txt, .md, .html, .mht, .pdf and .epub'

/** What each format is called in messages ("the PDF is damaged"). */
export const FORMAT_NAMES: Record<ArticleFormat, string> = {
  text: 'text file',
  markdown: 'Markdown file',
  html: 'web page',
  mhtml: 'MHTML file',
  pdf: 'PDF',
  epub: 'EPUB',
}

/** The file's extension, lowercased with its dot (".html"), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

/** The format the extension promises, or null when Dossier does not read such files. */
export function formatForExtension(extension: string): ArticleFormat | null {
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : null
}

const startsWith = (bytes: Uint8Array, magic: string, at = 0): boolean =>
  [...magic].every((c, i) => bytes[at + i] === c.charCodeAt(0))

/**
 * The format the file's first bytes prove, whatever its name says: "%PDF-" (where a .pdf may
 * have it after up to 1 KB of junk, as readers allow; elsewhere only at the start), a ZIP local
 * header (an EPUB is a ZIP), or the MIME headers of a saved single-file page.
 */
export function sniffBytes(bytes: Uint8Array, declared: ArticleFormat | null): ArticleFormat | null {
  if (startsWith(bytes, '%PDF-')) return 'pdf'
  if (declared === 'pdf') {
    const head = bytes.subarray(0, 1024)
    for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1))
      if (startsWith(bytes, '%PDF-', i)) return 'pdf'
  }
  if (startsWith(bytes, 'PK\x03\x04')) return 'epub'
  if (looksLikeMime(bytes)) return 'mhtml'
  return null
}

/** The header block of a MIME message (before the first blank line) with MIME-Version and a multipart type. */
function looksLikeMime(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 16 * 1024)).toString('latin1')
  const end = head.search(/\r?\n\r?\n/)
  const block = end >= 0 ? head.slice(0, end) : head
  return (
    /^[A-Za-z][\w-]*:/.test(block) &&
    /^MIME-Version:/im.test(block) &&
    /^Content-Type:\s*multipart\//im.test(block)
  )
}

/**
 * Pages saved "as text" by some browsers and scrapers are really HTML; reading them as plain text
 * would show the markup, so a text file that opens like an HTML document is read as HTML.
 */
export function sniffFormat(declared: ArticleFormat, text: string): ArticleFormat {
  if (declared !== 'text') return declared
  return looksLikeHtml(text) ? 'html' : declared
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(
    text.slice(0, 64 * 1024),
  )
}
