/**
 * pdf.js starts work of its own while it opens a document (checking the last page, the outline)
 * and, on a damaged file, some of those promises reject with nobody listening. Node treats an
 * unhandled rejection as a crash of the process, or of the import worker, so while a PDF is being
 * read the rejections that are pdf.js's own are caught here and dropped: the import itself still
 * fails or succeeds through the promises it awaits. Any other unhandled rejection keeps Node's
 * default (it is thrown) unless the process has listeners of its own.
 */

/** The exception classes pdf.js rejects with (BaseException's subclasses). */
const PDFJS_ERRORS = new Set([
  'AbortException',
  'FormatError',
  'InvalidPDFException',
  'MissingDataException',
  'ParserEOFException',
  'PasswordException',
  'ResponseException',
  'UnexpectedResponseException',
  'UnknownErrorException',
  'XRefEntryException',
  'XRefParseException',
])

export const fromPdfJs = (reason: unknown): boolean =>
  reason instanceof Error &&
  (PDFJS_ERRORS.has(reason.name) || /[\\/]unpdf[\\/]dist[\\/]pdfjs/.test(reason.stack ?? ''))

let readers = 0

function onUnhandled(reason: unknown): void {
  if (fromPdfJs(reason)) return
  // Only listener: do what Node does without one.
  if (process.listenerCount('unhandledRejection') === 1) throw reason
}

/** Runs `read` with pdf.js's stray rejections caught, until a turn of the event loop after it ends. */
export async function withPdfJsRejectionsCaught<T>(read: () => Promise<T>): Promise<T> {
  if (readers++ === 0) process.on('unhandledRejection', onUnhandled)
  try {
    return await read()
  } finally {
    // Rejections are reported at the end of a turn; one more turn lets the last ones arrive.
    await new Promise((resolve) => setImmediate(resolve))
    if (--readers === 0) process.off('unhandledRejection', onUnhandled)
  }
}
