import { basename, relative } from 'node:path'
import type { ArticleAnalysis, OpenedArticle, NewAnnotation, AnnotationPatch } from '../../shared/ipc/contract'
import type { Analysis } from '../../shared/model/analysis'
import type { Annotation, AnnotationColor } from '../../shared/model/annotation'
import type { ArticleSummary, ExtractedArticle } from '../../shared/model/article'
import type { ExportFormat, ImportResult, OriginalFile, ReextractResult } from '../../shared/model/import'
import { anchor, findFirst } from './anchoring/anchor'
import { describeRange } from './anchoring/selectors'
import { checkRestore, createDeletions } from './annotations/restore'
import { ServiceError, notFound } from './errors'
import { notesToJson } from './exporters/json'
import { notesToMarkdown } from './exporters/markdown'
import { listImportableFiles } from './folders'
import type { NotesDocument } from './exporters/notes'
import { EXTRACTOR_VERSION, ImportError, extractArticle } from './importers'
import { originalText, sha256Hex, type OriginalText } from './fileBytes'
import { readImportFile } from './readImportFile'
import { ANALYSIS_VERSION, analyzeText } from './analysis'
import * as analyses from './store/analyses'
import * as annotations from './store/annotations'
import * as articles from './store/articles'
import { type Db, openDb, transaction } from './store/db'

/**
 * The library: every operation the window, the CLI and the tests perform on the store, as plain
 * functions over plain data. Nothing here knows about Electron or IPC.
 */
export type Library = ReturnType<typeof createLibrary>

/** How much of an original's text "View original" shows (a few MB of source is plenty to check). */
const ORIGINAL_PREVIEW_CHARS = 2_000_000

/**
 * The longest text analysed. Analysis takes about 6 s per million characters on a busy 2-CPU
 * machine; past this it would run out of the worker's time at every open.
 */
export const ANALYSIS_MAX_CHARS = 2_000_000

const millions = (n: number): string => `${(n / 1_000_000).toFixed(1)} M`

export interface LibraryOptions {
  clock?: () => Date
  /** How files are read: in this thread by default; the app passes a worker pool. */
  extract?: (fileName: string, bytes: Uint8Array) => Promise<ExtractedArticle>
  /** How texts are analysed (`label` names the article): in this thread by default; the app passes a worker pool. */
  analyze?: (text: string, label: string) => Promise<Analysis>
  /** How files and texts are hashed, and originals decoded: likewise, seconds each on a 50 MB file. */
  hash?: (data: string | Uint8Array, label: string) => Promise<string>
  readOriginal?: (bytes: Uint8Array, maxChars: number, label: string) => Promise<OriginalText>
}

/** Progress of a folder import, reported after each file. */
export interface FolderProgress {
  done: number
  total: number
  /** The file being read next (relative to the folder), null at the end. */
  current: string | null
  failed: number
}

export function openLibrary(storeDir: string, options: LibraryOptions = {}): Library {
  return createLibrary(openDb(storeDir), options)
}

