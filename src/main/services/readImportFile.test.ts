import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
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
  it.runIf(process.platform !== 'win32')('refuses a FIFO named .txt without waiting for a writer', () => {
    const path = join(tmp.dir, 'pipe.txt')
    execFileSync('mkfifo', [path])
    expect(() => readImportFile(path)).toThrow('Could not import “pipe.txt”: it is not a regular file.')
  })

  it.runIf(process.platform === 'linux')('refuses an endless device reached through a .txt link', () => {
    const path = join(tmp.dir, 'zeros.txt')
    symlinkSync('/dev/zero', path)
    expect(() => readImportFile(path)).toThrow('Could not import “zeros.txt”: it is not a regular file.')
  })
})
