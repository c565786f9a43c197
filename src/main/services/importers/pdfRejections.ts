/**
 * pdf.js starts work of its own while it opens a document (checking the last page, the outline)
 * and, on a damaged file, some of those promises reject with nobody listening. The import itself
 * still fails or succeeds through the promises it awaits, so those rejections are noise; but Node
 * treats an unhandled rejection as a crash. Only the owner of a process may decide what its
 * unhandled rejections do, so the reader does not: the import worker and the CLI entry drop the
 * ones this recognises (src/main/workers/pdfJsRejections.ts).
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

/** Whether an unhandled rejection is one of pdf.js's own. */
export const fromPdfJs = (reason: unknown): boolean =>
  reason instanceof Error &&
  (PDFJS_ERRORS.has(reason.name) || /[\\/]unpdf[\\/]dist[\\/]pdfjs/.test(reason.stack ?? ''))
