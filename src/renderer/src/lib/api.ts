import type {
  AnnotationPatch,
  AppEvent,
  ArticleAnalysis,
  ArticleRowsRequest,
  BoardRequest,
  CaseOverview,
  CodeMove,
  CodeUpdate,
  FolderImportSummary,
  Command,
  DossierBridge,
  DroppedFile,
  Judgement,
  NewAnnotation,
  NewCodeRequest,
  OpenedArticle,
} from '../../../shared/ipc/contract'
import type { ErrorCode, IpcResult } from '../../../shared/ipc/result'
import type { AnchoredAnnotation, Annotation, AnnotationImportSummary, OrphanAnnotation } from '../../../shared/model/annotation'
import type { AboutInfo, LibraryLocation } from '../../../shared/model/app'
import type { ArticleSummary } from '../../../shared/model/article'
import type { ArticleListChoices, ArticleListRow } from '../../../shared/model/articleList'
import type { Case, DeletedCase } from '../../../shared/model/case'
import type {
  Code,
  CodeArticleCount,
  CodebookEntry,
  CodedPassage,
  CodePair,
  DeletedCode,
} from '../../../shared/model/codebook'
import type { ExportFormatInfo, ExportOutcome, ExportRequest } from '../../../shared/model/export'
import type { ExportFormat, ImportResult, OriginalFile, ReextractResult } from '../../../shared/model/import'
import type { SearchHit } from '../../../shared/model/search'
import { NOTES_PER_RESTORE, type NoteTags, type TagCount } from '../../../shared/model/tags'
import type {
  BoardClaim,
  ClaimRef,
  Evidence,
  EvidenceInput,
  SameClaim,
  Verdict,
} from '../../../shared/model/verdict'

declare global {
  interface Window {
    /** Exposed by the preload (or the web test bridge); read only in this module. */
    dossier?: DossierBridge
  }
}

/** A failed call: `message` is written for the person using the app and is shown as it is. */
export class ApiError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

const UNREACHABLE = 'Dossier could not reach its background process. Please restart the app.'

async function invoke<T>(call: (bridge: DossierBridge) => Promise<IpcResult<T>>): Promise<T> {
  const bridge = window.dossier
  if (!bridge) throw new ApiError('internal', UNREACHABLE)
  let result: IpcResult<T>
  try {
    result = await call(bridge)
  } catch {
    // A rejected invoke means the channel itself broke; its raw text is not meant for the user.
    throw new ApiError('internal', UNREACHABLE)
  }
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message)
}

