import type { Analysis } from '../model/analysis'
import type { Annotation, AnchoredAnnotation, AnnotationColor } from '../model/annotation'
import type { Article, ArticleSummary } from '../model/article'
import type { ArticleListQuery, ArticleListRow } from '../model/articleList'
import type { Case, DeletedCase } from '../model/case'
import type { ExportFormat, ImportResult, OriginalFile, ReextractResult } from '../model/import'
import type { SearchHit } from '../model/search'
import type { NoteTags, TagCount } from '../model/tags'
import type { IpcResult } from './result'

/**
 * The IPC contract: every channel the renderer may invoke, with its request and response.
 * The single source of truth — the preload, the main-process handlers, the zod schemas and the
 * web test bridge are all checked against this map.
 */
export interface Contract {
  'articles:list': { request: void; response: ArticleSummary[] }
  'articles:open': { request: { id: string }; response: OpenedArticle }
  /** Shows the OS open dialog (multi-select) in main and imports what the user picked. */
  'articles:importDialog': { request: void; response: ImportResult[] }
  /** Imports files dropped on the window, sent as bytes (the renderer never names paths). */
  'articles:importFiles': { request: { files: DroppedFile[] }; response: ImportResult[] }
  'articles:importSample': { request: void; response: ImportResult }
  /**
   * Shows the OS folder dialog and imports every importable file inside it, recursively,
   * sending `import-progress` events as it goes. Null when the dialog is cancelled.
   */
  'articles:importFolderDialog': { request: void; response: FolderImportSummary | null }
  /** Stops a running folder import after the file being read; what was imported stays. */
  'articles:cancelImport': { request: void; response: void }
  'articles:delete': { request: { id: string }; response: void }
  /** The original file as text to show (never rendered as a page), for "View original". */
  'articles:original': { request: { id: string }; response: OriginalFile }
  /** Extracts the article again with the current extractor, keeping its annotations. */
  'articles:reextract': { request: { id: string }; response: ReextractResult }
  'articles:setMemo': { request: { id: string; memo: string }; response: void }
  /** The article's claims, sources and quotes (computed off the main thread, then kept). */
  'analysis:get': { request: { articleId: string }; response: ArticleAnalysis }
  'annotations:create': { request: NewAnnotation; response: Annotation }
  'annotations:update': { request: AnnotationPatch; response: Annotation }
  /** Answers the deleted annotation, so that the renderer can undo the deletion. */
  'annotations:delete': { request: { id: string }; response: Annotation }
  /** Puts back an annotation exactly as it was (undo of a delete). */
  'annotations:restore': { request: { annotation: Annotation }; response: Annotation }
  /** Full-text search over the library, best first; a query the search cannot take gets a readable error. */
  'search:query': { request: SearchRequest; response: SearchHit[] }
  /** Shows the OS save dialog in main and writes the article's notes; null when cancelled. */
  'notes:export': { request: { articleId: string; format: ExportFormat }; response: { path: string } | null }
  /** The library list, sorted and filtered (by case, unfiled, publisher, tag, notes). */
  'articles:listRows': { request: ArticleRowsRequest; response: ArticleListRow[] }
  /** Every case with its number of articles, and the counts beside "All articles" and "Unfiled". */
  'cases:list': { request: void; response: CaseOverview }
  'cases:create': { request: { name: string }; response: Case }
  'cases:rename': { request: { id: string; name: string }; response: Case }
  /** Deletes the case, never its articles; answers the deleted case with its articles (for undo). */
  'cases:delete': { request: { id: string }; response: DeletedCase }
  /** Puts articles in a case; answers how many were not in it already. */
  'cases:addArticles': { request: CaseArticles; response: number }
  /** Takes articles out of a case (they stay in the library); answers how many were in it. */
  'cases:removeArticles': { request: CaseArticles; response: number }
  /** Puts back a case as `cases:delete` answered it, with those of its articles still in the library (undo). */
  'cases:restore': { request: { deleted: DeletedCase }; response: Case }
  /** Every tag of the library with how many notes and articles carry it. */
  'tags:list': { request: void; response: TagCount[] }
  /** Renames a tag on every note (onto an existing tag, merges them); answers the notes as they were, for undo. */
  'tags:rename': { request: { from: string; to: string }; response: NoteTags[] }
  /** Merges several tags into one name on every note; answers the notes as they were, for undo. */
  'tags:merge': { request: { from: string[]; to: string }; response: NoteTags[] }
  /** Tags for the note editor's autocomplete, those starting with what is typed first. */
  'tags:suggest': { request: { prefix: string; limit?: number }; response: string[] }
  /** Puts notes' tags back as a rename or merge answered them (undo); answers how many changed. */
  'tags:restore': { request: { notes: NoteTags[] }; response: number }
}

