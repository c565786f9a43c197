import type { Analysis } from '../model/analysis'
import type { AboutInfo, LibraryLocation } from '../model/app'
import type {
  Annotation,
  AnchoredAnnotation,
  AnnotationColor,
  AnnotationImportSummary,
  OrphanAnnotation,
} from '../model/annotation'
import type { Article, ArticleSummary } from '../model/article'
import type { ArticleListChoices, ArticleListQuery, ArticleListRow } from '../model/articleList'
import type { Case, DeletedCase } from '../model/case'
import type {
  Code,
  CodeArticleCount,
  CodebookEntry,
  CodedPassage,
  CodePair,
  DeletedCode,
} from '../model/codebook'
import type { ExportFormatInfo, ExportOutcome, ExportRequest } from '../model/export'
import type { ExportFormat, ImportResult, OriginalFile, ReextractResult } from '../model/import'
import type { SearchHit } from '../model/search'
import type {
  BoardClaim,
  ClaimRef,
  Evidence,
  EvidenceInput,
  SameClaim,
  Verdict,
  VerdictRating,
  VerdictStatus,
} from '../model/verdict'
import type { NoteTags, TagCount } from '../model/tags'
import type { IpcResult } from './result'

/**
 * The IPC contract: every channel the renderer may invoke, with its request and response.
 * The single source of truth — the preload, the main-process handlers, the zod schemas and the
 * web test bridge are all checked against this map.
 */
