import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpStore, seedBackupLibrary } from '../../../test-support/backupLibrary'
import { tempDir } from '../../../test-support/tempDir'
import { createLibrary, type Library } from '../library'
import { searchLibrary } from '../search/search'
import { openDb, STORE_FILE } from '../store/db'
import { libraryLocation, moveLibrary } from './moveLibrary'
import { libraryFolder, readSettings, SETTINGS_FILE } from './settings'

let tmp: ReturnType<typeof tempDir>
let configDir: string
let library: Library
let before: Record<string, string[]>

beforeEach(() => {
  tmp = tempDir('dossier-move-')
  configDir = join(tmp.dir, 'config')
  library = createLibrary(openDb(configDir))
  seedBackupLibrary(library.db)
  before = dumpStore(library.db)
})
afterEach(() => {
  library.db.close()
  tmp.cleanup()
})

describe('moveLibrary', () => {
  it('copies every row to the new folder, switches the library to it and removes the old store', () => {
    const to = join(tmp.dir, 'Documents', 'Dossier')
    expect(moveLibrary(library, configDir, to)).toEqual({ folder: to, defaultFolder: configDir })
    expect(dumpStore(library.db)).toEqual(before)
    expect(library.db.prepare('PRAGMA database_list').get()).toMatchObject({ file: join(to, STORE_FILE) })
    expect(searchLibrary(library.db, 'council').length).toBeGreaterThan(0)
    expect(existsSync(join(configDir, STORE_FILE))).toBe(false)
    expect(libraryLocation(configDir)).toEqual({ folder: to, defaultFolder: configDir })
    // Writes land in the new store.
    library.db.prepare("UPDATE articles SET memo = 'moved'").run()
    const reopened = openDb(to)
    expect(reopened.prepare('SELECT DISTINCT memo FROM articles').all()).toEqual([{ memo: 'moved' }])
    reopened.close()
  })

  it('moves back to the user-data folder, which then needs no setting', () => {
    const to = join(tmp.dir, 'elsewhere')
    moveLibrary(library, configDir, to)
    moveLibrary(library, configDir, configDir)
    expect(readSettings(configDir)).toEqual({})
    expect(libraryFolder(configDir)).toBe(configDir)
    expect(dumpStore(library.db)).toEqual(before)
    expect(existsSync(join(to, STORE_FILE))).toBe(false)
  })

  it('refuses a folder that already holds a library, and the folder it is in, changing nothing', () => {
    const taken = join(tmp.dir, 'taken')
    mkdirSync(taken)
    writeFileSync(join(taken, STORE_FILE), 'another library')
    expect(() => moveLibrary(library, configDir, taken)).toThrow(
      `“${taken}” already holds a Dossier library (dossier.sqlite). Choose an empty folder.`,
    )
    expect(() => moveLibrary(library, configDir, configDir)).toThrow(
      `The library is already in “${configDir}”.`,
    )
    expect(libraryFolder(configDir)).toBe(configDir)
    expect(dumpStore(library.db)).toEqual(before)
  })

  it('leaves the library where it was, and nothing in the new folder, when the switch fails', () => {
    const to = join(tmp.dir, 'new')
    const diskFull = () => {
      throw new Error('ENOSPC: no space left on device')
    }
    expect(() => moveLibrary(library, configDir, to, diskFull)).toThrow(
      `The library could not be moved to “${to}”: ENOSPC: no space left on device. It stays in “${configDir}”.`,
    )
    expect(existsSync(join(to, STORE_FILE))).toBe(false)
    expect(existsSync(join(to, `.${STORE_FILE}.partial`))).toBe(false)
    expect(existsSync(join(configDir, SETTINGS_FILE))).toBe(false)
    expect(library.db.prepare('PRAGMA database_list').get()).toMatchObject({
      file: join(configDir, STORE_FILE),
    })
    expect(dumpStore(library.db)).toEqual(before)
  })

  it('names the folder when it cannot be created', () => {
    const file = join(tmp.dir, 'a-file')
    writeFileSync(file, 'x')
    expect(() => moveLibrary(library, configDir, join(file, 'library'))).toThrow(
      /could not be moved to .*a-file.*It stays in/,
    )
    expect(dumpStore(library.db)).toEqual(before)
  })
})
