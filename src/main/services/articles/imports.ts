import { basename, relative } from 'node:path'
import type { ImportResult } from '../../../shared/model/import'
import { ServiceError } from '../errors'
import { listImportableFiles } from '../folders'
import { BACKUP_FILE_BYTES } from '../interchange/backup/format'
import { backupJson, importBackup } from '../interchange/backup/restore'
import { interchangeImporter } from '../interchange/refiQda/importInterchange'
import { placeOrphansOn } from '../interchange/webAnnotation/importAnnotations'
import { EXTRACTOR_VERSION } from '../importers/extractorVersion'
import { readImportFile } from '../readImportFile'
import type { Clock, Extract, Hash } from '../runners'
import * as articles from '../store/articles'
import { type Db, transaction } from '../store/db'
import { importMessage } from './importMessage'

/** What an import needs: the store, the time of import, and how files are hashed and read. */
export interface ImportContext {
  db: Db
  clock: Clock
  extract: Extract
  hash: Hash
}

/** Progress of a folder import, reported after each file. */
export interface FolderProgress {
  done: number
  total: number
  /** The file being read next (relative to the folder), null at the end. */
  current: string | null
  failed: number
}

/** Imports one file's bytes in one transaction; the same bytes again are reported as a duplicate. */
export async function importBytes(
  { db, clock, extract, hash }: ImportContext,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportResult> {
  const file = basename(fileName)
  try {
    // A REFI-QDA project or codebook brings articles, codes and highlights, not one article.
    const interchange = interchangeImporter(file)
    if (interchange) return await interchange({ db, clock, extract, hash }, file, bytes)
    // A Dossier backup brings a whole library back; any other .json is read as before.
    const backup = file.toLowerCase().endsWith('.json') ? backupJson(bytes) : null
    if (backup) return importBackup({ db, clock, extract, hash }, file, backup)
    const sha256 = await hash(bytes, file)
    const existing = articles.findArticleIdBySha(db, sha256)
    if (existing) return { file, status: 'duplicate', id: existing.id, title: existing.title }
    const extracted = await extract(file, bytes)
    // Same URL, different bytes: a new capture of a page already here, kept as a new version.
    const earlier = extracted.url ? articles.findLatestByUrl(db, extracted.url) : undefined
    const now = clock()
    const { id, placedOrphans } = transaction(db, () => {
      const id = articles.insertArticle(
        db,
        {
          ...extracted,
          sha256,
          fileName: file,
          original: bytes,
          extractorVersion: EXTRACTOR_VERSION,
          previousVersionId: earlier?.id ?? null,
        },
        now,
      )
      return { id, placedOrphans: placeOrphansOn(db, id, now.toISOString()) }
    })
    return {
      file,
      status: 'imported',
      id,
      title: extracted.title ?? file,
      ...(earlier ? { versionOf: earlier.id } : {}),
      ...(placedOrphans ? { placedOrphans } : {}),
    }
  } catch (error) {
    return { file, status: 'failed', id: null, title: null, error: importMessage(file, error) }
  }
}

export async function importFile(context: ImportContext, path: string): Promise<ImportResult> {
  const file = basename(path)
  let bytes: Uint8Array
  try {
    bytes = readImportFile(path, file.toLowerCase().endsWith('.json') ? BACKUP_FILE_BYTES : undefined)
  } catch (error) {
    return { file, status: 'failed', id: null, title: null, error: importMessage(file, error) }
  }
  return importBytes(context, file, bytes)
}

/**
 * Imports every importable file under `folder`, one after another (each its own transaction),
 * reporting progress after each file. Stops between files when `signal` is aborted; what was
 * imported by then stays.
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
  const results: ImportResult[] = []
  let failed = 0
  for (const [i, path] of files.entries()) {
    onProgress?.({ done: i, total: files.length, current: relative(folder, path), failed })
    if (signal?.aborted) return { results, cancelled: true, truncated }
    const result = await importFile(context, path)
    if (result.status === 'failed') failed++
    // Let the event loop run between files (progress messages, a cancel request), even when
    // extraction happens in this thread.
    await new Promise((resolve) => setImmediate(resolve))
    results.push(result)
  }
  onProgress?.({ done: files.length, total: files.length, current: null, failed })
  return { results, cancelled: false, truncated }
}
