import { availableParallelism } from 'node:os'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { Analysis } from '../../shared/model/analysis'
import type { ExtractedArticle } from '../../shared/model/article'
import { ServiceError } from '../services/errors'
import type { OriginalText } from '../services/fileBytes'
import { ImportError } from '../services/importers/importError'
import type { WorkOptions } from '../services/runners'

export type Task =
  | { kind: 'extract'; fileName: string; bytes: Uint8Array }
  | { kind: 'analyze'; text: string }
  | { kind: 'sha256'; data: string | Uint8Array }
  | { kind: 'original'; bytes: Uint8Array; maxChars: number }

export type TaskRequest = Task & { id: number }

export type TaskResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: string }

export interface BackgroundPoolOptions {
  /** The worker script (the built `background.worker.js`, or the .ts file under tsx in tests). */
  script: string
  workerOptions?: WorkerOptions
  /** A task that takes longer than this is given up on, and its worker replaced. */
  timeoutMs?: number
  /** Each worker's heap limit: a file that needs more fails alone, the app goes on. */
  maxHeapMb?: number
  /** How many workers may run at once (the app passes the number of cores); 1 by default. */
  size?: number
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

interface Job {
  id: number
  task: Task
  label: string
  signal?: AbortSignal
  resolve(value: unknown): void
  reject(error: unknown): void
}

/** One worker thread and the task it is running, if any. */
interface Slot {
  worker: Worker
  /** The thread is running. A task's time limit starts then, not when the thread is asked for: on a busy
   * machine a new thread can take a while to start, and that is not the file's fault. */
  online: boolean
  job: Job | null
  timer?: NodeJS.Timeout
}

/**
 * The app's pool size: a worker per core but one. The core left over runs the app's own thread (the window's
 * requests, progress) and the store writer; with every core extracting, the app's thread waited its turn for
 * a core, and a folder import on 2 cores was slower too (the import bench: `npm run bench -- --only import`).
 */
export function appPoolSize(cores = availableParallelism()): number {
  return Math.max(1, cores - 1)
}

/**
 * Extraction, analysis and the work over whole files in worker threads: up to `size` tasks at once,
 * one per worker, the rest queued in order. A task that times out, crashes its worker or exhausts
 * its memory fails with a readable error naming the work and the file; that worker is replaced and
 * the other tasks go on. A task whose `signal` is aborted leaves the queue, or, when running, has
 * its worker stopped.
 */
export function createBackgroundPool(options: BackgroundPoolOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const size = Math.max(1, Math.floor(options.size ?? 1))
  const slots = new Set<Slot>()
  const queue: Job[] = []
  let nextId = 1

  function startClock(slot: Slot): void {
    const job = slot.job
    if (!job) return
    slot.timer = setTimeout(() => {
      retire(slot)
      job.reject(failure(job.task, job.label, `took longer than ${duration(timeoutMs)} and was stopped`))
    }, timeoutMs)
  }

  /** The slot's task is over: the slot takes the next one. */
  function release(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.job = null
    pump()
  }

  /** The slot's worker is done for (crashed, timed out, cancelled): stop it; a new one starts when needed. */
  function retire(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.job = null
    if (slots.delete(slot)) void slot.worker.terminate()
    pump()
  }

  function start(): Slot {
    const worker = new Worker(options.script, {
      ...options.workerOptions,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    })
    const slot: Slot = { worker, online: false, job: null }
    worker.once('online', () => {
      slot.online = true
      startClock(slot)
    })
    worker.on('message', (response: TaskResponse) => {
      const job = slot.job
      if (!job || response.id !== job.id) return
      release(slot)
      if (response.ok) job.resolve(response.value)
      else if (job.task.kind === 'extract') job.reject(new ImportError(job.label, response.reason))
      else job.reject(failure(job.task, job.label, `failed (${response.reason})`))
    })
    worker.on('error', (error: Error) => {
      const job = slot.job
      retire(slot)
      const outOfMemory =
        /heap|memory/i.test(error.message) || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      job?.reject(
        failure(
          job.task,
          job.label,
          outOfMemory
            ? 'needed more memory than Dossier allows for one file'
            : 'crashed the background worker',
        ),
      )
    })
    worker.on('exit', () => {
      const job = slot.job
      retire(slot)
      job?.reject(failure(job.task, job.label, 'stopped the background worker'))
    })
    worker.unref()
    slots.add(slot)
    return slot
  }

  /** Hands queued tasks to idle workers, starting workers up to `size`. */
  function pump(): void {
    while (queue.length > 0) {
      let slot = [...slots].find((s) => !s.job)
      if (!slot) {
        if (slots.size >= size) return
        slot = start()
      }
      const job = queue.shift()!
      slot.job = job
      if (slot.online) startClock(slot)
      slot.worker.postMessage({ id: job.id, ...job.task } satisfies TaskRequest)
    }
  }

  function cancel(job: Job): void {
    const queued = queue.indexOf(job)
    if (queued >= 0) queue.splice(queued, 1)
    else {
      const slot = [...slots].find((s) => s.job === job)
      if (!slot) return
      retire(slot)
    }
    job.reject(job.signal?.reason)
  }

  function enqueue<T>(task: Task, label: string, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => cancel(job)
      const job: Job = {
        id: nextId++,
        task,
        label,
        signal,
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort)
          resolve(value as T)
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort)
          reject(error)
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      queue.push(job)
      pump()
    })
  }

  return {
    /** How many tasks can run at once. */
    size,
    extract: (fileName: string, bytes: Uint8Array, work?: WorkOptions): Promise<ExtractedArticle> =>
      enqueue({ kind: 'extract', fileName, bytes }, fileName, work?.signal),
    analyze: (text: string, label = 'the article'): Promise<Analysis> =>
      enqueue({ kind: 'analyze', text }, label),
    sha256: (data: string | Uint8Array, label: string, work?: WorkOptions): Promise<string> =>
      enqueue({ kind: 'sha256', data }, label, work?.signal),
    original: (bytes: Uint8Array, maxChars: number, label: string): Promise<OriginalText> =>
      enqueue({ kind: 'original', bytes, maxChars }, label),
    /** Stops every worker; tasks still queued or running fail. */
    async close(): Promise<void> {
      for (const job of queue.splice(0))
        job.reject(failure(job.task, job.label, 'stopped the background worker'))
      const workers = [...slots].map((s) => s.worker)
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}

export type BackgroundPool = ReturnType<typeof createBackgroundPool>
