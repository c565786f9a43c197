/**
 * Every format Dossier exports to, in the order the Export dialog and `dossier export --format`
 * list them (../shared/docs/cli.md names them).
 */
export const EXPORT_FORMAT_IDS = ['md', 'json', 'jsonld', 'csv', 'qdpx', 'qdc', 'html', 'pdf', 'claimreview'] as const
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number]

/** What an export covers. */
export type ExportScope =
  | { kind: 'articles'; ids: string[] }
  | { kind: 'case'; caseId: string }
  /** The articles with a passage coded with the code or a code under it. */
  | { kind: 'code'; codeId: string }
  | { kind: 'library' }

/**
 * What one row of a CSV export stands for: a highlight with its note (`dossier export --format csv` writes these
 * alone), a claim (judged, or check-worthy and not judged yet) or a source of the article's ledger.
 */
export const CSV_ROWS = ['annotations', 'claims', 'sources'] as const
export type CsvRows = (typeof CSV_ROWS)[number]

/** Choices an export takes beyond its format and scope (each applies to some formats only). */
export interface ExportOptions {
  /** Markdown of several articles: a folder with one note per article and an index note (the default), or one file. */
  folder?: boolean
  /** CSV: one row per highlight (the default), per claim or per source; other formats ignore it. */
  rows?: CsvRows
}

/** What the window asks `export:run` for. */
export interface ExportRequest {
  format: ExportFormatId
  scope: ExportScope
  options?: ExportOptions
}

/** A format the window may offer, as the Export dialog lists it. */
export interface ExportFormatInfo {
  format: ExportFormatId
  label: string
  extension: string
}

/** How an export from the window ended: written (a file or a folder of notes) or stopped by Cancel. */
export type ExportOutcome =
  | { status: 'written'; path: string; articles: number; folder: boolean }
  | { status: 'cancelled' }
