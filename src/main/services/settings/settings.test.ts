import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../test-support/tempDir'
import { libraryFolder, readSettings, SETTINGS_FILE, writeSettings } from './settings'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('dossier-settings-')
})
afterEach(() => tmp.cleanup())

describe('settings', () => {
  it('keeps the library in the user-data folder until one is chosen', () => {
    expect(readSettings(tmp.dir)).toEqual({})
    expect(libraryFolder(tmp.dir)).toBe(tmp.dir)
  })

  it('reads back the library folder it wrote', () => {
    const elsewhere = join(tmp.dir, 'Research', 'Dossier library')
    writeSettings(tmp.dir, { libraryFolder: elsewhere })
    expect(JSON.parse(readFileSync(join(tmp.dir, SETTINGS_FILE), 'utf8'))).toEqual({
      libraryFolder: elsewhere,
    })
    expect(libraryFolder(tmp.dir)).toBe(elsewhere)
  })

  it('names the settings file and the reason when it is not JSON or names a relative folder', () => {
    tmp.file(SETTINGS_FILE, '{"libraryFolder": ')
    expect(() => readSettings(tmp.dir)).toThrow(
      `The settings file “${join(tmp.dir, SETTINGS_FILE)}” cannot be read`,
    )
    tmp.file(SETTINGS_FILE, '{"libraryFolder": "relative/library"}')
    expect(() => libraryFolder(tmp.dir)).toThrow(
      /settings\.json” is damaged: libraryFolder must be an absolute path/,
    )
  })
})