export interface Contract {
  'articles:list': { request: void; response: ArticleSummary[] }
  /**
   * With `annotationsBefore`, only the annotations placed before that offset come with the article (a
   * long article's first screens); `annotations:listFrom` brings the rest.
   */
  'articles:open': { request: { id: string; annotationsBefore?: number }; response: OpenedArticle }
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
  /** An article's annotations placed at or after an offset: the part `articles:open` left out. */
  'annotations:listFrom': { request: { articleId: string; from: number }; response: AnchoredAnnotation[] }
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
  /** The whole codebook in tree order, with how many passages and articles each code codes. */
  'codes:list': { request: void; response: CodebookEntry[] }
  'codes:create': { request: NewCodeRequest; response: Code }
  /** Renames, recolours or describes a code. */
  'codes:update': { request: CodeUpdate; response: Code }
  /** Moves a code (with its children) under another, or to the top level when `parentId` is left out. */
  'codes:move': { request: CodeMove; response: Code }
  /** Deletes a code (its children move up); answers what an undo needs to put it back. */
  'codes:delete': { request: { id: string }; response: DeletedCode }
  /** Puts a deleted code back as it was (undo of a delete). */
  'codes:restore': { request: { deleted: DeletedCode }; response: Code }
  /** Codes a highlight with a code, at `index` among its codes; answers the highlight's codes. */
  'codes:code': { request: { annotationId: string; codeId: string; index?: number }; response: Code[] }
  /** Takes a code off a highlight; answers the highlight's codes. */
  'codes:uncode': { request: { annotationId: string; codeId: string }; response: Code[] }
  /** The code ids of every coded highlight of an article, by highlight id. */
  'codes:ofArticle': { request: { articleId: string }; response: Record<string, string[]> }
  /** Every passage coded with the code (and the codes under it when asked) across the library. */
  'codes:passages': { request: { id: string; includeChildren?: boolean }; response: CodedPassage[] }
  /** How many highlights each code codes in each article. */
  'codes:counts': { request: void; response: CodeArticleCount[] }
  /** Pairs of codes applied to the same highlights. */
  'codes:cooccurrence': { request: void; response: CodePair[] }
  /** Codes whose name starts with (then contains) the typed text, for the "code this passage as…" box. */
  'codes:suggest': { request: { prefix: string; limit?: number }; response: CodebookEntry[] }
  /** The verdict covering the claim at this span, or null when it has none. */
  'verdicts:ofClaim': { request: { claim: ClaimRef }; response: Verdict | null }
  /**
   * Creates or changes the claim's verdict (for every claim linked to it) to the judgement sent, whole; main signs
   * it with the OS user's name.
   */
  'verdicts:judge': { request: Judgement; response: Verdict }
  'verdicts:addEvidence': { request: { verdictId: string; evidence: EvidenceInput }; response: Evidence }
  'verdicts:removeEvidence': { request: { id: string }; response: void }
  /** Links another claim to the verdict, so that one verdict covers both. */
  'verdicts:link': { request: { verdictId: string; claim: ClaimRef }; response: Verdict }
  /** Takes the claim out of its verdict (the verdict goes with its last claim). */
  'verdicts:unlink': { request: { claim: ClaimRef }; response: void }
  /** The Claims board: judged claims of the library or of a case, by status and rating. */
  'verdicts:board': { request: BoardRequest; response: BoardClaim[] }
  /** Sentences of other articles that closely match the claim. */
  'verdicts:sameClaims': { request: { claim: ClaimRef }; response: SameClaim[] }
  /** The judged claims of one article, so that the reader can mark them. */
  'verdicts:ofArticle': { request: { articleId: string }; response: BoardClaim[] }
  /** Puts back an article deleted from the window (undo), with everything that went with it. */
  'articles:restore': { request: { id: string }; response: void }
  /** The values the list's filters can take (publishers, tags, codes, verdicts), each with its count. */
  'articles:listChoices': { request: void; response: ArticleListChoices }
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
  /**
   * Asks for a W3C Web Annotation or Hypothesis file and imports its annotations onto the library's articles;
   * null when the dialog was cancelled.
   */
  'annotations:importDialog': { request: void; response: AnnotationImportSummary | null }
  /** Imported annotations that fit no article yet ("Unplaced annotations"), the latest import first. */
  'annotations:orphans': { request: void; response: OrphanAnnotation[] }
  /** Deletes one unplaced annotation for good. */
  'annotations:deleteOrphan': { request: { id: string }; response: void }
  /** The formats the Export dialog may offer: those the export table has a writer for. */
  'export:formats': { request: void; response: ExportFormatInfo[] }
  /**
   * Checks the request, shows the OS save dialog (a folder dialog for Markdown notes of several articles)
   * and writes the export atomically, sending `export-progress` events. Null when the dialog is cancelled.
   */
  'export:run': { request: ExportRequest; response: ExportOutcome | null }
  /** Stops a running export between articles; nothing of it is written. */
  'export:cancel': { request: void; response: void }
  /** Version, library folder and the licences of the libraries the app carries (Help → About Dossier). */
  'app:about': { request: void; response: AboutInfo }
  /**
   * The files the OS asked Dossier to open (double-click, "Open with", a second launch), imported since the
   * window last asked; main sends a `files-opened` event when there are new ones.
   */
  'app:takeOpenedFiles': { request: void; response: ImportResult[] }
  /** Where the library is kept (Settings → Library location). */
  'settings:libraryLocation': { request: void; response: LibraryLocation }
  /**
   * Shows the OS folder dialog and moves the library there: copied, checked, then switched, the old copy
   * removed last. Null when the dialog is cancelled.
   */
  'settings:moveLibrary': { request: void; response: LibraryLocation | null }
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
export type AppEvent =
  | {
      type: 'import-progress'
      done: number
      total: number
      current: string | null
      failed: number
    }
  | { type: 'export-progress'; done: number; total: number }
  /** Files the OS asked Dossier to open were imported: the window takes them with `app:takeOpenedFiles`. */
  | { type: 'files-opened' }
export const EVENT_CHANNEL = 'app:event'

/** An analysis with the engine version that produced it. */
export interface ArticleAnalysis extends Analysis {
  version: number
}

export interface OpenedArticle {
  article: Article
  annotations: AnchoredAnnotation[]
  /** How many annotations were left for `annotations:listFrom` (an open with `annotationsBefore`). */
  later?: number
}

export interface DroppedFile {
  name: string
  bytes: Uint8Array
}

/** A list query as the window sends it: always with its order; `limit` asks for the first rows only. */
export type ArticleRowsRequest = ArticleListQuery &
  Required<Pick<ArticleListQuery, 'sort' | 'direction'>> & { limit?: number }

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
  /**
   * Chosen by the window (a random UUID) so that it can draw the highlight before main answers; main
   * refuses one that an annotation already has. Main chooses when it is left out.
   */
  id?: string
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

export interface NewCodeRequest {
  name: string
  color?: AnnotationColor
  description?: string
  parentId?: string
}

export interface CodeUpdate {
  id: string
  name?: string
  color?: AnnotationColor
  description?: string
}

export interface CodeMove {
  id: string
  /** The new parent; left out, the top level. */
  parentId?: string
  /** The place among the new siblings; left out, the end. */
  index?: number
}

/** A claim's whole judgement, as the verdict editor sends it. */
export interface Judgement {
  claim: ClaimRef
  status: VerdictStatus
  rating: VerdictRating | null
  conclusion: string
}

/** The Claims board's question: the whole library or one case, and optionally one status and one rating. */
export interface BoardRequest {
  scope: { kind: 'library' } | { kind: 'case'; caseId: string }
  status?: VerdictStatus
  rating?: VerdictRating
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
  'annotations:listFrom',
  'search:query',
  'notes:export',
  'articles:listRows',
  'cases:list',
  'cases:create',
  'cases:rename',
  'cases:delete',
  'cases:addArticles',
  'cases:removeArticles',
  'codes:list',
  'codes:create',
  'codes:update',
  'codes:move',
  'codes:delete',
  'codes:restore',
  'codes:code',
  'codes:uncode',
  'codes:ofArticle',
  'codes:passages',
  'codes:counts',
  'codes:cooccurrence',
  'codes:suggest',
  'verdicts:ofClaim',
  'verdicts:judge',
  'verdicts:addEvidence',
  'verdicts:removeEvidence',
  'verdicts:link',
  'verdicts:unlink',
  'verdicts:board',
  'verdicts:sameClaims',
  'verdicts:ofArticle',
  'articles:restore',
  'articles:listChoices',
  'cases:restore',
  'tags:list',
  'tags:rename',
  'tags:merge',
  'tags:suggest',
  'tags:restore',
  'annotations:importDialog',
  'annotations:orphans',
  'annotations:deleteOrphan',
  'export:formats',
  'export:run',
  'export:cancel',
  'app:about',
  'app:takeOpenedFiles',
  'settings:libraryLocation',
  'settings:moveLibrary',
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
  'import-annotations',
  'unplaced-annotations',
  'export',
  'about',
  'settings',
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
