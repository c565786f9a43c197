import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { Analysis } from '../../shared/model/analysis'
import type { ExtractedArticle } from '../../shared/model/article'
import { ImportError } from '../services/importers/importError'

export type TaskRequest =
  | { id: number; kind: 'extract'; fileName: string; bytes: Uint8Array }
  | { id: number; kind: 'analyze'; text: string }

export type TaskResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: string }

type Task = { kind: 'extract'; fileName: string; bytes: Uint8Array } | { kind: 'analyze'; text: string }

export interface BackgroundPoolOptions {
  /** The worker script (the built `background.worker.js`, or the .ts file under tsx in tests). */
  script: string
  workerOptions?: WorkerOptions
  /** A file that takes longer than this is given up on, and the worker replaced. */
  timeoutMs?: number
  /** The worker's heap limit: a file that needs more fails alone, the app goes on. */
  maxHeapMb?: number
}

// Real articles extract in well under a second; a minute means a pathological file.
const DEFAULT_TIMEOUT_MS = 60_000
const DEFAULT_MAX_HEAP_MB = 2048

/**
 * Extraction and analysis in a worker thread, one task at a time. A file that times out or
 * exhausts the worker's memory fails with a readable ImportError, the worker is replaced, and
 * the next task goes on.
 */
export function createBackgroundPool(options: BackgroundPoolOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let worker: Worker | null = null
  let nextId = 1
  let queue: Promise<unknown> = Promise.resolve()

  function start(): Worker {
    const w = new Worker(options.script, {
      ...options.workerOptions,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    })
    w.unref()
    return w
  }

  function runOne(task: Task, fileName: string): Promise<unknown> {
    const w = (worker ??= start())
    const id = nextId++
    return new Promise<unknown>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer)
        w.off('message', onMessage)
        w.off('error', onError)
        w.off('exit', onExit)
      }
      const replaceWorker = () => {
        if (worker === w) worker = null
        void w.terminate()
      }
      const onMessage = (response: TaskResponse) => {
        if (response.id !== id) return
        finish()
        if (response.ok) resolve(response.value)
        else reject(new ImportError(fileName, response.reason))
      }
      const onError = (error: Error) => {
        finish()
        replaceWorker()
        const outOfMemory = /heap|memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        reject(new ImportError(fileName, outOfMemory ? 'it needs more memory than Dossier allows for one file' : 'reading it crashed the importer'))
      }
      const onExit = () => {
        finish()
        if (worker === w) worker = null
        reject(new ImportError(fileName, 'reading it stopped the importer'))
      }
      const timer = setTimeout(() => {
        finish()
        replaceWorker()
        reject(new ImportError(fileName, `reading it took longer than ${Math.round(timeoutMs / 1000)} seconds`))
      }, timeoutMs)
      w.on('message', onMessage)
      w.on('error', onError)
      w.on('exit', onExit)
      w.postMessage({ id, ...task } satisfies TaskRequest)
    })
  }

  /** Tasks are queued so the worker does one thing at a time. */
  function enqueue<T>(task: Task, label: string): Promise<T> {
    const result = queue.then(() => runOne(task, label)) as Promise<T>
    queue = result.catch(() => undefined)
    return result
  }

  return {
    extract: (fileName: string, bytes: Uint8Array): Promise<ExtractedArticle> =>
      enqueue({ kind: 'extract', fileName, bytes }, fileName),
    analyze: (text: string, label = 'the article'): Promise<Analysis> => enqueue({ kind: 'analyze', text }, label),
    async close(): Promise<void> {
      const w = worker
      worker = null
      if (w) await w.terminate()
    },
  }
}

export type BackgroundPool = ReturnType<typeof createBackgroundPool>
