import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../test-support/tempDir'
import { ImportError } from './importers'
import { readImportFile } from './readImportFile'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('dossier-read-')
})
afterEach(() => tmp.cleanup())

describe('readImportFile', () => {
  it('refuses a file over the limit it is given, before reading it', () => {
    const path = join(tmp.dir, 'big.json')
    writeFileSync(path, '')
    truncateSync(path, 2 * 1024 * 1024 + 1)
    expect(() => readImportFile(path, 2 * 1024 * 1024)).toThrow(
      new ImportError('big.json', 'the file is larger than 2 MB'),
    )
    expect(readImportFile(path, 3 * 1024 * 1024).byteLength).toBe(2 * 1024 * 1024 + 1)
  })

  it('reads a regular file whole', () => {
    const path = tmp.file('a.txt', 'Some words.')
    expect(new TextDecoder().decode(readImportFile(path))).toBe('Some words.')
  })

  it('refuses a folder named like a file', () => {
    const path = join(tmp.dir, 'folder.txt')
    mkdirSync(path)
    expect(() => readImportFile(path)).toThrow(new ImportError('folder.txt', 'it is a folder, not a file'))
  })

  // A FIFO with no writer: a blocking open or read would wait forever, so returning at all is the proof.
  // Windows has no FIFOs (nor mkfifo).
  it.runIf(process.platform !== 'win32')('refuses a FIFO named .txt without waiting for a writer', () => {
    const path = join(tmp.dir, 'pipe.txt')
    execFileSync('mkfifo', [path])
    expect(() => readImportFile(path)).toThrow('Could not import “pipe.txt”: it is not a regular file.')
  })

  // Windows has no /dev/zero (and a link there needs a privilege); Linux and macOS both do.
  it.runIf(process.platform !== 'win32')('refuses an endless device reached through a .txt link', () => {
    const path = join(tmp.dir, 'zeros.txt')
    symlinkSync('/dev/zero', path)
    expect(() => readImportFile(path)).toThrow('Could not import “zeros.txt”: it is not a regular file.')
  })
})
