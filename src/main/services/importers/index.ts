/**
 * Turns an imported file into an ExtractedArticle: checks that it is a file Dossier can read,
 * decides its format from its first bytes before its name (a PDF saved as .html is still a PDF),
 * and hands it to the reader for that format. Every failure, whatever the reader, reaches the
 * caller as an ImportError worded for the person.
 */
import type { ArticleFormat, ExtractedArticle } from '../../../shared/model/article'
import { LIMITS } from '../../../shared/ipc/schemas'
import { normalizeBlockText } from '../../../shared/text/blocks'
import { decodeHtmlBytes, decodeText, detectEncoding, looksBinary } from './decode'
import { extractEpub } from './epub'
import {
  extensionOf,
  FORMAT_NAMES,
  formatForExtension,
  looksLikeHtml,
  sniffBytes,
  sniffFormat,
  SUPPORTED_TYPES_TEXT,
} from './fileFormat'
import { extractHtml } from './html'
import { ImportError, Unreadable } from './importError'
import { megabytes } from './limits'
import { extractMarkdown } from './markdown'
import { extractMhtml } from './mhtml'
import { extractPdf } from './pdf'
import { extractPlainText } from './plainText'

export { ImportError } from './importError'
export { SUPPORTED_EXTENSIONS } from './fileFormat'

export { EXTRACTOR_VERSION } from './extractorVersion'

/** The start of the reason given when a reader fails in a way it did not foresee (a bug, not the file). */
export const UNEXPECTED_FAILURE = 'it could not be read'

type Extracted = Omit<ExtractedArticle, 'format'>

/** What the file turned out to be, and its text when it is a text format. */
type Plan = { format: 'pdf' | 'epub' | 'mhtml' } | { format: 'text' | 'markdown' | 'html'; text: string }

const DAMAGED: Partial<Record<ArticleFormat, string>> = {
  pdf: 'the PDF is damaged or not a PDF',
  epub: 'the EPUB is damaged or not an EPUB',
}

const TEXT_READERS: Record<'text' | 'markdown' | 'html', (text: string) => Extracted> = {
  text: extractPlainText,
  markdown: extractMarkdown,
  html: extractHtml,
}

/**
 * Extracts the article from a file's bytes. Asynchronous because PDFs can only be read that way;
 * throws ImportError with a message for the user when the file can't be read.
 */
export async function extractArticle(fileName: string, bytes: Uint8Array): Promise<ExtractedArticle> {
  let format: ArticleFormat | null = null
  try {
    const plan = planFor(bytes, fileName)
    format = plan.format
    const article = plan.format === 'pdf' ? await extractPdf(bytes) : readSync(plan, bytes)
    return finish(plan.format, article)
  } catch (error) {
    throw asImportError(fileName, format, error)
  }
}

/** Every format but PDF, read synchronously (a PDF is refused: pdf.js is asynchronous). */
export function extractArticleSync(fileName: string, bytes: Uint8Array): ExtractedArticle {
  let format: ArticleFormat | null = null
  try {
    const plan = planFor(bytes, fileName)
    format = plan.format
    if (plan.format === 'pdf') throw new Unreadable('a PDF can only be read by extractArticle')
    return finish(plan.format, readSync(plan, bytes))
  } catch (error) {
    throw asImportError(fileName, format, error)
  }
}

function asImportError(fileName: string, format: ArticleFormat | null, error: unknown): ImportError {
  if (error instanceof ImportError) return error
  if (error instanceof Unreadable) return new ImportError(fileName, error.reason)
  // A reader's own failure (a parser bug, a stack overflow): still the person's answer, not a crash.
  const what = format ? ` as a ${FORMAT_NAMES[format]}` : ''
  const detail = error instanceof Error ? error.name : 'unknown error'
  return new ImportError(fileName, `${UNEXPECTED_FAILURE}${what} (${detail})`)
}

/** Decides the format: size and type checks first, then the file's first bytes over its name. */
function planFor(bytes: Uint8Array, fileName: string): Plan {
  // Size first: nothing else should have to look at an oversized file.
  if (bytes.byteLength > LIMITS.fileBytes)
    throw new Unreadable(`the file is larger than ${megabytes(LIMITS.fileBytes)} MB`)
  const extension = extensionOf(fileName)
  // A file without an extension is given the benefit of the doubt and read as text.
  const declared = extension ? formatForExtension(extension) : 'text'
  if (!declared) {
    throw new Unreadable(
      `“${extension}” files are not supported yet (Dossier imports ${SUPPORTED_TYPES_TEXT})`,
    )
  }
  if (bytes.byteLength === 0) throw new Unreadable('the file is empty')

  const sniffed = sniffBytes(bytes, declared)
  if (sniffed === 'pdf' || sniffed === 'epub' || sniffed === 'mhtml') return { format: sniffed }

  const encoding = detectEncoding(bytes)
  const binary = looksBinary(bytes, encoding)
  if (declared === 'pdf' || declared === 'epub') {
    // Named as a binary format but not one: a page saved under the wrong name is still read.
    const text = binary ? '' : decodeHtmlBytes(bytes)
    if (looksLikeHtml(text)) return { format: 'html', text }
    throw new Unreadable(DAMAGED[declared] as string)
  }
  if (binary) throw new Unreadable('it looks like a binary file, not text')
  if (declared === 'mhtml') {
    const text = decodeHtmlBytes(bytes)
    // Single-part MIME messages and damaged ones go to the MHTML reader, which says which it is.
    return looksLikeHtml(text) ? { format: 'html', text } : { format: 'mhtml' }
  }
  const text = decodeText(bytes, encoding)
  if (!text.trim()) throw new Unreadable('the file is empty')
  const format = sniffFormat(declared, text)
  // A page that is not UTF-8 is decoded by the charset it declares.
  return { format, text: format === 'html' && encoding === 'windows-1252' ? decodeHtmlBytes(bytes) : text }
}

function readSync(plan: Plan, bytes: Uint8Array): Extracted {
  switch (plan.format) {
    case 'epub':
      return extractEpub(bytes)
    case 'mhtml':
      return extractMhtml(bytes)
    case 'pdf':
      throw new Unreadable('a PDF can only be read by extractArticle')
    default:
      return TEXT_READERS[plan.format](plan.text)
  }
}

function finish(format: ArticleFormat, article: Extracted): ExtractedArticle {
  if (!article.text) throw new Unreadable('no article text was found in it')
  return {
    format,
    ...article,
    title: metadataText(article.title),
    byline: metadataText(article.byline),
    publisher: metadataText(article.publisher),
    lang: metadataText(article.lang),
  }
}

/** Metadata is shown on one line and searched like the text: same normalisation, no empties. */
function metadataText(value: string | null): string | null {
  return normalizeBlockText(value ?? '') || null
}
