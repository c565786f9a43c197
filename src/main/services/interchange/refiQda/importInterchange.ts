import type { ImportResult } from '../../../../shared/model/import'
import type { ImportContext } from '../../articles/imports'
import { extensionOf } from '../../importers/fileFormat'
import { transaction } from '../../store/db'
import { decodeUtf8 } from './text'
import { mergeCodes } from './mergeCodes'
import { readQdc } from './qdc'
import { importQdpx } from './qdpxImport'

/** The REFI-QDA files `importBytes` takes besides articles: a project and a codebook. */
export const INTERCHANGE_EXTENSIONS: readonly string[] = ['.qdpx', '.qdc']

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** Imports a REFI-QDA codebook: its codes merged into the codebook, in one transaction. */
function importQdc({ db, clock }: ImportContext, file: string, bytes: Uint8Array): ImportResult {
  const codes = readQdc(decodeUtf8(bytes, file), file)
  const { added } = transaction(db, () => mergeCodes(db, codes, clock()))
  return {
    file,
    status: 'imported',
    id: null,
    title: file,
    summary: `Imported codebook “${file}”: ${plural(added, 'new code', 'new codes')}`,
  }
}

/**
 * The importer of a REFI-QDA file (.qdc codebook, .qdpx project) by its extension, or null for any other
 * file, which is read as an article.
 */
export function interchangeImporter(
  file: string,
):
  ((context: ImportContext, file: string, bytes: Uint8Array) => Promise<ImportResult> | ImportResult) | null {
  switch (extensionOf(file)) {
    case '.qdc':
      return importQdc
    case '.qdpx':
      return importQdpx
    default:
      return null
  }
}
