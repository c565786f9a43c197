import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SAMPLE_PATH, tempDir } from '../../test-support/tempDir'
import { importFile } from '../services/articles/imports'
import { createLibrary } from '../services/library'
import { openDb, type Db } from '../services/store/db'
import { startStoreWriter, type StoreWriter } from './storeWriter'

const SCRIPT = resolve(__dirname, 'storeWriter.worker.ts')
const TS_WORKER = { execArgv: ['--import', 'tsx'] }

let writer: StoreWriter | null = null
let db: Db | null = null
const dirs: Array<ReturnType<typeof tempDir>> = []
afterEach(async () => {
  await writer?.close()
  writer = null
  db?.close()
  db = null
  for (const dir of dirs.splice(0)) dir.cleanup()
})

/** A store on disk opened by "the app" (which migrates it), and the writer thread on the same folder. */
function storeWithWriter(): { db: Db; writer: StoreWriter; files: ReturnType<typeof tempDir> } {
  const store = tempDir('dossier-writer-store-')
  const files = tempDir('dossier-writer-files-')
  dirs.push(store, files)
  db = openDb(store.dir, { checkpoints: 'elsewhere' })
  writer = startStoreWriter({ script: SCRIPT, dir: store.dir, workerOptions: TS_WORKER })
  return { db, writer, files }
}

const changesOf = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n

describe('startStoreWriter', () => {
  it('writes an import on its own connection: the app’s connection reads it and has written nothing', async () => {
    const { db, writer } = storeWithWriter()
    const library = createLibrary(db, { storeImport: writer.store })
    const before = changesOf(db)

    const first = await importFile(library, SAMPLE_PATH)
    expect(first).toMatchObject({ status: 'imported', title: expect.stringContaining('Kim') })
    const again = await importFile(library, SAMPLE_PATH)
    expect(again).toMatchObject({ status: 'duplicate', id: first.id })

    const row = db
      .prepare('SELECT title, length(original) AS bytes FROM articles WHERE id = ?')
      .get(first.id!)
    expect(row).toMatchObject({ title: first.title, bytes: expect.any(Number) })
    expect((row as { bytes: number }).bytes).toBeGreaterThan(1000)
    // The article and its search index rows were written by the other connection.
    expect(changesOf(db)).toBe(before)
  })

  it('answers a failed write with the store’s reason, and the app’s import names the file', async () => {
    const { db, writer, files } = storeWithWriter()
    // An article row needs a format: the write fails inside the transaction and leaves nothing behind.
    const broken = writer.store({
      file: 'x.txt',
      sha256: 'f'.repeat(64),
      extracted: {
        title: 'x',
        byline: null,
        publisher: null,
        published: null,
        lang: null,
        url: null,
        text: 'x',
        blocks: [],
        format: null,
      } as never,
      original: new Uint8Array([1, 2, 3]),
      now: new Date().toISOString(),
    })
    await expect(broken).rejects.toThrow(/NOT NULL|constraint/i)
    expect(db.prepare('SELECT COUNT(*) AS n FROM articles').get()).toEqual({ n: 0 })

    const library = createLibrary(db, {
      storeImport: () => Promise.reject(new Error('the store writer stopped')),
    })
    const result = await importFile(library, files.file('note.txt', 'A headline\n\nSome text to import.'))
    expect(result).toMatchObject({
      status: 'failed',
      error: 'Could not import “note.txt”: the store writer stopped.',
    })
  })

  it('keeps what it wrote when closed, and refuses to write after', async () => {
    const { db, writer, files } = storeWithWriter()
    const library = createLibrary(db, { storeImport: writer.store })
    const imports = [1, 2, 3].map((n) =>
      importFile(library, files.file(`n${n}.txt`, `Title ${n}\n\nBody ${n}.`)),
    )
    await expect
      .poll(() => db.prepare('SELECT COUNT(*) AS n FROM articles').get(), { timeout: 20_000 })
      .toEqual({ n: 3 })
    await writer.close()
    expect((await Promise.all(imports)).map((r) => r.status)).toEqual(['imported', 'imported', 'imported'])
    expect(writer.running).toBe(false)
    await expect(
      writer.store({
        file: 'y.txt',
        sha256: 'e'.repeat(64),
        extracted: {} as never,
        original: new Uint8Array(1),
        now: '',
      }),
    ).rejects.toThrow('the store writer stopped')
  })
})
