import { buildPdf } from './fileFixtures'

/**
 * A damaged two-page PDF (one stretch of the file copied over another) on which pdf.js, besides
 * failing the import, leaves a promise rejected with nobody listening (an XRefEntryException).
 */
export function pdfWithStrayRejection(): Uint8Array {
  const bytes = buildPdf({ pages: [[{ text: 'Hello there this is a page of text.', y: 700 }], [{ text: 'Second page.', y: 700 }]] })
  return bytes.copyWithin(300, 623)
}
