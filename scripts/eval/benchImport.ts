/**
 * Folder import benchmark: 1,000 mixed files written to a temp folder (copies of the 20 real pages of
 * ../shared/data/extraction-dev, and text, Markdown and HTML articles made from the PolNeAR dev texts), each
 * file's bytes made unique so none is a duplicate. The folder is imported as the app does it (importFolder on
 * a store on disk, extraction and hashing in background.worker.ts threads), twice in the same run: first as
 * the app did before, the baseline (one worker, one file at a time, `synchronous = FULL`, the log checkpointed
 * by the main thread's commits), then as it does now (a worker per core but one, appPoolSize(), several
 * files at once, `synchronous = NORMAL`, checkpoints in checkpoint.worker.ts, the writes in storeWriter.worker.ts). For each: files/s, the main thread's event-loop lag (perf_hooks
 * monitorEventLoopDelay over the whole import: max and p99) and the longest write transaction. Both pools are
 * warmed up first (threads started, the extractor loaded), so start-up is not counted. One run of each: an
 * import of 1,000 files is long enough to be its own median.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { importFolder } from '../../src/main/services/articles/imports'
import { createLibrary } from '../../src/main/services/library'
import { openDb, STORE_FILE, type Db } from '../../src/main/services/store/db'
import { appPoolSize, createBackgroundPool } from '../../src/main/workers/backgroundPool'
import { startCheckpointer } from '../../src/main/workers/checkpointer'
import { startStoreWriter } from '../../src/main/workers/storeWriter'
import { tempDir } from '../../src/test-support/tempDir'
import { round } from './timing'

export interface ImportRun {
  workers: number
  seconds: number
  filesPerSec: number
  lag: { ms: number; p99: { ms: number } }
  commit: { maxMs: number }
  imported: number
  failed: number
}

export interface ImportBench extends ImportRun {
  /** The lag of this thread doing nothing for 5 s before the imports: what the machine's load alone costs. */
  idleLag: { ms: number }
  files: number
  inputMB: number
  storeMB: number
  baseline: ImportRun
}

const FILES = 1_000
const PAGES = '../shared/data/extraction-dev'
const TEXTS = '../shared/data/attribution-dev/text'
const WORKER = resolve(__dirname, '../../src/main/workers/background.worker.ts')
const CHECKPOINT_WORKER = resolve(__dirname, '../../src/main/workers/checkpoint.worker.ts')
const STORE_WRITER = resolve(__dirname, '../../src/main/workers/storeWriter.worker.ts')
// The workers are TypeScript: tsx's loader runs them.
const TSX = { execArgv: ['--import', 'tsx'] }

