import type { AnnotationImportSummary } from '../../../../../shared/model/annotation'
import type { ArticleSummary } from '../../../../../shared/model/article'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import type { FolderImportSummary } from '../../../../../shared/ipc/contract'
import type { ImportResult } from '../../../../../shared/model/import'

function dateValue(value: string | null): number {
  const time = value ? Date.parse(value) : NaN
  return Number.isNaN(time) ? -Infinity : time
}

/** A row of the list as the article it stands for (its notes are the article's annotations). */
export function rowSummary(row: ArticleListRow): ArticleSummary {
  const { id, title, publisher, published, importedAt, fileName, notes } = row
  return { id, title, publisher, published, importedAt, fileName, annotations: notes }
}

/** Newest first: by published date where known, else by when it was imported. */
export function sortArticles(articles: ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort(
    (a, b) =>
      dateValue(b.published ?? b.importedAt) - dateValue(a.published ?? a.importedAt) ||
      dateValue(b.importedAt) - dateValue(a.importedAt) ||
      a.title.localeCompare(b.title),
  )
}

/** The articles the list shows: newest first, narrowed by the filter (title or publisher). */
export function visibleArticles(articles: ArticleSummary[], filter: string): ArticleSummary[] {
  return matchingArticles(sortArticles(articles), filter)
}

/** The articles whose title or publisher holds every word of the filter, in the order given. */
export function matchingArticles<T extends { title: string; publisher: string | null }>(articles: T[], filter: string): T[] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return articles
  return articles.filter((a) => {
    const haystack = `${a.title} ${a.publisher ?? ''}`.toLocaleLowerCase()
    return words.every((w) => haystack.includes(w))
  })
}

/** The lines the status area shows after an import. */
export function importMessages(results: ImportResult[]): { messages: string[]; alerts: string[] } {
  const messages: string[] = []
  const alerts: string[] = []
  for (const r of results) {
    if (r.status === 'imported' && r.versionOf)
      messages.push(`Imported “${r.title ?? r.file}” as a newer capture of a page already in your library`)
    else if (r.status === 'imported') messages.push(r.summary ?? `Imported “${r.title ?? r.file}”`)
    else if (r.status === 'duplicate') messages.push(`“${r.file}” is already in your library`)
    else alerts.push(r.error ?? `“${r.file}” could not be imported.`)
    if (r.placedOrphans) messages.push(placedOrphansMessage(r.placedOrphans, r.title ?? r.file))
  }
  return { messages, alerts }
}

/** Annotations imported earlier, fitting no article then, that an article just imported now holds. */
function placedOrphansMessage(n: number, title: string): string {
  const what = n === 1 ? '1 unplaced annotation fits' : `${n} unplaced annotations fit`
  return `${what} “${title}” and ${n === 1 ? 'was' : 'were'} placed on it`
}

/** The article to open after an import: the first one imported, else the first duplicate. */
export function articleToOpen(results: ImportResult[]): string | null {
  const pick = (status: ImportResult['status']) => results.find((r) => r.status === status && r.id)?.id
  return pick('imported') ?? pick('duplicate') ?? null
}

/** The one-line summary of a folder import. */
export function folderSummaryMessage(summary: FolderImportSummary): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  const imported = summary.results.filter((r) => r.status === 'imported').length
  const duplicates = summary.results.filter((r) => r.status === 'duplicate').length
  const failed = summary.results.filter((r) => r.status === 'failed').length
  const parts = [`imported ${count(imported, 'article')}`]
  if (duplicates) parts.push(`${count(duplicates, 'file')} already in the library`)
  if (failed) parts.push(`${count(failed, 'file')} failed`)
  const head = summary.cancelled ? 'Folder import cancelled' : 'Folder import finished'
  const tail = summary.truncated ? ' The folder holds more files than one import takes; import its subfolders separately.' : ''
  if (summary.results.length === 0 && !summary.cancelled) return `No files Dossier can import were found in “${summary.folder}”.`
  return `${head}: ${parts.join(', ')}.${tail}`
}

/**
 * The status line after importing annotations: how many were placed and how many verdicts restored, how many are
 * kept without a passage, and how many verdicts were left out for want of their claim.
 */
export function annotationImportMessage({ anchored, orphaned, verdicts, verdictsLeftOut }: AnnotationImportSummary): string {
  const restored = verdicts ? `, ${verdicts} ${verdicts === 1 ? 'verdict' : 'verdicts'} restored` : ''
  const placed = `${anchored} ${anchored === 1 ? 'annotation' : 'annotations'} imported${restored}`
  const kept: string[] = []
  if (orphaned)
    kept.push(`${orphaned} could not be placed on a passage and ${orphaned === 1 ? 'is' : 'are'} kept as orphaned`)
  if (verdictsLeftOut)
    kept.push(
      verdictsLeftOut === 1
        ? '1 verdict was left out: its claim is in no article of your library'
        : `${verdictsLeftOut} verdicts were left out: their claims are in no article of your library`,
    )
  return kept.length ? `${placed}; ${kept.join('; ')}.` : `${placed}.`
}