export type Channel = keyof Contract
export type RequestOf<C extends Channel> = Contract[C]['request']
export type ResponseOf<C extends Channel> = Contract[C]['response']

export interface FolderImportSummary {
  folder: string
  results: ImportResult[]
  cancelled: boolean
  /** The folder held more files than one import takes; the rest were left. */
  truncated: boolean
}

/** Events main sends to the renderer while work goes on. */
export type AppEvent = {
  type: 'import-progress'
  done: number
  total: number
  current: string | null
  failed: number
}
export const EVENT_CHANNEL = 'app:event'

/** An analysis with the engine version that produced it. */
export interface ArticleAnalysis extends Analysis {
  version: number
}

export interface OpenedArticle {
  article: Article
  annotations: AnchoredAnnotation[]
}

export interface DroppedFile {
  name: string
  bytes: Uint8Array
}

/** A list query as the window sends it: always with its order. */
export type ArticleRowsRequest = ArticleListQuery & Required<Pick<ArticleListQuery, 'sort' | 'direction'>>

export interface CaseOverview {
  cases: Case[]
  /** How many articles the library holds ("All articles"). */
  all: number
  /** How many are in no case ("Unfiled"). */
  unfiled: number
}

export interface CaseArticles {
  caseId: string
  articleIds: string[]
}

export interface NewAnnotation {
  articleId: string
  start: number
  end: number
  note?: string
  tags?: string[]
  color?: AnnotationColor
}

export interface SearchRequest {
  query: string
  /** Most hits to answer, 1 to 500 (the search's own default when left out). */
  limit?: number
}

export interface AnnotationPatch {
  id: string
  note?: string
  tags?: string[]
  color?: AnnotationColor
}

/**
 * Every channel, listed once at run time. `satisfies` makes the compiler reject a list that
 * misses a channel of the contract or names one that is not in it.
 */
export const CHANNELS = [
  'articles:list',
  'articles:open',
  'articles:importDialog',
  'articles:importFiles',
  'articles:importSample',
  'articles:importFolderDialog',
  'articles:cancelImport',
  'articles:delete',
  'articles:original',
  'articles:reextract',
  'articles:setMemo',
  'analysis:get',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'search:query',
  'notes:export',
  'articles:listRows',
  'cases:list',
  'cases:create',
  'cases:rename',
  'cases:delete',
  'cases:addArticles',
  'cases:removeArticles',
  'cases:restore',
  'tags:list',
  'tags:rename',
  'tags:merge',
  'tags:suggest',
  'tags:restore',
] as const satisfies readonly Channel[]

type MissingChannels = Exclude<Channel, (typeof CHANNELS)[number]>
// Fails to compile when a channel is added to Contract but not to CHANNELS.
const everyChannelListed: MissingChannels extends never ? true : MissingChannels = true
void everyChannelListed

/** Commands main sends to the renderer (menu items, a second launch's files). */
export const COMMANDS = [
  'import',
  'import-folder',
  'export-md',
  'export-json',
  'undo',
  'redo',
  'refresh',
  'find',
  'find-next',
  'find-previous',
  'search-library',
  'toggle-library',
  'toggle-side',
  'focus-mode',
  'shortcuts',
  'palette',
] as const
export type Command = (typeof COMMANDS)[number]
export const COMMAND_CHANNEL = 'app:command'

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never
type Action<C extends string, D extends string> = C extends `${D}:${infer A}` ? A : never

/** One function per channel, grouped by domain: `articles:list` becomes `api.articles.list()`. */
export type InvokeApi = {
  [D in Domain<Channel>]: {
    [A in Action<Channel, D>]: `${D}:${A}` extends infer C extends Channel
      ? RequestOf<C> extends void
        ? () => Promise<IpcResult<ResponseOf<C>>>
        : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
      : never
  }
}

/** What the preload exposes as `window.dossier`. */
export interface DossierBridge extends InvokeApi {
  /** Subscribes to commands from the menu; returns the unsubscribe function. */
  onCommand(listener: (command: Command) => void): () => void
  /** Subscribes to progress events from main; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void
}

/** Splits `domain:action` into its parts (used by the preload and the web bridge). */
export function splitChannel(channel: Channel): [string, string] {
  const i = channel.indexOf(':')
  return [channel.slice(0, i), channel.slice(i + 1)]
}
