import { basename, relative } from 'node:path'
import type { ImportResult } from '../../../shared/model/import'
import { ServiceError } from '../errors'
import { listImportableFiles } from '../folders'
import { BACKUP_FILE_BYTES } from '../interchange/backup/format'
import { backupJson, importBackup } from '../interchange/backup/restore'
import { interchangeImporter } from '../interchange/refiQda/importInterchange'
import { readImportFile } from '../readImportFile'
import type { Clock, Extract, Hash, StoreImport, WorkOptions } from '../runners'
import * as articles from '../store/articles'
import type { Db } from '../store/db'
import { importMessage } from './importMessage'
import { storeImport } from './storeImport'

/** What an import needs: the store, the time of import, and how files are hashed and read. */
export interface ImportContext {
  db: Db
  clock: Clock
  extract: Extract
  hash: Hash
  /** How many files `extract` and `hash` can work on at once (the app's worker pool); 1 when they run in this thread. */
  parallelism?: number
  /** Writes an import in another thread (the app's store writer); in this thread when left out. */
  storeImport?: StoreImport
}

/** Progress of a folder import, reported as each file starts. */
export interface FolderProgress {
  done: number
  total: number
  /** The file being read next (relative to the folder), null at the end. */
  current: string | null
  failed: number
}

/**
 * Imports one file's bytes in one transaction; the same bytes again are reported as a duplicate.
 * When `work.signal` is aborted the import gives up, stores nothing, and rejects with the signal's reason.
 */
export async function importBytes(
  { db, clock, extract, hash, storeImport: writeImport }: ImportContext,
  fileName: string,
  bytes: Uint8Array,
  work: WorkOptions = {},
): Promise<ImportResult> {
  const file = basename(fileName)
  try {
    // A REFI-QDA project or codebook brings articles, codes and highlights, not one article.
    const interchange = interchangeImporter(file)
    if (interchange) return await interchange({ db, clock, extract, hash }, file, bytes)
    // A Dossier backup brings a whole library back; any other .json is read as before.
    const backup = file.toLowerCase().endsWith('.json') ? backupJson(bytes) : null
    if (backup) return importBackup({ db, clock, extract, hash }, file, backup)
    const sha256 = await hash(bytes, file, work)
    const existing = articles.findArticleIdBySha(db, sha256)
    if (existing) return { file, status: 'duplicate', id: existing.id, title: existing.title }
    const extracted = await extract(file, bytes, work)
    const input = { file, sha256, extracted, original: bytes, now: clock().toISOString() }
    const stored = writeImport ? await writeImport(input) : storeImport(db, input)
    const { status, id, title } = stored
    return {
      file,
      status,
      id,
      title,
      ...(stored.status === 'imported' && stored.versionOf ? { versionOf: stored.versionOf } : {}),
      ...(stored.status === 'imported' && stored.placedOrphans ? { placedOrphans: stored.placedOrphans } : {}),
    }
  } catch (error) {
    if (work.signal?.aborted && error === work.signal.reason) throw error
    return { file, status: 'failed', id: null, title: null, error: importMessage(file, error) }
  }
}

export async function importFile(
  context: ImportContext,
  path: string,
  work: WorkOptions = {},
): Promise<ImportResult> {
  const file = basename(path)
  let bytes: Uint8Array
  try {
    bytes = readImportFile(path, file.toLowerCase().endsWith('.json') ? BACKUP_FILE_BYTES : undefined)
  } catch (error) {
    return { file, status: 'failed', id: null, title: null, error: importMessage(file, error) }
  }
  return importBytes(context, file, bytes, work)
}

/**
 * Imports every importable file under `folder`, each in its own transaction, reporting progress as each
 * file starts. With work off this thread (`parallelism` > 1, or the writes in the store writer) several files
 * are read at once, twice as many as can be worked on, so that no worker waits on another thread; the
 * results keep the folder's order. Stops when `signal` is aborted, giving up on the files being read;
 * what was imported by then stays.
 */
export async function importFolder(
  context: ImportContext,
  folder: string,
  { onProgress, signal }: { onProgress?: (p: FolderProgress) => void; signal?: AbortSignal } = {},
): Promise<{ results: ImportResult[]; cancelled: boolean; truncated: boolean }> {
  let listing: { files: string[]; truncated: boolean }
  try {
    listing = listImportableFiles(folder)
  } catch (error) {
    throw new ServiceError(
      'import-failed',
      `Could not read the folder “${basename(folder)}”: ${(error as Error).message}.`,
    )
  }
  const { files, truncated } = listing
  const results: Array<ImportResult | undefined> = []
  const parallelism = Math.max(1, context.parallelism ?? 1)
  const offThread = parallelism > 1 || context.storeImport !== undefined
  const lanes = Math.min(files.length, offThread ? parallelism * 2 : 1)
  let next = 0
  let done = 0
  let failed = 0
  let cancelled = false

  async function lane(): Promise<void> {
    while (!cancelled && next < files.length) {
      const i = next++
      onProgress?.({ done, total: files.length, current: relative(folder, files[i]), failed })
      if (signal?.aborted) {
        cancelled = true
        return
      }
      let result: ImportResult
      try {
        result = await importFile(context, files[i], { signal })
      } catch (error) {
        if (!signal?.aborted) throw error
        cancelled = true
        return
      }
      if (result.status === 'failed') failed++
      done++
      // Let the event loop run between files (progress messages, a cancel request), even when
      // extraction happens in this thread.
      await new Promise((resolve) => setImmediate(resolve))
      results[i] = result
    }
  }

  await Promise.all(Array.from({ length: lanes }, lane))
  const inOrder = results.filter((r): r is ImportResult => r !== undefined)
  if (cancelled) return { results: inOrder, cancelled: true, truncated }
  onProgress?.({ done: files.length, total: files.length, current: null, failed })
  return { results: inOrder, cancelled: false, truncated }
}
