import { ImportError } from '../importers/importError'

/** Why a file could not be imported (or extracted again), in words naming the file. */
export function importMessage(file: string, error: unknown): string {
  if (error instanceof ImportError) return error.message
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return `Could not import “${file}”: the file no longer exists.`
  if (code === 'EACCES' || code === 'EPERM')
    return `Could not import “${file}”: Dossier is not allowed to read it.`
  return `Could not import “${file}”: ${(error as Error)?.message ?? 'an unexpected error occurred'}.`
}
