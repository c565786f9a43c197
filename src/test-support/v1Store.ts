import { DatabaseSync } from 'node:sqlite'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { STORE_FILE } from '../main/services/store/db'

/** The hand-written store at schema version 2 (migrations 0 and 1), as SQL. */
export const V1_STORE_SQL = resolve(__dirname, 'fixtures/store-v1.sql')

/** Writes the v1 fixture store as the library file of `dir`, for `openDb(dir)` to migrate. */
export function writeV1Store(dir: string): void {
  const db = new DatabaseSync(join(dir, STORE_FILE))
  try {
    db.exec(readFileSync(V1_STORE_SQL, 'utf8'))
  } finally {
    db.close()
  }
}
