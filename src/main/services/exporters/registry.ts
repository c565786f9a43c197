import type { CsvRows, ExportFormatId } from '../../../shared/model/export'
import { codebookToQdc } from '../interchange/refiQda/qdc'
import { exportQdpx } from '../interchange/refiQda/qdpxExport'
import { writeBackup } from '../interchange/backup/write'
import { writeAnnotationCollection } from '../interchange/webAnnotation/collection'
import type { Library } from '../library'
import { claimReviewsToJson } from './claimReview'
import { recordsToCsv } from './csv'
import { gatherArticles } from './exportData'
import { notesToMarkdown } from './markdown'
import { notesDocuments } from './notesExport'
import { reportOf } from './report'
import { pdfWriter } from './report/pdf'
import type { ExportSelection } from './scope'

/** A text file (written as UTF-8) or bytes (a zip, a PDF). */
export type ExportOutput = { text: string } | { bytes: Uint8Array }

export interface ExportRunOptions {
  /** Stops a long export between articles; what was made so far is dropped, nothing is written. */
  signal?: AbortSignal
  /** Called as articles are done, for the window's progress bar. */
  onProgress?(done: number, total: number): void
  /** What a CSV's rows stand for (highlights when not given); other formats ignore it. */
  rows?: CsvRows
}

/** One export format: how it is named and how it renders a selection of the library. */
export interface ExportWriter {
  format: ExportFormatId
  /** What the Export dialog calls it: "W3C Web Annotation (JSON-LD)". */
  label: string
  /** The file name ending, without the dot. */
  extension: string
  /** Writes bytes (a zip, a PDF), never text: the command line asks for --out before doing any work. */
  binary?: true
  write(library: Library, selection: ExportSelection, options?: ExportRunOptions): Promise<ExportOutput>
}

/**
 * The formats Dossier writes, by id. The window's Export dialog and `dossier export` both go
 * through this table, so a format added here is offered in both.
 */
export const EXPORT_WRITERS: { readonly [F in ExportFormatId]: ExportWriter } = {
  md: {
    format: 'md',
    label: 'Markdown',
    extension: 'md',
    write: async (library, selection, options) => ({
      text: notesToMarkdown(await notesDocuments(library, selection.articleIds, options), library.clock()),
    }),
  },
  json: {
    format: 'json',
    label: 'Dossier JSON',
    extension: 'json',
    write: async (library, selection, options) => ({
      text: JSON.stringify(await writeBackup(library, selection, options), null, 2) + '\n',
    }),
  },
  jsonld: {
    format: 'jsonld',
    label: 'W3C Web Annotation (JSON-LD)',
    extension: 'jsonld',
    write: async (library, selection, options) => ({
      text: JSON.stringify(await writeAnnotationCollection(library, selection, options), null, 2) + '\n',
    }),
  },
  csv: {
    format: 'csv',
    label: 'CSV',
    extension: 'csv',
    write: async (library, selection, options) => {
      const rows = options?.rows ?? 'annotations'
      // Claims not judged yet, their scores and the source ledger come from the articles' analysis.
      const records = await gatherArticles(library, selection, options, rows !== 'annotations')
      return { text: recordsToCsv(records, rows) }
    },
  },
  claimreview: {
    format: 'claimreview',
    label: 'ClaimReview (schema.org JSON-LD)',
    extension: 'json',
    write: async (library, selection, options) => ({
      text: claimReviewsToJson(await gatherArticles(library, selection, options, true)),
    }),
  },
  html: {
    format: 'html',
    label: 'Report (HTML)',
    extension: 'html',
    write: async (library, selection, options) => ({ text: await reportOf(library, selection, options) }),
  },
  pdf: pdfWriter(),
  qdc: {
    format: 'qdc',
    label: 'REFI-QDA codebook (.qdc)',
    extension: 'qdc',
    // The whole codebook, whatever the selection: a codebook is shared as one.
    write: async (library) => ({ text: codebookToQdc(library.db) }),
  },
  qdpx: {
    format: 'qdpx',
    label: 'REFI-QDA project (.qdpx)',
    extension: 'qdpx',
    binary: true,
    write: async (library, selection, options) => ({ bytes: await exportQdpx(library, selection, options) }),
  },
}