/** The renderer's only way to the main process: each call answers its value or throws an ApiError. */
export const api = {
  articles: {
    list: (): Promise<ArticleSummary[]> => invoke((b) => b.articles.list()),
    /** With `annotationsBefore`, the annotations from that offset on are left for `annotations.listFrom`. */
    open: (id: string, annotationsBefore?: number): Promise<OpenedArticle> =>
      invoke((b) => b.articles.open(annotationsBefore === undefined ? { id } : { id, annotationsBefore })),
    importDialog: (): Promise<ImportResult[]> => invoke((b) => b.articles.importDialog()),
    importFiles: (files: DroppedFile[]): Promise<ImportResult[]> =>
      invoke((b) => b.articles.importFiles({ files })),
    importSample: (): Promise<ImportResult> => invoke((b) => b.articles.importSample()),
    importFolderDialog: (): Promise<FolderImportSummary | null> => invoke((b) => b.articles.importFolderDialog()),
    cancelImport: (): Promise<void> => invoke((b) => b.articles.cancelImport()),
    delete: (id: string): Promise<void> => invoke((b) => b.articles.delete({ id })),
    original: (id: string): Promise<OriginalFile> => invoke((b) => b.articles.original({ id })),
    reextract: (id: string): Promise<ReextractResult> => invoke((b) => b.articles.reextract({ id })),
    setMemo: (id: string, memo: string): Promise<void> => invoke((b) => b.articles.setMemo({ id, memo })),
    /** The library list as a query asks for it: one case, the unfiled, in an order. */
    listRows: (query: ArticleRowsRequest): Promise<ArticleListRow[]> => invoke((b) => b.articles.listRows(query)),
    /** Puts back an article deleted from the window (undo of the delete). */
    restore: (id: string): Promise<void> => invoke((b) => b.articles.restore({ id })),
    /** The values the list's filters offer, each with its number of articles. */
    listChoices: (): Promise<ArticleListChoices> => invoke((b) => b.articles.listChoices()),
  },
  analysis: {
    /** Claims, sources and quotes of an article; the first call on a long article may take a moment. */
    get: (articleId: string): Promise<ArticleAnalysis> => invoke((b) => b.analysis.get({ articleId })),
  },
  annotations: {
    create: (request: NewAnnotation): Promise<Annotation> => invoke((b) => b.annotations.create(request)),
    update: (patch: AnnotationPatch): Promise<Annotation> => invoke((b) => b.annotations.update(patch)),
    delete: (id: string): Promise<Annotation> => invoke((b) => b.annotations.delete({ id })),
    restore: (annotation: Annotation): Promise<Annotation> =>
      invoke((b) => b.annotations.restore({ annotation })),
    listFrom: (articleId: string, from: number): Promise<AnchoredAnnotation[]> =>
      invoke((b) => b.annotations.listFrom({ articleId, from })),
    /** Imports a W3C Web Annotation or Hypothesis file chosen in a dialog; null when cancelled. */
    importDialog: (): Promise<AnnotationImportSummary | null> =>
      invoke((b) => b.annotations.importDialog()),
    /** Imported annotations that fit no article yet. */
    orphans: (): Promise<OrphanAnnotation[]> => invoke((b) => b.annotations.orphans()),
    deleteOrphan: (id: string): Promise<void> => invoke((b) => b.annotations.deleteOrphan({ id })),
  },
  search: {
    /** Searches the whole library; a query the search cannot take fails with a readable message. */
    query: (query: string, limit?: number): Promise<SearchHit[]> =>
      invoke((b) => b.search.query(limit === undefined ? { query } : { query, limit })),
  },
  notes: {
    export: (articleId: string, format: ExportFormat): Promise<{ path: string } | null> =>
      invoke((b) => b.notes.export({ articleId, format })),
  },
  cases: {
    list: (): Promise<CaseOverview> => invoke((b) => b.cases.list()),
    create: (name: string): Promise<Case> => invoke((b) => b.cases.create({ name })),
    rename: (id: string, name: string): Promise<Case> => invoke((b) => b.cases.rename({ id, name })),
    delete: (id: string): Promise<DeletedCase> => invoke((b) => b.cases.delete({ id })),
    addArticles: (caseId: string, articleIds: string[]): Promise<number> =>
      invoke((b) => b.cases.addArticles({ caseId, articleIds })),
    removeArticles: (caseId: string, articleIds: string[]): Promise<number> =>
      invoke((b) => b.cases.removeArticles({ caseId, articleIds })),
    restore: (deleted: DeletedCase): Promise<Case> => invoke((b) => b.cases.restore({ deleted })),
  },
  tags: {
    list: (): Promise<TagCount[]> => invoke((b) => b.tags.list()),
    /** Answers the notes as they were before, for undo. */
    rename: (from: string, to: string): Promise<NoteTags[]> => invoke((b) => b.tags.rename({ from, to })),
    merge: (from: string[], to: string): Promise<NoteTags[]> => invoke((b) => b.tags.merge({ from, to })),
    suggest: (prefix: string, limit?: number): Promise<string[]> =>
      invoke((b) => b.tags.suggest(limit === undefined ? { prefix } : { prefix, limit })),
    /** Puts notes' tags back, in calls of at most `NOTES_PER_RESTORE` notes. */
    restore: async (notes: NoteTags[]): Promise<number> => {
      let changed = 0
      for (let at = 0; at < notes.length; at += NOTES_PER_RESTORE) {
        const batch = notes.slice(at, at + NOTES_PER_RESTORE)
        changed += await invoke((b) => b.tags.restore({ notes: batch }))
      }
      return changed
    },
  },
  codes: {
    list: (): Promise<CodebookEntry[]> => invoke((b) => b.codes.list()),
    create: (request: NewCodeRequest): Promise<Code> => invoke((b) => b.codes.create(request)),
    update: (request: CodeUpdate): Promise<Code> => invoke((b) => b.codes.update(request)),
    move: (request: CodeMove): Promise<Code> => invoke((b) => b.codes.move(request)),
    delete: (id: string): Promise<DeletedCode> => invoke((b) => b.codes.delete({ id })),
    restore: (deleted: DeletedCode): Promise<Code> => invoke((b) => b.codes.restore({ deleted })),
    code: (annotationId: string, codeId: string, index?: number): Promise<Code[]> =>
      invoke((b) => b.codes.code(index === undefined ? { annotationId, codeId } : { annotationId, codeId, index })),
    uncode: (annotationId: string, codeId: string): Promise<Code[]> =>
      invoke((b) => b.codes.uncode({ annotationId, codeId })),
    ofArticle: (articleId: string): Promise<Record<string, string[]>> =>
      invoke((b) => b.codes.ofArticle({ articleId })),
    passages: (id: string, includeChildren: boolean): Promise<CodedPassage[]> =>
      invoke((b) => b.codes.passages({ id, includeChildren })),
    counts: (): Promise<CodeArticleCount[]> => invoke((b) => b.codes.counts()),
    cooccurrence: (): Promise<CodePair[]> => invoke((b) => b.codes.cooccurrence()),
    suggest: (prefix: string): Promise<CodebookEntry[]> => invoke((b) => b.codes.suggest({ prefix })),
  },
  verdicts: {
    ofClaim: (claim: ClaimRef): Promise<Verdict | null> => invoke((b) => b.verdicts.ofClaim({ claim })),
    judge: (judgement: Judgement): Promise<Verdict> => invoke((b) => b.verdicts.judge(judgement)),
    addEvidence: (verdictId: string, evidence: EvidenceInput): Promise<Evidence> =>
      invoke((b) => b.verdicts.addEvidence({ verdictId, evidence })),
    removeEvidence: (id: string): Promise<void> => invoke((b) => b.verdicts.removeEvidence({ id })),
    link: (verdictId: string, claim: ClaimRef): Promise<Verdict> => invoke((b) => b.verdicts.link({ verdictId, claim })),
    unlink: (claim: ClaimRef): Promise<void> => invoke((b) => b.verdicts.unlink({ claim })),
    board: (request: BoardRequest): Promise<BoardClaim[]> => invoke((b) => b.verdicts.board(request)),
    sameClaims: (claim: ClaimRef): Promise<SameClaim[]> => invoke((b) => b.verdicts.sameClaims({ claim })),
    ofArticle: (articleId: string): Promise<BoardClaim[]> => invoke((b) => b.verdicts.ofArticle({ articleId })),
  },
  export: {
    /** The formats the Export dialog offers. */
    formats: (): Promise<ExportFormatInfo[]> => invoke((b) => b.export.formats()),
    /** Asks main where to save and writes the export; null when the save dialog is cancelled. */
    run: (request: ExportRequest): Promise<ExportOutcome | null> => invoke((b) => b.export.run(request)),
    cancel: (): Promise<void> => invoke((b) => b.export.cancel()),
  },
  app: {
    about: (): Promise<AboutInfo> => invoke((b) => b.app.about()),
    /** What the files the OS asked Dossier to open became, since last asked. */
    takeOpenedFiles: (): Promise<ImportResult[]> => invoke((b) => b.app.takeOpenedFiles()),
  },
  settings: {
    libraryLocation: (): Promise<LibraryLocation> => invoke((b) => b.settings.libraryLocation()),
    /** Asks main for a folder and moves the library there; null when the dialog is cancelled. */
    moveLibrary: (): Promise<LibraryLocation | null> => invoke((b) => b.settings.moveLibrary()),
  },
  /** Subscribes to menu commands; a no-op outside the app (no bridge). */
  onCommand(listener: (command: Command) => void): () => void {
    const bridge = window.dossier
    if (!bridge) return () => {}
    return bridge.onCommand(listener)
  },
}

/** Subscribes to progress events from main; a no-op outside the app (no bridge). */
export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  const bridge = window.dossier
  if (!bridge) return () => {}
  return bridge.onEvent(listener)
}

export type Api = typeof api

/** The message to show for anything an action caught. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Something went wrong. Please try again.'
}