export function createLibrary(
  db: Db,
  {
    clock = () => new Date(),
    extract = extractArticle,
    analyze = async (text: string) => analyzeText(text),
    hash = async (data: string | Uint8Array) => sha256Hex(data),
    readOriginal = async (bytes: Uint8Array, maxChars: number) => originalText(bytes, maxChars),
  }: LibraryOptions = {},
) {
  const deletions = createDeletions()

  async function importBytes(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
    const file = basename(fileName)
    try {
      const sha256 = await hash(bytes, file)
      const existing = articles.findArticleIdBySha(db, sha256)
      if (existing) return { file, status: 'duplicate', id: existing.id, title: existing.title }
      const extracted = await extract(file, bytes)
      // Same URL, different bytes: a new capture of a page already here, kept as a new version.
      const earlier = extracted.url ? articles.findLatestByUrl(db, extracted.url) : undefined
      const id = transaction(db, () =>
        articles.insertArticle(
          db,
          {
            ...extracted,
            sha256,
            fileName: file,
            original: bytes,
            extractorVersion: EXTRACTOR_VERSION,
            previousVersionId: earlier?.id ?? null,
          },
          clock(),
        ),
      )
      return { file, status: 'imported', id, title: extracted.title ?? file, ...(earlier ? { versionOf: earlier.id } : {}) }
    } catch (error) {
      return { file, status: 'failed', id: null, title: null, error: importMessage(file, error) }
    }
  }

  async function importFile(path: string): Promise<ImportResult> {
    const file = basename(path)
    let bytes: Uint8Array
    try {
      bytes = readImportFile(path)
    } catch (error) {
      return { file, status: 'failed', id: null, title: null, error: importMessage(file, error) }
    }
    return importBytes(file, bytes)
  }

  /**
   * Imports every importable file under `folder`, one after another (each its own transaction),
   * reporting progress after each file. Stops between files when `signal` is aborted; what was
   * imported by then stays.
   */
  async function importFolder(
    folder: string,
    { onProgress, signal }: { onProgress?: (p: FolderProgress) => void; signal?: AbortSignal } = {},
  ): Promise<{ results: ImportResult[]; cancelled: boolean; truncated: boolean }> {
    let listing: { files: string[]; truncated: boolean }
    try {
      listing = listImportableFiles(folder)
    } catch (error) {
      throw new ServiceError('import-failed', `Could not read the folder “${basename(folder)}”: ${(error as Error).message}.`)
    }
    const { files, truncated } = listing
    const results: ImportResult[] = []
    let failed = 0
    for (const [i, path] of files.entries()) {
      onProgress?.({ done: i, total: files.length, current: relative(folder, path), failed })
      if (signal?.aborted) return { results, cancelled: true, truncated }
      const result = await importFile(path)
      if (result.status === 'failed') failed++
      // Let the event loop run between files (progress messages, a cancel request), even when
      // extraction happens in this thread.
      await new Promise((resolve) => setImmediate(resolve))
      results.push(result)
    }
    onProgress?.({ done: files.length, total: files.length, current: null, failed })
    return { results, cancelled: false, truncated }
  }

  function requireArticle(id: string) {
    const article = articles.getArticle(db, id)
    if (!article) throw notFound('article')
    return article
  }

  function requireAnnotation(id: string): Annotation {
    const annotation = annotations.getAnnotation(db, id)
    if (!annotation) throw notFound('annotation')
    return annotation
  }

  function createAnnotation(request: NewAnnotation): Annotation {
    const article = requireArticle(request.articleId)
    if (request.end > article.text.length) {
      throw new ServiceError('invalid-request', 'The selection is outside the article text.')
    }
    const now = clock().toISOString()
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      articleId: article.id,
      ...describeRange(article.text, request.start, request.end),
      note: request.note ?? '',
      tags: cleanTags(request.tags ?? []),
      color: request.color ?? 'yellow',
      createdAt: now,
      updatedAt: now,
    }
    annotations.putAnnotation(db, annotation)
    return annotation
  }

  function exportDocuments(ids: string[]): NotesDocument[] {
    return ids.map((id) => ({ article: requireArticle(id), annotations: annotations.listAnnotations(db, id) }))
  }

  return {
    importBytes,
    importFile,
    importFolder,

    list(): ArticleSummary[] {
      return articles.listArticles(db)
    },

    /** Opens an article and places each annotation on its current text. */
    open(id: string): OpenedArticle {
      const article = requireArticle(id)
      const placed = annotations.listAnnotations(db, id).map((a) => {
        const at = anchor(article.text, a)
        return at
          ? { ...a, position: { ...a.position, start: at.start, end: at.end }, anchored: true }
          : { ...a, anchored: false }
      })
      placed.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end)
      return { article, annotations: placed }
    },

    /** The original file, as text to show (never rendered), or a note that it is binary. */
    async original(id: string): Promise<OriginalFile> {
      const row = articles.getOriginalInfo(db, id)
      if (!row) throw notFound('article')
      const { text, truncated } = await readOriginal(row.original, ORIGINAL_PREVIEW_CHARS, row.fileName)
      return { fileName: row.fileName, format: row.format, bytes: row.original.byteLength, text, truncated }
    },

    /**
     * Extracts an article again from its original with the current extractor and moves its
     * annotations onto the new text. Annotations whose passage is gone are kept unchanged (they
     * show as not placed) and counted.
     */
    async reextract(id: string): Promise<ReextractResult> {
      const row = articles.getOriginalInfo(db, id)
      if (!row) throw notFound('article')
      let extracted: ExtractedArticle
      try {
        extracted = await extract(row.fileName, row.original)
      } catch (error) {
        throw new ServiceError('import-failed', importMessage(row.fileName, error))
      }
      return transaction(db, () => {
        articles.replaceExtraction(db, id, extracted, EXTRACTOR_VERSION)
        let placed = 0
        let unplaced = 0
        for (const a of annotations.listAnnotations(db, id)) {
          const at = anchor(extracted.text, a)
          if (!at) {
            unplaced++
            continue
          }
          placed++
          annotations.putAnnotation(db, { ...a, ...describeRange(extracted.text, at.start, at.end) })
        }
        return { placed, unplaced }
      })
    },

    /**
     * The article's claims, sources and quotes. Stored results are reused while they were made
     * by this engine version from this text; otherwise the analysis runs again and is stored.
     */
    async analysis(id: string): Promise<ArticleAnalysis> {
      const article = requireArticle(id)
      // Refused by its length, at once: it would only time out, at every open.
      if (article.text.length > ANALYSIS_MAX_CHARS) {
        throw new ServiceError(
          'invalid-request',
          `This article is too long to analyse (${millions(article.text.length)} characters; the limit is ${millions(ANALYSIS_MAX_CHARS)}).`,
        )
      }
      const textSha256 = await hash(article.text, article.fileName)
      const stored = analyses.getAnalysis(db, id)
      if (stored && stored.version === ANALYSIS_VERSION && stored.textSha256 === textSha256) {
        return { version: stored.version, ...stored.result }
      }
      const result = await analyze(article.text, article.fileName)
      // The article may have been deleted while the analysis ran.
      if (articles.getArticle(db, id)) analyses.putAnalysis(db, id, { version: ANALYSIS_VERSION, textSha256, result }, clock())
      return { version: ANALYSIS_VERSION, ...result }
    },

    deleteArticle(id: string): void {
      if (!articles.deleteArticle(db, id)) throw notFound('article')
    },

    setMemo(id: string, memo: string): void {
      if (!articles.setMemo(db, id, memo)) throw notFound('article')
    },

    createAnnotation,

    updateAnnotation(patch: AnnotationPatch): Annotation {
      const current = requireAnnotation(patch.id)
      const next: Annotation = {
        ...current,
        note: patch.note ?? current.note,
        tags: patch.tags ? cleanTags(patch.tags) : current.tags,
        color: patch.color ?? current.color,
        updatedAt: clock().toISOString(),
      }
      annotations.putAnnotation(db, next)
      return next
    },

    deleteAnnotation(id: string): Annotation {
      const current = requireAnnotation(id)
      annotations.deleteAnnotation(db, id)
      deletions.remember(current)
      return current
    },

    /** Puts back an annotation that was deleted (undo, redo), after checking it against its article. */
    restoreAnnotation(annotation: Annotation): Annotation {
      const { text } = requireArticle(annotation.articleId)
      checkRestore(annotation, { text, current: annotations.getAnnotation(db, annotation.id), deletions })
      annotations.putAnnotation(db, annotation)
      return annotation
    },

    /** Anchors a new annotation to the first occurrence of `quote` (exact, else fuzzy). */
    annotateQuote(
      articleId: string,
      quote: string,
      extra: { note?: string; tags?: string[]; color?: AnnotationColor } = {},
    ): Annotation {
      const article = requireArticle(articleId)
      const at = findFirst(article.text, quote)
      if (!at) throw new ServiceError('not-found', `The text “${quote}” was not found in “${article.title}”.`)
      return createAnnotation({ articleId, start: at.start, end: at.end, ...extra })
    },

    /** The notes of the given articles (all when `ids` is 'all'), rendered in `format`. */
    exportNotes(ids: string[] | 'all', format: ExportFormat): string {
      const docs = exportDocuments(ids === 'all' ? articles.listArticles(db).map((a) => a.id) : ids)
      return format === 'md' ? notesToMarkdown(docs, clock()) : notesToJson(docs, clock())
    },

    /** A file name to offer in the save dialog for an article's notes. */
    exportFileName(id: string, format: ExportFormat): string {
      const title = requireArticle(id).title
      // File names may not hold these characters on Windows, nor control characters anywhere.
      // eslint-disable-next-line no-control-regex
      const stem = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80)
      return `${stem || 'notes'} — notes.${format}`
    },

    close(): void {
      db.close()
    },
  }
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))]
}

function importMessage(file: string, error: unknown): string {
  if (error instanceof ImportError) return error.message
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return `Could not import “${file}”: the file no longer exists.`
  if (code === 'EACCES' || code === 'EPERM') return `Could not import “${file}”: Dossier is not allowed to read it.`
  return `Could not import “${file}”: ${(error as Error)?.message ?? 'an unexpected error occurred'}.`
}
