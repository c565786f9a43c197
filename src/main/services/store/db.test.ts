import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from './migrations'
import { migrate, openDb, schemaVersion, transaction } from './db'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-db-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('openDb', () => {
  it('creates the store file with WAL, foreign keys and the latest schema', () => {
    const db = openDb(tempDir())
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal')
    // NORMAL (1) rather than FULL (2): safe under WAL, and commits do not wait for the disk.
    expect((db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(1)
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1)
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    db.close()
  })

  it('reopens an existing store without migrating it again', () => {
    const dir = tempDir()
    openDb(dir).close()
    const db = openDb(dir)
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    db.close()
  })
})

describe('migrate', () => {
  it('applies only the migrations a store has not seen, in order', () => {
    const db = new DatabaseSync(':memory:')
    migrate(db, ['CREATE TABLE a (x)'])
    expect(schemaVersion(db)).toBe(1)
    migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y)'])
    expect(schemaVersion(db)).toBe(2)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()
    expect(tables.map((t) => t.name)).toEqual(['a', 'b'])
  })

  it('leaves the store at the last good version when a migration fails', () => {
    const db = new DatabaseSync(':memory:')
    expect(() => migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y); THIS IS NOT SQL'])).toThrow()
    expect(schemaVersion(db)).toBe(1)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined()
  })

  it('refuses a store written by a newer Dossier', () => {
    const db = new DatabaseSync(':memory:')
    db.exec('PRAGMA user_version = 99')
    expect(() => migrate(db, ['CREATE TABLE a (x)'])).toThrow(/newer version of Dossier/)
  })
})

describe('transaction', () => {
  it('rolls back every row when the work throws', () => {
    const db = new DatabaseSync(':memory:')
    db.exec('CREATE TABLE t (x INTEGER)')
    expect(() =>
      transaction(db, () => {
        db.prepare('INSERT INTO t VALUES (1)').run()
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 })
  })
})
