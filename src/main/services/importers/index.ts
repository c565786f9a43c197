/**
 * Turns an imported file into an ExtractedArticle: checks that it is a text file Dossier can
 * read, decodes it, and hands it to the reader for its format.
 */
import type { ArticleFormat, ExtractedArticle } from '../../../shared/model/article'
import { LIMITS } from '../../../shared/ipc/schemas'
import { normalizeBlockText } from '../../../shared/text/blocks'
import { decodeText, detectEncoding, looksBinary } from './decode'
import { extensionOf, formatForExtension, sniffFormat } from './fileFormat'
import { extractHtml } from './html'
import { ImportError } from './importError'
import { extractMarkdown } from './markdown'
import { extractPlainText } from './plainText'

export { ImportError } from './importError'
export { SUPPORTED_EXTENSIONS } from './fileFormat'

/** Bumped whenever extraction changes what it produces, so stored articles can be re-extracted. */
export const EXTRACTOR_VERSION = 1

const READERS: Record<ArticleFormat, (text: string) => Omit<ExtractedArticle, 'format'>> = {
  text: extractPlainText,
  markdown: extractMarkdown,
  html: extractHtml,
}

const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024))

/**
 * Extracts the article from a file's bytes. Asynchronous because some formats (PDF) can only be
 * read that way; throws ImportError with a message for the user when the file can't be read.
 */
export async function extractArticle(fileName: string, bytes: Uint8Array): Promise<ExtractedArticle> {
  return extractArticleSync(fileName, bytes)
}

/** The text formats (plain text, Markdown, HTML), which are read synchronously. */
export function extractArticleSync(fileName: string, bytes: Uint8Array): ExtractedArticle {
  const fail = (reason: string): never => {
    throw new ImportError(fileName, reason)
  }
  // Size first: nothing else should have to look at an oversized file.
  if (bytes.byteLength > LIMITS.fileBytes) fail(`the file is larger than ${megabytes(LIMITS.fileBytes)} MB`)
  const extension = extensionOf(fileName)
  // A file without an extension is given the benefit of the doubt and read as text.
  const declared = extension ? formatForExtension(extension) : 'text'
  if (!declared) {
    fail(`“${extension}” files are not supported yet (Dossier imports .txt, .md and .html)`)
  }
  if (bytes.byteLength === 0) fail('the file is empty')
  const encoding = detectEncoding(bytes)
  if (looksBinary(bytes, encoding)) fail('it looks like a binary file, not text')
  const text = decodeText(bytes, encoding)
  if (!text.trim()) fail('the file is empty')

  const format = sniffFormat(declared as ArticleFormat, text)
  const article = READERS[format](text)
  if (!article.text) fail('no article text was found in it')
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
