import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { Analysis } from '../../shared/model/analysis'
import type { ExtractedArticle } from '../../shared/model/article'
import { ServiceError } from '../services/errors'
import type { OriginalText } from '../services/fileBytes'
import { ImportError } from '../services/importers/importError'

export type Task =
  | { kind: 'extract'; fileName: string; bytes: Uint8Array }
  | { kind: 'analyze'; text: string }
  | { kind: 'sha256'; data: string | Uint8Array }
  | { kind: 'original'; bytes: Uint8Array; maxChars: number }

export type TaskRequest = Task & { id: number }

export type TaskResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: string }

export interface BackgroundPoolOptions {
  /** The worker script (the built `background.worker.js`, or the .ts file under tsx in tests). */
  script: string
  workerOptions?: WorkerOptions
  /** A task that takes longer than this is given up on, and the worker replaced. */
  timeoutMs?: number
  /** The worker's heap limit: a file that needs more fails alone, the app goes on. */
  maxHeapMb?: number
}

// Real articles extract in well under a second; a minute means a pathological file.
const DEFAULT_TIMEOUT_MS = 60_000
const DEFAULT_MAX_HEAP_MB = 2048

const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`)

/**
 * The error a task's failure reaches its caller as, naming the work and the file: an import's
 * (reading, hashing) is an ImportError; analysing an article or opening its original is not an
 * import, and says what it was.
 */
function failure(task: Task, label: string, problem: string): Error {
  switch (task.kind) {
    case 'extract':
    case 'sha256':
      return new ImportError(label, `reading it ${problem}`)
    case 'analyze':
      return new ServiceError('internal', `Analysing “${label}” ${problem}.`)
    case 'original':
      return new ServiceError('internal', `Opening the original of “${label}” ${problem}.`)
  }
}

/**
 * Extraction, analysis and the work over whole files in a worker thread, one task at a time. A
 * task that times out or exhausts the worker's memory fails with a readable error naming the
 * work and the file, the worker is replaced, and the next task goes on.
 */
export function createBackgroundPool(options: BackgroundPoolOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let worker: Worker | null = null
  let nextId = 1
  let queue: Promise<unknown> = Promise.resolve()
  // Workers whose thread is running. A task's time limit starts then, not when the thread is
  // asked for: on a busy machine a new thread can take a while to start, and that is not the
  // file's fault.
  const online = new WeakSet<Worker>()

  function start(): Worker {
    const w = new Worker(options.script, {
      ...options.workerOptions,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    })
    w.once('online', () => online.add(w))
    w.unref()
    return w
  }

  function runOne(task: Task, label: string): Promise<unknown> {
    const w = (worker ??= start())
    const id = nextId++
    return new Promise<unknown>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const finish = () => {
        clearTimeout(timer)
        w.off('online', startClock)
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
        else if (task.kind === 'extract') reject(new ImportError(label, response.reason))
        else reject(failure(task, label, `failed (${response.reason})`))
      }
      const onError = (error: Error) => {
        finish()
        replaceWorker()
        const outOfMemory = /heap|memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        reject(failure(task, label, outOfMemory ? 'needed more memory than Dossier allows for one file' : 'crashed the background worker'))
      }
      const onExit = () => {
        finish()
        if (worker === w) worker = null
        reject(failure(task, label, 'stopped the background worker'))
      }
      const startClock = () => {
        timer = setTimeout(() => {
          finish()
          replaceWorker()
          reject(failure(task, label, `took longer than ${duration(timeoutMs)} and was stopped`))
        }, timeoutMs)
      }
      if (online.has(w)) startClock()
      else w.once('online', startClock)
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
    sha256: (data: string | Uint8Array, label: string): Promise<string> => enqueue({ kind: 'sha256', data }, label),
    original: (bytes: Uint8Array, maxChars: number, label: string): Promise<OriginalText> =>
      enqueue({ kind: 'original', bytes, maxChars }, label),
    async close(): Promise<void> {
      const w = worker
      worker = null
      if (w) await w.terminate()
    },
  }
}

export type BackgroundPool = ReturnType<typeof createBackgroundPool>
