/** The outcome of importing one file, as the library and the CLI report it. */
export interface ImportResult {
  /** The file name (no folders) the user chose or dropped. */
  file: string
  status: 'imported' | 'duplicate' | 'failed'
  id: string | null
  title: string | null
  /** For `failed`: a sentence for the user naming the file and the reason. */
  error?: string
  /** For `imported`: the library already held an earlier capture of the same URL (its id). */
  versionOf?: string
  /**
   * For a REFI-QDA project or codebook, which brings many things at once: the line the person is shown
   * ("Imported project “X”: 3 articles, 12 codes, 40 coded passages"). `title` is then the project's name.
   */
  summary?: string
  /** For `imported`: how many unplaced annotations (imported earlier, fitting no article then) it now holds. */
  placedOrphans?: number
}

/** An article's original file as the "View original" panel shows it: text, never rendered. */
export interface OriginalFile {
  fileName: string
  format: string
  bytes: number
  /** The file's text as decoded (HTML as source), or null for a binary format (PDF, EPUB). */
  text: string | null
  /** True when `text` was cut to the first part of a long file. */
  truncated: boolean
}

/** The outcome of re-extracting an article from its original with the current extractor. */
export interface ReextractResult {
  /** Annotations placed on the new text. */
  placed: number
  /** Annotations whose passage is no longer in the text (kept, shown as not placed). */
  unplaced: number
}

/** What can be exported, and the file extension each format is written with. */
export const EXPORT_FORMATS = { md: 'md', json: 'json' } as const
export type ExportFormat = keyof typeof EXPORT_FORMATS
