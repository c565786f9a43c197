import type { AppEvent, Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract'
import type { ImportResult } from '../../shared/model/import'
import { articleAnalysis } from '../services/analysis/articleAnalysis'
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../services/annotations/edit'
import { restoreAnnotation } from '../services/annotations/restore'
import { reextractArticle, setMemo } from '../services/articles/edit'
import { importBytes, importFile, importFolder } from '../services/articles/imports'
import { annotationsFrom, listArticles, openArticle, originalFile } from '../services/articles/read'
import { listArticleRows, listChoices } from '../services/articleList/articleList'
import { deleteArticleKeepingCopy, restoreArticle } from '../services/articles/trash'
import {
  addArticles,
  createCase,
  deleteCase,
  libraryCounts,
  listCases,
  removeArticles,
  renameCase,
  restoreCase,
} from '../services/cases'
import {
  codeAnnotation,
  codeIdsOfArticle,
  codeSuggestions,
  coOccurrence,
  countsPerArticle,
  createCode,
  deleteCodeForUndo,
  listCodebook,
  moveCode,
  passagesOfCode,
  restoreCode,
  uncodeAnnotation,
  updateCode,
} from '../services/codebook'
import { importAnnotationFile } from '../services/interchange/webAnnotation/importAnnotationFile'
import { deleteOrphan, listOrphans } from '../services/interchange/webAnnotation/orphans'
import { writeFileAtomic } from '../services/exporters/atomicWrite'
import { appHandlers, type AppDeps } from './appHandlers'
import { exportHandlers } from './exportHandlers'
import { exportFileName, exportNotes } from '../services/exporters/notesExport'
import { ServiceError, notFound } from '../services/errors'
import { searchLibrary } from '../services/search/search'
import { getArticle } from '../services/store/articles'
import { listTags, restoreNoteTags, retagNotes, tagSuggestions } from '../services/tags'
import { libraryScope } from '../services/search/libraryScope'
import type { Library } from '../services/library'
import {
  addEvidence,
  findSameClaims,
  judgeClaim,
  linkClaims,
  listClaimsBoard,
  localUserName,
  removeEvidence,
  unlinkClaim,
  verdictOfClaim,
} from '../services/verdicts'

/** The OS dialogs a handler may open; stubbed in tests. */
export interface Dialogs {
  /** Paths the user chose to import; empty when cancelled. */
  chooseImportFiles(): Promise<string[]>
  /** The folder the user chose to import; null when cancelled. */
  chooseImportFolder(): Promise<string | null>
  /** Where to save an export, offering files of `filter`'s kind; null when cancelled. */
  chooseExportPath(defaultName: string, filter: ExportFileFilter): Promise<string | null>
  /** The folder (an Obsidian vault, say) to write notes into, one per article; null when cancelled. */
  chooseExportFolder(defaultName: string): Promise<string | null>
  /** A file of annotations to import; null when cancelled. */
  chooseAnnotationFile(): Promise<string | null>
}

/** The kind of file a save dialog offers: "Markdown", `md`. */
export interface ExportFileFilter {
  name: string
  extension: string
}

export interface HandlerDeps {
  library: Library
  dialogs: Dialogs
  /** The bundled sample article offered on first run. */
  samplePath: string
  /** Sends an event to the renderer (progress of long work). */
  notify(event: AppEvent): void
  /** The running app's side (About, opened files, library location); absent for the CLI and most tests. */
  app?: AppDeps
}

export type Handlers = {
  [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>
}

/** One handler per channel of the contract, each a thin call into a service. */
export function createHandlers({ library, dialogs, samplePath, notify, app }: HandlerDeps): Handlers {
  let folderImport: AbortController | null = null
  return {
    'articles:list': () => listArticles(library),
    'articles:open': ({ id, annotationsBefore }) => openArticle(library, id, annotationsBefore),
    'articles:importDialog': async () => importEach(await dialogs.chooseImportFiles(), (p) => importFile(library, p)),
    'articles:importFiles': ({ files }) => importEach(files, (f) => importBytes(library, f.name, f.bytes)),
    'articles:importSample': () => importFile(library, samplePath),
    'articles:importFolderDialog': async () => {
      if (folderImport) throw new ServiceError('import-failed', 'A folder import is already running.')
      const folder = await dialogs.chooseImportFolder()
      if (!folder) return null
      folderImport = new AbortController()
      try {
        const summary = await importFolder(library, folder, {
          signal: folderImport.signal,
          onProgress: (p) => notify({ type: 'import-progress', ...p }),
        })
        return { folder, ...summary }
      } finally {
        folderImport = null
      }
    },
    'articles:cancelImport': () => folderImport?.abort(),
    'articles:delete': ({ id }) => deleteArticleKeepingCopy(library, id),
    'articles:original': ({ id }) => originalFile(library, id),
    'articles:reextract': ({ id }) => reextractArticle(library, id),
    'articles:setMemo': ({ id, memo }) => setMemo(library, id, memo),
    'analysis:get': ({ articleId }) => articleAnalysis(library, articleId),
    'annotations:create': (request) => createAnnotation(library, request),
    'annotations:update': (patch) => updateAnnotation(library, patch),
    'annotations:delete': ({ id }) => deleteAnnotation(library, id),
    'annotations:listFrom': ({ articleId, from }) => annotationsFrom(library, articleId, from),
    'annotations:restore': ({ annotation }) => restoreAnnotation(library, annotation),
    'search:query': ({ query, limit }) =>
      searchLibrary(library.db, query, { limit, resolveScope: libraryScope(library.db) }),
    'notes:export': async ({ articleId, format }) => {
      const content = exportNotes(library, [articleId], format)
      const filter = format === 'md' ? { name: 'Markdown', extension: 'md' } : { name: 'JSON', extension: 'json' }
      const path = await dialogs.chooseExportPath(exportFileName(library, articleId, format), filter)
      if (!path) return null
      try {
        writeFileAtomic(path, content)
      } catch (error) {
        throw new ServiceError(
          'export-failed',
          `Could not write the notes to “${path}”: ${(error as Error).message}.`,
        )
      }
      return { path }
    },
    'articles:listRows': ({ limit, ...query }) => listArticleRows(library.db, query, limit),
    'cases:list': () => ({ cases: listCases(library.db), ...libraryCounts(library.db) }),
    'cases:create': ({ name }) => createCase(library.db, name, library.clock()),
    'cases:rename': ({ id, name }) => renameCase(library.db, id, name, library.clock()),
    'cases:delete': ({ id }) => deleteCase(library.db, id),
    'cases:addArticles': ({ caseId, articleIds }) => addArticles(library.db, caseId, articleIds, library.clock()),
    'cases:removeArticles': ({ caseId, articleIds }) =>
      removeArticles(library.db, caseId, articleIds, library.clock()),
    'codes:list': () => listCodebook(library.db),
    'codes:create': (input) => createCode(library.db, input, library.clock()),
    'codes:update': ({ id, ...patch }) => updateCode(library.db, id, patch, library.clock()),
    'codes:move': ({ id, parentId, index }) =>
      moveCode(library.db, id, { parentId: parentId ?? null, index }, library.clock()),
    'codes:delete': ({ id }) => deleteCodeForUndo(library.db, id),
    'codes:restore': ({ deleted }) => restoreCode(library.db, deleted),
    'codes:code': ({ annotationId, codeId, index }) => codeAnnotation(library.db, annotationId, codeId, index),
    'codes:uncode': ({ annotationId, codeId }) => uncodeAnnotation(library.db, annotationId, codeId),
    'codes:ofArticle': ({ articleId }) => {
      if (!getArticle(library.db, articleId)) throw notFound('article')
      return codeIdsOfArticle(library.db, articleId)
    },
    'codes:passages': ({ id, includeChildren }) => passagesOfCode(library.db, id, { includeChildren }),
    'codes:counts': () => countsPerArticle(library.db),
    'codes:cooccurrence': () => coOccurrence(library.db),
    'codes:suggest': ({ prefix, limit }) => codeSuggestions(library.db, prefix, limit),
    // Who judged is the OS user main runs as: the window never names anyone.
    'verdicts:ofClaim': ({ claim }) => verdictOfClaim(library.db, claim),
    'verdicts:judge': ({ claim, ...change }) => judgeClaim(library.db, claim, change, localUserName(), library.clock()),
    'verdicts:addEvidence': ({ verdictId, evidence }) =>
      addEvidence(library.db, verdictId, evidence, localUserName(), library.clock()),
    'verdicts:removeEvidence': ({ id }) => {
      if (!removeEvidence(library.db, id, localUserName(), library.clock())) throw notFound('evidence')
    },
    'verdicts:link': ({ verdictId, claim }) => linkClaims(library.db, verdictId, claim, localUserName(), library.clock()),
    'verdicts:unlink': ({ claim }) => {
      if (!unlinkClaim(library.db, claim, localUserName(), library.clock())) {
        throw new ServiceError('not-found', 'That claim has no verdict to take it out of.')
      }
    },
    'verdicts:board': ({ scope, status, rating }) =>
      listClaimsBoard(library.db, { caseId: scope.kind === 'case' ? scope.caseId : undefined, status, rating }),
    'verdicts:sameClaims': ({ claim }) => findSameClaims(library.db, claim),
    'verdicts:ofArticle': ({ articleId }) => listClaimsBoard(library.db, { articleId }),
    'articles:restore': ({ id }) => restoreArticle(library, id),
    'articles:listChoices': () => listChoices(library.db),
    'cases:restore': ({ deleted }) => restoreCase(library.db, deleted),
    'tags:list': () => listTags(library.db),
    'tags:rename': ({ from, to }) => retagNotes(library.db, [from], to, library.clock()),
    'tags:merge': ({ from, to }) => retagNotes(library.db, from, to, library.clock()),
    'tags:suggest': ({ prefix, limit }) => tagSuggestions(library.db, prefix, limit),
    'tags:restore': ({ notes }) => restoreNoteTags(library.db, notes),
    'annotations:importDialog': async () => {
      const path = await dialogs.chooseAnnotationFile()
      return path === null ? null : importAnnotationFile(library, path)
    },
    'annotations:orphans': () => listOrphans(library.db),
    'annotations:deleteOrphan': ({ id }) => deleteOrphan(library.db, id),
    ...exportHandlers(library, dialogs, notify),
    ...appHandlers(library, app),
  }
}

/** Imports one file after another: each import is its own transaction, in the order given. */
async function importEach<T>(items: T[], importOne: (item: T) => Promise<ImportResult>): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const item of items) results.push(await importOne(item))
  return results
}
