import type { ExportFormat } from '../../../shared/model/import'
import { requireArticle } from '../articles/read'
import type { Clock } from '../runners'
import * as annotations from '../store/annotations'
import * as articles from '../store/articles'
import type { Db } from '../store/db'
import { codePathsReader } from './codePaths'
import { notesToJson } from './json'
import { notesToMarkdown } from './markdown'
import type { NotesDocument } from './notes'
import { mapArticles } from './progress'
import type { ExportRunOptions } from './registry'

/** The notes of the given articles (all when `ids` is 'all'), rendered in `format`. */
export function exportNotes(
  { db, clock }: { db: Db; clock: Clock },
  ids: string[] | 'all',
  format: ExportFormat,
): string {
  const chosen = ids === 'all' ? articles.listArticles(db).map((a) => a.id) : ids
  const codePaths = codePathsReader(db)
  const docs: NotesDocument[] = chosen.map((id) => ({
    article: requireArticle(db, id),
    annotations: annotations.listAnnotations(db, id),
    codePaths: codePaths(id),
  }))
  return format === 'md' ? notesToMarkdown(docs, clock()) : notesToJson(docs, clock())
}

/** Each article's notes, in the order given, reporting progress and stopping when cancelled. */
export function notesDocuments(
  { db }: { db: Db },
  ids: string[],
  options: ExportRunOptions = {},
): Promise<NotesDocument[]> {
  const codePaths = codePathsReader(db)
  return mapArticles(ids, options, (id) => ({
    article: requireArticle(db, id),
    annotations: annotations.listAnnotations(db, id),
    codePaths: codePaths(id),
  }))
}

/** A file name to offer in the save dialog for an article's notes. */
export function exportFileName({ db }: { db: Db }, id: string, format: ExportFormat): string {
  return `${safeFileStem(requireArticle(db, id).title, 'notes')} — notes.${format}`
}

/** A title as a file name stem: no characters file systems refuse, at most 80 characters, `fallback` when nothing is left. */
export function safeFileStem(title: string, fallback: string): string {
  // File names may not hold these characters on Windows, nor control characters anywhere; nor may
  // Obsidian's link targets hold [ ] # ^ (a note so named could not be linked to).
  const stem = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|[\]#^\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return stem || fallback
}
