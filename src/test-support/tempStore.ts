import { afterEach, beforeEach } from 'vitest'
import { type Db, openDb } from '../main/services/store/db'
import { tempDir } from './tempDir'

/**
 * Registers, for every test of the file, a store on disk in a fresh temp folder: opened before each test and handed
 * to `opened` (tests keep it in their own `db`), closed and removed after. The returned `dir` is the current test's
 * folder. A test that swaps its `db` for another store closes that one itself; this one is closed here regardless.
 */
export function tempStore(opened: (db: Db) => void, prefix?: string): { readonly dir: string } {
  let folder: ReturnType<typeof tempDir>
  let db: Db
  beforeEach(() => {
    folder = tempDir(prefix)
    db = openDb(folder.dir)
    opened(db)
  })
  afterEach(() => {
    db.close()
    folder.cleanup()
  })
  return {
    get dir() {
      return folder.dir
    },
  }
}
