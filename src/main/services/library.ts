import { createDeletions, type Deletions } from './annotations/restore'
import { createArticleSnapshots, type ArticleSnapshots } from './articles/trash'
import { originalText, sha256Hex } from './fileBytes'
import type { Analyze, Clock, Extract, Hash, ReadOriginal, StoreImport } from './runners'
import { type Db, openDb, type OpenOptions } from './store/db'

/**
 * An open library: the store and how work on it is done. Nothing more: every operation is a plain
 * function in its capability's folder (articles/, annotations/, analysis/, exporters/, …) that
 * takes the part of this it needs, so the IPC handlers, the CLI and the tests pass this whole.
 */
export interface Library {
  db: Db
  clock: Clock
  extract: Extract
  analyze: Analyze
  hash: Hash
  readOriginal: ReadOriginal
  /** How many files `extract` and `hash` can work on at once: the app's worker count, 1 in this thread. */
  parallelism: number
  /** Writes an import in another thread (the app's store writer); imports write in this thread without it. */
  storeImport?: StoreImport
  /** The annotations deleted since the library opened, which an undo may put back. */
  deletions: Deletions
  /** The articles deleted from the window since the library opened, with everything that went with them. */
  deletedArticles: ArticleSnapshots
}

/** How work is done: in this thread by default; the app passes its worker pool's functions. */
export interface LibraryOptions {
  clock?: Clock
  extract?: Extract
  analyze?: Analyze
  hash?: Hash
  readOriginal?: ReadOriginal
  parallelism?: number
  storeImport?: StoreImport
  /** Where the store's log is checkpointed (see openDb). */
  checkpoints?: OpenOptions['checkpoints']
}

export function openLibrary(storeDir: string, options: LibraryOptions = {}): Library {
  return createLibrary(openDb(storeDir, { checkpoints: options.checkpoints }), options)
}

export function createLibrary(db: Db, options: LibraryOptions = {}): Library {
  return {
    db,
    clock: options.clock ?? (() => new Date()),
    // Loaded on first use: the readers and the analyser take seconds to load, and a process that
    // passes its own (the app's worker pool) or never extracts (most CLI commands) needn't.
    extract:
      options.extract ?? (async (name, bytes) => (await import('./importers')).extractArticle(name, bytes)),
    analyze: options.analyze ?? (async (text) => (await import('./analysis')).analyzeText(text)),
    hash: options.hash ?? (async (data) => sha256Hex(data)),
    readOriginal: options.readOriginal ?? (async (bytes, maxChars) => originalText(bytes, maxChars)),
    parallelism: options.parallelism ?? 1,
    ...(options.storeImport ? { storeImport: options.storeImport } : {}),
    deletions: createDeletions(),
    deletedArticles: createArticleSnapshots(),
  }
}
