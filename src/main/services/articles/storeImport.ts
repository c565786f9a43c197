import type { ExtractedArticle } from '../../../shared/model/article'
import { placeOrphansOn } from '../interchange/webAnnotation/importAnnotations'
import { EXTRACTOR_VERSION } from '../importers/extractorVersion'
import * as articles from '../store/articles'
import { type Db, transaction } from '../store/db'

/** An import read and extracted, ready to be written: plain data, so that another thread can write it. */
export interface ImportToStore {
  file: string
  sha256: string
  extracted: ExtractedArticle
  original: Uint8Array
  /** The time of import, ISO 8601. */
  now: string
}

/** What writing an import did. */
export type StoredImport =
  | { status: 'duplicate'; id: string; title: string }
  | { status: 'imported'; id: string; title: string; versionOf?: string; placedOrphans: number }

/**
 * Writes an import's article in one transaction, with the unplaced annotations that fit it; the same bytes
 * stored meanwhile make it a duplicate.
 */
export function storeImport(db: Db, { file, sha256, extracted, original, now }: ImportToStore): StoredImport {
  return transaction(db, () => {
    // Files of a folder are read several at once, so the same bytes may have been stored while these were read.
    const duplicate = articles.findArticleIdBySha(db, sha256)
    if (duplicate) return { status: 'duplicate' as const, ...duplicate }
    // Same URL, different bytes: a new capture of a page already here, kept as a new version.
    const earlier = extracted.url ? articles.findLatestByUrl(db, extracted.url) : undefined
    const id = articles.insertArticle(
      db,
      {
        ...extracted,
        sha256,
        fileName: file,
        original,
        extractorVersion: EXTRACTOR_VERSION,
        previousVersionId: earlier?.id ?? null,
      },
      new Date(now),
    )
    return {
      status: 'imported' as const,
      id,
      title: extracted.title ?? file,
      ...(earlier ? { versionOf: earlier.id } : {}),
      placedOrphans: placeOrphansOn(db, id, now),
    }
  })
}
