import { parentPort, workerData } from 'node:worker_threads'
import { storeImport, type ImportToStore } from '../services/articles/storeImport'
import { openDb } from '../services/store/db'

export interface StoreWriterData {
  /** The library folder, whose store the app's own connection has opened (and migrated) already. */
  dir: string
}

export type StoreWriterRequest = { id: number; input: ImportToStore } | 'close'
export type StoreWriterReply =
  { id: number; result: ReturnType<typeof storeImport> } | { id: number; error: string }

// Writes imports into the store on this thread, with a connection of its own, so that the app's thread never
// waits for a commit: writing an article's original, text and index to the log takes from a few ms to over
// 100 ms when the disk is busy. The store's locks keep this connection's transactions and the app's apart.
const { dir } = workerData as StoreWriterData
const db = openDb(dir, { checkpoints: 'elsewhere' })

parentPort?.on('message', (message: StoreWriterRequest) => {
  if (message === 'close') {
    db.close()
    parentPort?.close()
    return
  }
  let reply: StoreWriterReply
  try {
    reply = { id: message.id, result: storeImport(db, message.input) }
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) }
  }
  parentPort?.postMessage(reply)
})
