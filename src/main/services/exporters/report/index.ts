import type { Library } from '../../library'
import { gatherArticles } from '../exportData'
import type { ExportRunOptions } from '../registry'
import type { ExportSelection } from '../scope'
import { reportHtml } from './html'

/** What the report's title names, from how the selection was made. */
function scopeName(selection: ExportSelection): string {
  if (selection.caseId) return 'Case'
  if (selection.codeId) return 'Code'
  return selection.articleIds.length === 1 ? 'Article' : 'Articles'
}

/** The HTML report of a selection: an article, a case, a code's articles or the library. */
export async function reportOf(
  library: Library,
  selection: ExportSelection,
  options?: ExportRunOptions,
): Promise<string> {
  const records = await gatherArticles(library, selection, options, true)
  return reportHtml(records, {
    title: selection.title,
    scope: scopeName(selection),
    generatedAt: library.clock(),
  })
}
