import { EXPORT_FORMATS, type ExportFormat } from '../../shared/model/import'
import { listArticles, requireArticle } from '../../main/services/articles/read'
import { articleIdsInCase, findCaseByName } from '../../main/services/cases'
import { writeFileAtomic } from '../../main/services/exporters/atomicWrite'
import { exportNotes } from '../../main/services/exporters/notesExport'
import { notesFolder, writeNotesFolder } from '../../main/services/exporters/notesFolder'
import { ServiceError } from '../../main/services/errors'
import type { Library } from '../../main/services/library'
import { UsageError, type Values } from '../args'
import type { Io } from '../output'

/** Formats the contract names that a later version writes: refused as not available yet, not as unknown. */
const LATER_FORMATS = ['jsonld', 'csv', 'qdpx', 'qdc', 'html', 'pdf', 'claimreview']

const FORMAT_LIST = Object.keys(EXPORT_FORMATS).join('|')

function checkedFormat(format: string | undefined): ExportFormat {
  if (!format) throw new UsageError(`export needs --format ${FORMAT_LIST}`)
  if (LATER_FORMATS.includes(format)) {
    throw new UsageError(`the export format “${format}” is not available yet; use --format ${FORMAT_LIST}`)
  }
  if (!(format in EXPORT_FORMATS)) throw new UsageError(`unknown export format “${format}”; use --format ${FORMAT_LIST}`)
  return format as ExportFormat
}

/**
 * `export (ID...|--case NAME|--all) --format FMT [--out PATH]`. An unknown id is reported and the
 * others are still exported. Markdown of several articles with --out is a folder: one note per
 * article and an index note.
 */
export function exportCommand(library: Library, ids: string[], values: Values, io: Io): number {
  const format = checkedFormat(values.format)
  const selections = [ids.length > 0, values.case !== undefined, Boolean(values.all)].filter(Boolean).length
  if (selections !== 1) throw new UsageError('export takes article IDs, --case NAME or --all (one of them)')

  let status = 0
  let chosen: string[]
  let heading = 'Dossier notes'
  if (values.all) chosen = listArticles(library).map((a) => a.id)
  else if (values.case !== undefined) {
    const found = findCaseByName(library.db, values.case)
    if (!found) throw new ServiceError('not-found', `There is no case called “${values.case}”.`)
    chosen = articleIdsInCase(library.db, found.id)
    heading = found.name
  } else {
    chosen = []
    for (const id of new Set(ids)) {
      if (exists(library, id)) chosen.push(id)
      else {
        status = 1
        io.err(`dossier: No article “${id}” in the library.\n`)
      }
    }
  }
  if (chosen.length === 0) {
    if (status === 0) io.err(`dossier: ${values.all ? 'The library has' : `The case “${heading}” has`} no articles to export.\n`)
    return 1
  }

  const out = values.out
  try {
    if (out && format === 'md' && chosen.length > 1) writeNotesFolder(out, notesFolder(library, chosen, heading))
    else if (out) writeFileAtomic(out, exportNotes(library, chosen, format))
    else io.out(exportNotes(library, chosen, format))
  } catch (error) {
    if (error instanceof ServiceError) throw error
    io.err(`dossier: Could not write “${out}”: ${(error as Error).message}.\n`)
    return 1
  }
  return status
}

function exists(library: Library, id: string): boolean {
  try {
    requireArticle(library.db, id)
    return true
  } catch (error) {
    if (error instanceof ServiceError) return false
    throw error
  }
}
