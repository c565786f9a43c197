/** The outcome of importing one file, as the library and the CLI report it. */
export interface ImportResult {
  /** The file name (no folders) the user chose or dropped. */
  file: string
  status: 'imported' | 'duplicate' | 'failed'
  id: string | null
  title: string | null
  /** For `failed`: a sentence for the user naming the file and the reason. */
  error?: string
}

/** What can be exported, and the file extension each format is written with. */
export const EXPORT_FORMATS = { md: 'md', json: 'json' } as const
export type ExportFormat = keyof typeof EXPORT_FORMATS
