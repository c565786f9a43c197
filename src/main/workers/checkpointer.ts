import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { CheckpointWorkerData } from './checkpoint.worker'

export interface CheckpointerOptions {
  /** The worker script (the built `checkpoint.worker.js`, or the .ts file under tsx in tests). */
  script: string
  /** The store file, whose connection in this thread was opened with `checkpoints: 'elsewhere'`. */
  path: string
  workerOptions?: WorkerOptions
  everyMs?: number
  /** Called after each checkpoint with the log's frames and how many of them are now in the store file. */
  onCheckpoint?(result: { log: number; checkpointed: number }): void
}

/**
 * Checkpoints the store's write-ahead log in a thread of its own, looking for new writes every `everyMs`
 * (1 s by default). If that thread dies, the store's own connection still checkpoints, only later (see db.ts).
 */
export function startCheckpointer({
  script,
  path,
  workerOptions,
  everyMs = 1000,
  onCheckpoint,
}: CheckpointerOptions) {
  const worker = new Worker(script, {
    ...workerOptions,
    workerData: { path, everyMs } satisfies CheckpointWorkerData,
  })
  if (onCheckpoint) worker.on('message', onCheckpoint)
  // A failure here costs only where checkpoints happen, never data: say so, do not end the app.
  worker.on('error', (error) =>
    console.error(`Store checkpoints moved back to the app's thread: ${error.message}`),
  )
  worker.unref()
  return {
    /** Stops the thread (before the store is closed, which checkpoints what is left). */
    close: async (): Promise<void> => {
      worker.postMessage('close')
      await new Promise((resolve) => worker.once('exit', resolve))
    },
  }
}

export type Checkpointer = ReturnType<typeof startCheckpointer>
