import type { CsvRows, ExportScope } from '../../../../../shared/model/export'
import type { ExportState, ScopeKind } from './state'

/** The scopes the dialog can offer now: "this article" needs one open, "the listed articles" a list. */
export function availableScopes({ context }: Pick<ExportState, 'context'>): ScopeKind[] {
  const kinds: ScopeKind[] = []
  if (context.articleId) kinds.push('article')
  if (context.listedIds.length > 0) kinds.push('listed')
  kinds.push('case', 'code', 'library')
  return kinds
}

/** The scope to start on: what is on screen (the open article, else the case shown), else the last one used. */
export function defaultScope(context: ExportState['context'], remembered: ScopeKind | undefined): ScopeKind {
  if (context.articleId) return 'article'
  if (context.caseId) return 'case'
  if (remembered && availableScopes({ context }).includes(remembered) && remembered !== 'article') return remembered
  return 'library'
}

/** The request's scope, or null while a case or code is still to be picked. */
export function requestScope(state: Pick<ExportState, 'scope' | 'context' | 'caseId' | 'codeId'>): ExportScope | null {
  switch (state.scope) {
    case 'article':
      return state.context.articleId ? { kind: 'articles', ids: [state.context.articleId] } : null
    case 'listed':
      return state.context.listedIds.length ? { kind: 'articles', ids: state.context.listedIds } : null
    case 'case':
      return state.caseId ? { kind: 'case', caseId: state.caseId } : null
    case 'code':
      return state.codeId ? { kind: 'code', codeId: state.codeId } : null
    case 'library':
      return { kind: 'library' }
  }
}

/** What each format is for, in a line; formats added to main's table later show their label alone. */
export const FORMAT_PURPOSES: Record<string, string> = {
  md: 'Notes for Obsidian and other Markdown tools — one note per article, with an index',
  json: 'Articles, highlights and notes with their W3C selectors — for other programs and for backup',
  jsonld: 'W3C Web Annotations — highlights any annotation tool can read',
  csv: 'A table of highlights, claims or sources — for spreadsheets and statistics',
  qdpx: 'REFI-QDA project — for NVivo, ATLAS.ti, MAXQDA',
  qdc: 'REFI-QDA codebook — the codes alone, for NVivo, ATLAS.ti, MAXQDA',
  html: 'A report to read in a browser or print',
  pdf: 'A report to print or send',
  claimreview: 'ClaimReview — verdicts as fact-checks search engines read',
}

/** What a CSV's rows can stand for, as the dialog offers them. */
export const CSV_ROW_CHOICES: Record<CsvRows, { label: string; purpose: string }> = {
  annotations: { label: 'Highlights', purpose: 'One row per highlight, with its note, tags and codes' },
  claims: {
    label: 'Claims',
    purpose: 'One row per claim: the judged ones with their verdicts, and the check-worthy ones not judged yet',
  },
  sources: { label: 'Sources', purpose: 'One row per source of each article’s ledger, with its mentions' },
}
