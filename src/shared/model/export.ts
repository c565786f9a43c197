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
