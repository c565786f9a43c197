import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../test-support/tempDir'
import { openDb, STORE_FILE, transaction } from '../services/store/db'
import { startCheckpointer, type Checkpointer } from './checkpointer'

const TS_WORKER = { execArgv: ['--import', 'tsx'] }
const tmp = tempDir('dossier-checkpoint-')
let checkpointer: Checkpointer | null = null
afterEach(async () => {
  await checkpointer?.close()
  checkpointer = null
})

describe('startCheckpointer', () => {
  it('copies the log into the store file from its own thread while the app’s connection only writes', async () => {
    const db = openDb(tmp.dir, { checkpoints: 'elsewhere' })
    expect(
      (db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number }).wal_autocheckpoint,
    ).toBe(16_384)
    const store = join(tmp.dir, STORE_FILE)
    const before = statSync(store).size
    const insert = db.prepare(
      `INSERT INTO orphan_annotations (id, source, exact, prefix, suffix, note, tags, file_name, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    // About 8 MB: past SQLite's own 4 MB checkpoint, which this connection no longer makes.
    for (let batch = 0; batch < 8; batch++) {
      transaction(db, () => {
        for (let i = 0; i < 100; i++)
          insert.run(`${batch}-${i}`, 's', 'x'.repeat(10_000), '', '', '', '[]', 'f', 'now')
      })
    }
    expect(statSync(store).size).toBe(before)

    const rounds: Array<{ log: number; checkpointed: number }> = []
    checkpointer = startCheckpointer({
      script: resolve(__dirname, 'checkpoint.worker.ts'),
      path: store,
      workerOptions: TS_WORKER,
      everyMs: 50,
      onCheckpoint: (result) => rounds.push(result),
    })
    await expect.poll(() => rounds.length, { timeout: 30_000 }).toBeGreaterThan(0)
    expect(rounds[0].checkpointed).toBe(rounds[0].log)
    expect(statSync(store).size).toBeGreaterThan(before + 8_000_000)
    // The app's connection still reads and writes as before.
    insert.run('after', 's', 'x', '', '', '', '[]', 'f', 'now')
    expect(db.prepare('SELECT COUNT(*) AS n FROM orphan_annotations').get()).toEqual({ n: 801 })
    db.close()
  })
})
