import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { LIMITS } from '../../shared/ipc/schemas'
import { ImportError } from './importers/importError'

// Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer; the
// descriptor is then checked, not the path, so what is read is what was checked. (Windows has
// no O_NONBLOCK and no FIFOs.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Reads a file, refusing before reading anything when it is over the import limit (`maxBytes`) or is not a
 * regular file (a folder, a FIFO, a device: reading those blocks or never ends).
 */
export function readImportFile(path: string, maxBytes = LIMITS.fileBytes): Uint8Array {
  const name = basename(path)
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new ImportError(name, 'it is a folder, not a file')
    throw error
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new ImportError(name, 'it is a folder, not a file')
    if (!stat.isFile()) throw new ImportError(name, 'it is not a regular file')
    if (stat.size > maxBytes) {
      throw new ImportError(name, `the file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`)
    }
    const bytes = new Uint8Array(stat.size)
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
