import type { CsvRows, ExportFormatInfo, ExportRequest } from '../../../shared/model/export'
import { ServiceError } from '../errors'
import type { Library } from '../library'
import { writeFileAtomic } from './atomicWrite'
import { notesFolder, writeNotesFolder } from './notesFolder'
import { safeFileStem } from './notesExport'
import { EXPORT_WRITERS, type ExportRunOptions, type ExportWriter } from './registry'
import { resolveExportScope, type ExportSelection } from './scope'

/** The formats that have a writer, in the table's order: what the Export dialog offers. */
export function exportFormats(): ExportFormatInfo[] {
  return Object.values(EXPORT_WRITERS)
    .filter((w): w is ExportWriter => w !== undefined)
    .map(({ format, label, extension }) => ({ format, label, extension }))
}

/** An export checked and ready to run once the person has chosen where it goes. */
export interface ExportPlan {
  writer: ExportWriter
  selection: ExportSelection
  /** Markdown of several articles goes to a folder of notes, not to one file. */
  folder: boolean
  /** What a CSV's rows stand for; null for the other formats. */
  rows: CsvRows | null
  /** The name the save dialog offers. */
  defaultName: string
}

/** How a CSV's file name says what its rows are: "Harbour — claims.csv", as notes are "Port — notes.md". */
const CSV_ROW_NAMES: Record<CsvRows, string> = { annotations: 'highlights', claims: 'claims', sources: 'sources' }

/**
 * Checks a request before any dialog opens: a format without a writer, an unknown article, case or
 * code, or a scope with no articles is a readable error.
 */
export function planExport(library: Library, { format, scope, options }: ExportRequest): ExportPlan {
  const writer = EXPORT_WRITERS[format]
  if (!writer) throw new ServiceError('export-failed', `Export as “${format}” is not available in this version.`)
  const selection = resolveExportScope(library.db, scope)
  if (selection.articleIds.length === 0) {
    throw new ServiceError('export-failed', `“${selection.title}” has no articles to export.`)
  }
  const folder = format === 'md' && selection.articleIds.length > 1 && options?.folder !== false
  const rows = format === 'csv' ? (options?.rows ?? 'annotations') : null
  const stem = safeFileStem(selection.title, 'Dossier export')
  const name = rows ? `${stem} — ${CSV_ROW_NAMES[rows]}` : stem
  return { writer, selection, folder, rows, defaultName: folder ? stem : `${name}.${writer.extension}` }
}

/**
 * Renders the plan and writes it to `path` (a file, or a folder of notes) atomically: an export
 * that fails or is cancelled leaves nothing behind. Answers false when cancelled.
 */
export async function writeExport(
  library: Library,
  plan: ExportPlan,
  path: string,
  options: ExportRunOptions = {},
): Promise<boolean> {
  try {
    if (plan.folder) {
      const files = await notesFolder(library, plan.selection.articleIds, plan.selection.title, options)
      writeNotesFolder(path, files)
    } else {
      const output = await plan.writer.write(library, plan.selection, { ...options, rows: plan.rows ?? undefined })
      writeFileAtomic(path, 'bytes' in output ? output.bytes : output.text)
    }
    return true
  } catch (error) {
    if (options.signal?.aborted) return false
    if (error instanceof ServiceError) throw error
    throw new ServiceError('export-failed', `Could not write the export to “${path}”: ${(error as Error).message}.`)
  }
}
