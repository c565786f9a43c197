import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../../shared/model/export'
import { listArticles, requireArticle } from '../../main/services/articles/read'
import { articleIdsInCase, findCaseByName } from '../../main/services/cases'
import { writeFileAtomic } from '../../main/services/exporters/atomicWrite'
import { notesFolder, writeNotesFolder } from '../../main/services/exporters/notesFolder'
import { EXPORT_WRITERS, type ExportWriter } from '../../main/services/exporters/registry'
import { ServiceError } from '../../main/services/errors'
import type { Library } from '../../main/services/library'
import { UsageError, type Values } from '../args'
import type { Io } from '../output'

const FORMAT_LIST = EXPORT_FORMAT_IDS.join('|')

function checkedWriter(format: string | undefined): ExportWriter {
  if (!format) throw new UsageError(`export needs --format ${FORMAT_LIST}`)
  if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown export format “${format}”; use --format ${FORMAT_LIST}`)
  }
  return EXPORT_WRITERS[format as ExportFormatId]
}

/** A binary file (a zip, a PDF) is never written to the terminal. */
function binaryNeedsOut(writer: ExportWriter): UsageError {
  return new UsageError(`export --format ${writer.format} writes a binary file: give --out PATH`)
}

/**
 * `export (ID...|--case NAME|--all) --format FMT [--out PATH]`. An unknown id is reported and the
 * others are still exported. Markdown of several articles with --out is a folder: one note per
 * article and an index note.
 */
export async function exportCommand(library: Library, ids: string[], values: Values, io: Io): Promise<number> {
  const writer = checkedWriter(values.format)
  const selections = [ids.length > 0, values.case !== undefined, Boolean(values.all)].filter(Boolean).length
  if (selections !== 1) throw new UsageError('export takes article IDs, --case NAME or --all (one of them)')
  // Checked before any work, so that no PDF is printed (Chromium started) and no project zipped only to be refused.
  if (writer.binary && !values.out) throw binaryNeedsOut(writer)

  let status = 0
  let chosen: string[]
  let heading = 'Dossier notes'
  let caseId: string | null = null
  if (values.all) chosen = listArticles(library).map((a) => a.id)
  else if (values.case !== undefined) {
    const found = findCaseByName(library.db, values.case)
    if (!found) throw new ServiceError('not-found', `There is no case called “${values.case}”.`)
    chosen = articleIdsInCase(library.db, found.id)
    heading = found.name
    caseId = found.id
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
  const selection = { articleIds: chosen, title: heading, caseId, codeId: null }
  try {
    if (out && writer.format === 'md' && chosen.length > 1) {
      writeNotesFolder(out, await notesFolder(library, chosen, heading))
      return status
    }
    const output = await writer.write(library, selection)
    if ('bytes' in output) {
      if (!out) throw binaryNeedsOut(writer)
      writeFileAtomic(out, output.bytes)
    } else if (out) writeFileAtomic(out, output.text)
    else io.out(output.text)
  } catch (error) {
    if (error instanceof UsageError) throw error
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