/** Writes the mixed folder: a tenth real pages, the rest text, Markdown and HTML in equal parts. */
export function writeFolder(folder: ReturnType<typeof tempDir>): number {
  const pages = readdirSync(PAGES)
    .sort()
    .map((name) => readFileSync(join(PAGES, name, 'source.html'), 'utf8'))
  const texts = readdirSync(TEXTS)
    .sort()
    .map((name) =>
      readFileSync(join(TEXTS, name), 'utf8')
        .trim()
        .split(/\n\s*\n/),
    )
  let bytes = 0
  const write = (name: string, content: string) => {
    folder.file(name, content)
    bytes += Buffer.byteLength(content)
  }
  for (const kind of ['pages', 'text', 'markdown', 'html']) mkdirSync(join(folder.dir, kind))
  for (let i = 0; i < FILES; i++) {
    const [title, ...paragraphs] = texts[i % texts.length]
    const heading = `${title.replace(/[#\n]/g, ' ').slice(0, 120)} (${i})`
    if (i % 10 === 0)
      write(join('pages', `page-${i}.html`), `${pages[(i / 10) % pages.length]}\n<!-- copy ${i} -->\n`)
    else if (i % 3 === 0)
      write(join('text', `article-${i}.txt`), `${heading}\n\n${paragraphs.join('\n\n')}\n`)
    else if (i % 3 === 1) {
      const front = `---\ntitle: "${heading.replace(/"/g, "'")}"\ndate: 2024-0${1 + (i % 9)}-1${i % 10}\n---\n\n`
      write(join('markdown', `note-${i}.md`), `${front}# ${heading}\n\n${paragraphs.join('\n\n')}\n`)
    } else {
      const body = paragraphs
        .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join('\n')
      write(
        join('html', `saved-${i}.html`),
        `<!doctype html><html lang="en"><head><title>${heading.replace(/</g, '&lt;')} | Gazette</title>` +
          `<meta property="og:site_name" content="Gazette"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
          `<article><h1>${heading.replace(/</g, '&lt;')}</h1>${body}</article>` +
          `<footer><p>Subscribe to our newsletter.</p><ul><li><a href="/a">Related story</a></li></ul></footer></body></html>`,
      )
    }
  }
  return bytes
}

/** The store with its write transactions timed (BEGIN to the end of COMMIT). */
function timedTransactions(db: Db): { db: Db; longest(): number } {
  let began = 0
  let longest = 0
  const exec = (sql: string): void => {
    if (sql.startsWith('BEGIN')) began = performance.now()
    db.exec(sql)
    if (sql === 'COMMIT') longest = Math.max(longest, performance.now() - began)
  }
  const timed = new Proxy(db, {
    get(target, key) {
      if (key === 'exec') return exec
      const value: unknown = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { db: timed, longest: () => longest }
}

/**
 * The app's import before (one worker, one file at a time, FULL sync, checkpoints and writes on the main thread)
 * or now (appPoolSize() workers, checkpoints and writes in threads of their own).
 */
async function importOnce(
  folder: string,
  variant: 'before' | 'now',
  log: (line: string) => void,
): Promise<{ run: ImportRun; storeMB: number }> {
  const store = tempDir('dossier-bench-import-store-')
  const before = variant === 'before'
  const workers = before ? 1 : appPoolSize()
  const db = openDb(store.dir, { checkpoints: before ? 'here' : 'elsewhere' })
  if (before) db.exec('PRAGMA synchronous = FULL')
  const checkpointer = before
    ? null
    : startCheckpointer({ script: CHECKPOINT_WORKER, path: join(store.dir, STORE_FILE), workerOptions: TSX })
  const writer = before ? null : startStoreWriter({ script: STORE_WRITER, dir: store.dir, workerOptions: TSX })
  const pool = createBackgroundPool({
    script: WORKER,
    workerOptions: { execArgv: ['--import', 'tsx'] },
    size: workers,
  })
  try {
    // Start every worker and load the extractor in it before the clock starts.
    const warm = new TextEncoder().encode(
      '<html><head><title>Warm</title></head><body><p>Warm up.</p></body></html>',
    )
    await Promise.all(Array.from({ length: workers }, (_, k) => pool.extract(`warm-${k}.html`, warm)))
    const timed = timedTransactions(db)
    const library = createLibrary(timed.db, {
      extract: pool.extract,
      hash: pool.sha256,
      analyze: pool.analyze,
      readOriginal: pool.original,
      parallelism: pool.size,
      ...(writer ? { storeImport: writer.store } : {}),
    })
    const lag = monitorEventLoopDelay({ resolution: 5 })
    lag.enable()
    const started = performance.now()
    const { results } = await importFolder(library, folder)
    const seconds = (performance.now() - started) / 1000
    lag.disable()
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    const run: ImportRun = {
      workers,
      seconds: round(seconds),
      filesPerSec: round(results.length / seconds),
      lag: { ms: round(lag.max / 1e6), p99: { ms: round(lag.percentile(99) / 1e6) } },
      commit: { maxMs: round(timed.longest()) },
      imported: results.filter((r) => r.status === 'imported').length,
      failed: results.filter((r) => r.status === 'failed').length,
    }
    log(
      `import: ${before ? 'before (baseline)' : 'now'}, ${workers} worker${workers === 1 ? '' : 's'}: ${results.length} files in ${run.seconds} s, ${run.filesPerSec} files/s ` +
        `(${run.imported} imported, ${run.failed} failed); event-loop lag max ${run.lag.ms} ms, p99 ${run.lag.p99.ms} ms; ` +
        `longest commit on this thread ${run.commit.maxMs} ms`,
    )
    return { run, storeMB: round(statSync(join(store.dir, STORE_FILE)).size / 1e6) }
  } finally {
    await pool.close()
    await writer?.close()
    await checkpointer?.close()
    db.close()
    store.cleanup()
  }
}

export async function benchImport(log: (line: string) => void): Promise<ImportBench> {
  const folder = tempDir('dossier-bench-import-')
  // The pool's threads do not keep the process alive (the app's window does): this does, while the bench waits on them.
  const alive = setInterval(() => undefined, 1000)
  try {
    const inputBytes = writeFolder(folder)
    log(
      `import: ${FILES} files (${(inputBytes / 1e6).toFixed(1)} MB) in a temp folder; ${availableParallelism()} cores`,
    )
    const idle = monitorEventLoopDelay({ resolution: 5 })
    idle.enable()
    await new Promise((resolve) => setTimeout(resolve, 5000))
    idle.disable()
    const idleLag = { ms: round(idle.max / 1e6) }
    log(`import: event-loop lag max ${idleLag.ms} ms over 5 s with nothing to do (the machine's load)`)
    const { run: baseline } = await importOnce(folder.dir, 'before', log)
    const { run: pooled, storeMB } = await importOnce(folder.dir, 'now', log)
    log(
      `import: ${round(pooled.filesPerSec / baseline.filesPerSec)}× the files/s of before; ` +
        `store ${storeMB} MB for ${(inputBytes / 1e6).toFixed(1)} MB of files`,
    )
    return { idleLag, files: FILES, inputMB: round(inputBytes / 1e6), storeMB, ...pooled, baseline }
  } finally {
    clearInterval(alive)
    folder.cleanup()
  }
}
