import { statSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import { parentPort, workerData } from 'node:worker_threads'

export interface CheckpointWorkerData {
  /** The store file. */
  path: string
  /** How often to look for new writes, in ms. */
  everyMs: number
}

// Copies the store's write-ahead log into the store file on this thread, so that the app's commits never wait
// for it (a checkpoint syncs the file to disk: tens to hundreds of ms on a busy disk). PASSIVE never blocks the
// app's reads or writes; it copies what it can and leaves the rest for the next round.
const { path, everyMs } = workerData as CheckpointWorkerData
const db = new DatabaseSync(path)
db.exec('PRAGMA busy_timeout = 5000')
let seen = 0

function checkpoint(): void {
  let modified: number
  try {
    modified = statSync(`${path}-wal`).mtimeMs
  } catch {
    return // no log yet
  }
  if (modified === seen) return
  seen = modified
  const result = db.prepare('PRAGMA wal_checkpoint(PASSIVE)').get() as { log: number; checkpointed: number }
  parentPort?.postMessage(result)
}

const timer = setInterval(checkpoint, everyMs)
parentPort?.on('message', (message: string) => {
  if (message !== 'close') return
  clearInterval(timer)
  db.close()
  parentPort?.close()
})
