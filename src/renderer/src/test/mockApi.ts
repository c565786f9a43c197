import { vi } from 'vitest'
import type { Command } from '../../../shared/ipc/contract'
import type { Api } from '../lib/api'
import type { Annotation, AnchoredAnnotation } from '../../../shared/model/annotation'
import type { Article, ArticleSummary } from '../../../shared/model/article'
import type { ArticleAnalysis } from '../../../shared/ipc/contract'
import type { ArticleListRow } from '../../../shared/model/articleList'

/**
 * A stand-in for `lib/api.ts` in tests. Use with
 * `vi.mock('<path>/lib/api', async (orig) => ({ ...(await orig()), api: (await import('<path>/test/mockApi')).mockApi }))`.
 */
export const mockApi = {
  articles: {
    list: vi.fn(),
    open: vi.fn(),
    importDialog: vi.fn(),
    importFiles: vi.fn(),
    importSample: vi.fn(),
    importFolderDialog: vi.fn(),
    original: vi.fn(),
    reextract: vi.fn(),
    cancelImport: vi.fn(),
    delete: vi.fn(),
    setMemo: vi.fn(),
    listRows: vi.fn(),
    restore: vi.fn(),
    listChoices: vi.fn(),
  },
  analysis: { get: vi.fn() },
  annotations: {
    create: vi.fn(),
    update: vi.fn(),
    delete: vi.fn(),
    restore: vi.fn(),
    listFrom: vi.fn(),
    importDialog: vi.fn(),
    orphans: vi.fn(),
    deleteOrphan: vi.fn(),
  },
  search: { query: vi.fn() },
  notes: { export: vi.fn() },
  cases: {
    list: vi.fn(),
    create: vi.fn(),
    rename: vi.fn(),
    delete: vi.fn(),
    addArticles: vi.fn(),
    removeArticles: vi.fn(),
    restore: vi.fn(),
  },
  codes: {
    list: vi.fn(),
    create: vi.fn(),
    update: vi.fn(),
    move: vi.fn(),
    delete: vi.fn(),
    restore: vi.fn(),
    code: vi.fn(),
    uncode: vi.fn(),
    ofArticle: vi.fn(),
    passages: vi.fn(),
    counts: vi.fn(),
    cooccurrence: vi.fn(),
    suggest: vi.fn(),
  },
  verdicts: {
    ofClaim: vi.fn(),
    judge: vi.fn(),
    addEvidence: vi.fn(),
    removeEvidence: vi.fn(),
    link: vi.fn(),
    unlink: vi.fn(),
    board: vi.fn(),
    sameClaims: vi.fn(),
    ofArticle: vi.fn(),
  },
  tags: { list: vi.fn(), rename: vi.fn(), merge: vi.fn(), suggest: vi.fn(), restore: vi.fn() },
  export: { formats: vi.fn(), run: vi.fn(), cancel: vi.fn() },
  app: { about: vi.fn(), takeOpenedFiles: vi.fn() },
  settings: { libraryLocation: vi.fn(), moveLibrary: vi.fn() },
  onCommand: vi.fn((_listener: (command: Command) => void): (() => void) => () => {}),
} satisfies Record<keyof Api, unknown>

export function summary(over: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'a1',
    title: 'Port strike ends',
    publisher: 'The Courier',
    published: '2024-05-01T10:00:00Z',
    importedAt: '2024-05-02T10:00:00Z',
    fileName: 'strike.html',
    annotations: 0,
    ...over,
  }
}

/** The list's row for an article summary, as the list query would answer it. */
export function rowOf(a: ArticleSummary): ArticleListRow {
  const { id, title, publisher, published, importedAt, fileName, annotations } = a
  return { id, title, publisher, published, importedAt, fileName, format: 'html', notes: annotations, claimsChecked: 0 }
}

/** A library holding these articles: the list's rows and the article list both answer them. */
export function mockLibrary(articles: ArticleSummary[]): void {
  mockApi.articles.list.mockResolvedValue(articles)
  mockApi.articles.listRows.mockResolvedValue(articles.map(rowOf))
}

export function article(over: Partial<Article> = {}): Article {
  const text = 'Dockers return to work.\n\nTalks lasted a week.\n\nFirst point\n\nSecond point'
  return {
    ...summary(),
    format: 'html',
    byline: 'By Ana Ruiz',
    lang: 'en',
    url: null,
    sha256: 'x',
    capturedAt: null,
    documentDate: null,
    previousVersionId: null,
    extractorVersion: 1,
    text,
    blocks: [
      { type: 'heading', level: 1, start: 0, end: 23 },
      { type: 'paragraph', start: 25, end: 45 },
      { type: 'listItem', ordered: false, start: 47, end: 58 },
      { type: 'listItem', ordered: false, start: 60, end: 72 },
    ],
    memo: '',
    ...over,
  }
}

