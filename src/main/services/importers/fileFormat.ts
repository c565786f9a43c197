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
}

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION)

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

/**
 * Pages saved "as text" by some browsers and scrapers are really HTML; reading them as plain text
 * would show the markup, so a text file that opens like an HTML document is read as HTML.
 */
export function sniffFormat(declared: ArticleFormat, text: string): ArticleFormat {
  if (declared !== 'text') return declared
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text) ? 'html' : declared
}
