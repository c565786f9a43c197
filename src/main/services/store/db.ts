import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { MIGRATIONS } from './migrations'

export const STORE_FILE = 'dossier.sqlite'

export type Db = DatabaseSync

export interface OpenOptions {
  /**
   * 'elsewhere': another thread checkpoints the write-ahead log (the app's, see workers/checkpointer.ts), so
   * this connection's commits do not wait for the disk; it still checkpoints itself, as a fallback, once the
   * log passes 64 MB. By default it checkpoints at SQLite's 4 MB.
   */
  checkpoints?: 'here' | 'elsewhere'
}

/** Pages of the log after which this connection checkpoints it, when another thread is meant to. */
const FALLBACK_CHECKPOINT_PAGES = 16_384

/** Opens (creating if needed) the store in `dir` and brings its schema up to date. */
export function openDb(dir: string, { checkpoints = 'here' }: OpenOptions = {}): Db {
  mkdirSync(dir, { recursive: true })
  const db = new DatabaseSync(join(dir, STORE_FILE))
  db.exec('PRAGMA journal_mode = WAL')
  // Under WAL, NORMAL syncs at checkpoints, not at every commit: a commit cannot corrupt the store or be lost
  // when the app crashes, only when the machine loses power right after it. FULL made each import's commit
  // wait for the disk.
  db.exec('PRAGMA synchronous = NORMAL')
  if (checkpoints === 'elsewhere') db.exec(`PRAGMA wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`)
  db.exec('PRAGMA foreign_keys = ON')
  // Another process (the CLI while the app is open) may hold the write lock briefly.
  db.exec('PRAGMA busy_timeout = 5000')
  migrate(db)
  return db
}

/** Opens an in-memory store (tests). */
export function openMemoryDb(): Db {
  const db = new DatabaseSync(':memory:')
  db.exec('PRAGMA foreign_keys = ON')
  migrate(db)
  return db
}

export function schemaVersion(db: Db): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version
}

/** Applies every migration the store has not seen yet, each in its own transaction. */
export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS): void {
  const current = schemaVersion(db)
  if (current > migrations.length) {
    throw new Error(
      `This store was written by a newer version of Dossier (schema ${current}); please update Dossier.`,
    )
  }
  for (let version = current; version < migrations.length; version++) {
    transaction(db, () => {
      db.exec(migrations[version])
      db.exec(`PRAGMA user_version = ${version + 1}`)
    })
  }
}

/** Runs `work` in a transaction: all of it is written, or none of it. */
export function transaction<T>(db: Db, work: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}
