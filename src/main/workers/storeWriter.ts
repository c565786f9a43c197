import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { ImportToStore, StoredImport } from '../services/articles/storeImport'
import type { StoreWriterData, StoreWriterReply, StoreWriterRequest } from './storeWriter.worker'

export interface StoreWriterOptions {
  /** storeWriter.worker.js (built) or .ts (tests, with tsx's loader in `workerOptions`). */
  script: string
  /** The library folder. */
  dir: string
  workerOptions?: WorkerOptions
}

export interface StoreWriter {
  /** Writes an import on the writer's thread; rejects with the store's error, or when the thread is gone. */
  store(input: ImportToStore): Promise<StoredImport>
  /** False once the thread has stopped (closed, or failed): imports then write in the app's thread. */
  readonly running: boolean
  /** Stops the thread after the writes under way (before the store is closed or moved). */
  close(): Promise<void>
}

/**
 * Starts the thread that writes imports into the store (see storeWriter.worker.ts). Writes are made one at a
 * time in the order asked. An original's bytes are handed over, not copied, when they fill their own buffer:
 * the import has no use for them once written.
 */
export function startStoreWriter({ script, dir, workerOptions }: StoreWriterOptions): StoreWriter {
  const worker = new Worker(script, { ...workerOptions, workerData: { dir } satisfies StoreWriterData })
  const pending = new Map<number, { resolve(result: StoredImport): void; reject(error: Error): void }>()
  let nextId = 0
  let running = true
  const stop = (error: Error) => {
    running = false
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  worker.on('message', (reply: StoreWriterReply) => {
    const waiting = pending.get(reply.id)
    if (!waiting) return
    pending.delete(reply.id)
    if ('error' in reply) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.result)
  })
  worker.on('error', (error) => {
    console.error(`Imports are written on the app's thread again: ${error.message}`)
    stop(new Error(`the store writer stopped (${error.message})`))
  })
  worker.on('exit', () => stop(new Error('the store writer stopped')))
  worker.unref()
  return {
    store(input) {
      if (!running) return Promise.reject(new Error('the store writer stopped'))
      const id = nextId++
      const { original } = input
      const whole = original.byteOffset === 0 && original.byteLength === original.buffer.byteLength
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        const request: StoreWriterRequest = { id, input }
        worker.postMessage(request, whole && original.buffer instanceof ArrayBuffer ? [original.buffer] : [])
      })
    },
    get running() {
      return running
    },
    async close() {
      if (!running) return
      running = false
      // Messages are handled in order: the writes asked before this one are made first.
      const exited = new Promise((resolve) => worker.once('exit', resolve))
      worker.postMessage('close' satisfies StoreWriterRequest)
      await exited
    },
  }
}
