import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { LibraryLocation } from '../../../shared/model/app'
import { ServiceError } from '../errors'
import type { Library } from '../library'
import { openDb, STORE_FILE, type Db } from '../store/db'
import { libraryFolder, writeSettings } from './settings'

/** Where the library is now, and where it is when nothing else was chosen. */
export function libraryLocation(configDir: string): LibraryLocation {
  return { folder: libraryFolder(configDir), defaultFolder: configDir }
}

const samePath = (a: string, b: string) => relative(resolve(a), resolve(b)) === ''

const moveError = (message: string) => new ServiceError('settings-failed', message)

/** Removes what a failed copy left; a path that cannot even be looked at (its folder is a file) holds nothing. */
function removeQuietly(paths: string[]): void {
  for (const path of paths) {
    try {
      rmSync(path, { force: true })
    } catch {
      // Nothing was written there.
    }
  }
}

/** Every table's row count, the FTS index's included: what a copy must hold the same of. */
function rowCounts(db: Db): Map<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>
  return new Map(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n,
    ]),
  )
}

/** Throws unless the copy at `path` is a sound store holding what `source` holds. */
function verifyCopy(path: string, source: Db): void {
  const copy = new DatabaseSync(path, { readOnly: true })
  try {
    const integrity = copy.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
      throw new Error(`the copy is damaged (${integrity.map((r) => r.integrity_check).join('; ')})`)
    }
    const version = (db: Db) =>
      (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version
    if (version(copy) !== version(source)) throw new Error('the copy has another schema version')
    const expected = rowCounts(source)
    const found = rowCounts(copy)
    for (const [table, count] of expected) {
      if (found.get(table) !== count)
        throw new Error(`the copy's ${table} holds ${found.get(table) ?? 0} rows, not ${count}`)
    }
  } finally {
    copy.close()
  }
}

/**
 * Moves the library (its store) to the folder `to`, safely: the store is copied into `to` as one
 * consistent snapshot (SQLite's VACUUM INTO, WAL included), the copy is checked (integrity, schema
 * version, every table's row count), then the settings name the new folder, `library` switches to
 * the copy, and only then is the old store deleted. Any failure before the switch leaves the
 * library where it was, unchanged, and removes what was copied. The rest of the user-data folder
 * (settings, window state) stays where the OS expects it.
 */
export function moveLibrary(
  library: Library,
  configDir: string,
  to: string,
  // The last step before the switch; a test makes it fail.
  saveSettings: typeof writeSettings = writeSettings,
): LibraryLocation {
  const from = libraryFolder(configDir)
  const target = resolve(to)
  if (samePath(target, from)) throw moveError(`The library is already in “${target}”.`)
  const targetStore = join(target, STORE_FILE)
  if (existsSync(targetStore)) {
    throw moveError(`“${target}” already holds a Dossier library (${STORE_FILE}). Choose an empty folder.`)
  }
  const partial = join(target, `.${STORE_FILE}.partial`)
  let db: Db | null = null
  try {
    mkdirSync(target, { recursive: true })
    rmSync(partial, { force: true })
    library.db.prepare('VACUUM INTO ?').run(partial)
    verifyCopy(partial, library.db)
    renameSync(partial, targetStore)
    db = openDb(target)
    saveSettings(configDir, samePath(target, configDir) ? {} : { libraryFolder: target })
  } catch (error) {
    db?.close()
    removeQuietly([partial, targetStore, `${targetStore}-wal`, `${targetStore}-shm`])
    throw moveError(
      `The library could not be moved to “${target}”: ${(error as Error).message}. It stays in “${from}”.`,
    )
  }
  const old = library.db
  library.db = db
  old.close()
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(from, `${STORE_FILE}${suffix}`), { force: true })
  return { folder: target, defaultFolder: configDir }
}