export function annotation(
  over: Partial<AnchoredAnnotation> = {},
  text = article().text,
): AnchoredAnnotation {
  const start = over.position?.start ?? 25
  const end = over.position?.end ?? 30
  return {
    id: 'n1',
    articleId: 'a1',
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
    note: '',
    tags: [],
    color: 'yellow',
    createdAt: '2024-05-03T10:00:00Z',
    updatedAt: '2024-05-03T10:00:00Z',
    anchored: true,
    ...over,
  }
}

/**
 * An analysis of `article().text`: two check-worthy claims and one that is not, a named and an
 * anonymous source, one quote, and an indirect attribution ("return to work", to the officials).
 */
export function analysis(over: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    version: 1,
    claims: [
      {
        id: 'c1',
        start: 0,
        end: 23,
        text: 'Dockers return to work.',
        score: 0.81,
        checkworthy: true,
        reasons: ['event', 'hedge:may'],
        sourceId: 's1',
      },
      {
        id: 'c2',
        start: 25,
        end: 45,
        text: 'Talks lasted a week.',
        score: 0.93,
        checkworthy: true,
        reasons: ['quantity', 'time', 'numbers:consistent 650 kilometers (400 miles)'],
        sourceId: null,
      },
      {
        id: 'c3',
        start: 47,
        end: 58,
        text: 'First point',
        score: 0.2,
        checkworthy: false,
        reasons: ['short'],
        sourceId: null,
      },
    ],
    sources: [
      { id: 's1', name: 'Dockers', kind: 'organization', role: 'the port workers', mentions: [{ start: 0, end: 7 }] },
      { id: 's2', name: 'Officials', kind: 'anonymous', role: null, mentions: [{ start: 31, end: 37 }, { start: 60, end: 66 }] },
    ],
    quotes: [
      { id: 'q1', start: 25, end: 37, text: 'Talks lasted', sourceId: 's1', speaker: { start: 0, end: 7 }, cue: null },
    ],
    attributions: [
      { id: 'a1', kind: 'indirect', start: 8, end: 22, sourceId: 's2', speaker: { start: 60, end: 66 }, cue: { start: 67, end: 72 } },
      { id: 'a2', kind: 'direct', start: 25, end: 37, sourceId: 's1', speaker: { start: 0, end: 7 }, cue: null },
    ],
    ...over,
  }
}

/** What main answers: an annotation without the renderer's `anchored` flag. */
export function stored(a: AnchoredAnnotation): Annotation {
  const { id, articleId, quote, position, note, tags, color, createdAt, updatedAt } = a
  return { id, articleId, quote, position, note, tags, color, createdAt, updatedAt }
}

export function resetMockApi(): void {
  for (const group of Object.values(mockApi)) {
    if (typeof group === 'function') group.mockReset()
    else for (const fn of Object.values(group)) fn.mockReset()
  }
  mockApi.onCommand.mockImplementation(() => () => {})
  // No file was opened from the OS unless a test says so.
  mockApi.app.takeOpenedFiles.mockResolvedValue([])
  mockApi.analysis.get.mockResolvedValue({ version: 1, claims: [], sources: [], quotes: [], attributions: [] })
  // Pending unless a test answers it: the list then shows the library store's articles.
  mockApi.articles.listRows.mockImplementation(() => new Promise(() => {}))
  mockApi.cases.list.mockResolvedValue({ cases: [], all: 0, unfiled: 0 })
  mockApi.codes.list.mockResolvedValue([])
  mockApi.codes.ofArticle.mockResolvedValue({})
  mockApi.codes.counts.mockResolvedValue([])
  mockApi.codes.cooccurrence.mockResolvedValue([])
  mockApi.codes.passages.mockResolvedValue([])
  mockApi.verdicts.ofArticle.mockResolvedValue([])
  mockApi.verdicts.board.mockResolvedValue([])
  mockApi.verdicts.sameClaims.mockResolvedValue([])
  mockApi.verdicts.ofClaim.mockResolvedValue(null)
  mockApi.tags.list.mockResolvedValue([])
  mockApi.tags.suggest.mockResolvedValue([])
  mockApi.export.formats.mockResolvedValue([])
}
