import { basename } from 'node:path'
import { ServiceError } from '../../errors'
import { ImportError } from '../../importers/importError'
import type { Library } from '../../library'
import { readImportFile } from '../../readImportFile'
import { importAnnotations, type AnnotationImportResult } from './importAnnotations'

/** Reads an annotation file from disk (within the import size limit) and imports it; errors name the file. */
export function importAnnotationFile(library: Library, path: string): AnnotationImportResult {
  const name = basename(path)
  let bytes: Uint8Array
  try {
    bytes = readImportFile(path)
  } catch (error) {
    if (error instanceof ImportError) throw new ServiceError('import-failed', error.message)
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new ServiceError('import-failed', `Could not import “${name}”: there is no such file.`)
    if (code === 'EACCES')
      throw new ServiceError('import-failed', `Could not import “${name}”: it may not be read.`)
    throw error
  }
  return importAnnotations(library, name, new TextDecoder().decode(bytes))
}
