import type { ExportFormat } from '../../../shared/model/import'
import { requireArticle } from '../articles/read'
import type { Clock } from '../runners'
import * as annotations from '../store/annotations'
import * as articles from '../store/articles'
import type { Db } from '../store/db'
import { notesToJson } from './json'
import { notesToMarkdown } from './markdown'
import type { NotesDocument } from './notes'

/** The notes of the given articles (all when `ids` is 'all'), rendered in `format`. */
export function exportNotes(
  { db, clock }: { db: Db; clock: Clock },
  ids: string[] | 'all',
  format: ExportFormat,
): string {
  const chosen = ids === 'all' ? articles.listArticles(db).map((a) => a.id) : ids
  const docs: NotesDocument[] = chosen.map((id) => ({
    article: requireArticle(db, id),
    annotations: annotations.listAnnotations(db, id),
  }))
  return format === 'md' ? notesToMarkdown(docs, clock()) : notesToJson(docs, clock())
}

/** A file name to offer in the save dialog for an article's notes. */
export function exportFileName({ db }: { db: Db }, id: string, format: ExportFormat): string {
  const title = requireArticle(db, id).title
  // File names may not hold these characters on Windows, nor control characters anywhere.
  const stem = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return `${stem || 'notes'} — notes.${format}`
}
