import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { ExtractedArticle } from '../../shared/model/article'
import { ImportError } from '../services/importers/importError'

export interface ExtractRequest {
  id: number
  fileName: string
  bytes: Uint8Array
}

export type ExtractResponse = { id: number; ok: true; article: ExtractedArticle } | { id: number; ok: false; reason: string }

export interface ExtractPoolOptions {
  /** The worker script (the built `extract.worker.js`, or the .ts file under tsx in tests). */
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
 * Extraction in a worker thread, one file at a time. A file that times out or exhausts the
 * worker's memory fails with a readable ImportError, the worker is replaced, and the next file
 * goes on.
 */
export function createExtractPool(options: ExtractPoolOptions) {
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

  function runOne(fileName: string, bytes: Uint8Array): Promise<ExtractedArticle> {
    const w = (worker ??= start())
    const id = nextId++
    return new Promise<ExtractedArticle>((resolve, reject) => {
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
      const onMessage = (response: ExtractResponse) => {
        if (response.id !== id) return
        finish()
        if (response.ok) resolve(response.article)
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
      w.postMessage({ id, fileName, bytes } satisfies ExtractRequest)
    })
  }

  return {
    /** Extracts one file; calls are queued so the worker reads one file at a time. */
    extract(fileName: string, bytes: Uint8Array): Promise<ExtractedArticle> {
      const result = queue.then(() => runOne(fileName, bytes))
      queue = result.catch(() => undefined)
      return result
    },
    async close(): Promise<void> {
      const w = worker
      worker = null
      if (w) await w.terminate()
    },
  }
}

export type ExtractPool = ReturnType<typeof createExtractPool>
