import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { LIMITS } from '../../shared/ipc/schemas'
import { ImportError } from './importers'

/** Reads a file, refusing before reading anything when it is over the import limit. */
export function readImportFile(path: string): Uint8Array {
  const stat = statSync(path)
  if (stat.isDirectory()) throw new ImportError(basename(path), 'it is a folder, not a file')
  if (stat.size > LIMITS.fileBytes) throw new ImportError(basename(path), 'the file is larger than 50 MB')
  const bytes = new Uint8Array(stat.size)
  const fd = openSync(path, 'r')
  try {
    let read = 0
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read)
      if (n === 0) break
      read += n
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}
