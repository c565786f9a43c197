import type { NotesDocument } from './notes'

export const JSON_EXPORT_VERSION = 1

/**
 * Renders notes as JSON: each article's metadata and provenance, and each annotation with its
 * W3C selectors (TextQuoteSelector and TextPositionSelector over the article's normalised text),
 * so another tool can place it again.
 */
export function notesToJson(docs: NotesDocument[], exportedAt = new Date()): string {
  const out = {
    dossierExport: JSON_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    articles: docs.map(articleToJson),
  }
  return JSON.stringify(out, null, 2) + '\n'
}

/** One article of the JSON export, as version 1 wrote it (the backup, version 2, adds to it). */
export function articleToJson({ article, annotations }: NotesDocument) {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    publisher: article.publisher,
    published: article.published,
    documentCreated: article.documentDate,
    lang: article.lang,
    url: article.url,
    fileName: article.fileName,
    sha256: article.sha256,
    capturedAt: article.capturedAt,
    importedAt: article.importedAt,
    memo: article.memo,
    annotations: annotations.map((a) => ({
      id: a.id,
      quote: a.quote.exact,
      note: a.note,
      tags: a.tags,
      color: a.color,
      created: a.createdAt,
      modified: a.updatedAt,
      target: { source: article.id, selector: [a.quote, a.position] },
    })),
  }
}
