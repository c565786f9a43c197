import type { AppEvent, Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract'
import type { ExportFormat, ImportResult } from '../../shared/model/import'
import { writeFileAtomic } from '../services/exporters/atomicWrite'
import { ServiceError } from '../services/errors'
import type { Library } from '../services/library'

/** The OS dialogs a handler may open; stubbed in tests. */
export interface Dialogs {
  /** Paths the user chose to import; empty when cancelled. */
  chooseImportFiles(): Promise<string[]>
  /** The folder the user chose to import; null when cancelled. */
  chooseImportFolder(): Promise<string | null>
  /** Where to save an export; null when cancelled. */
  chooseExportPath(defaultName: string, format: ExportFormat): Promise<string | null>
}

export interface HandlerDeps {
  library: Library
  dialogs: Dialogs
  /** The bundled sample article offered on first run. */
  samplePath: string
  /** Sends an event to the renderer (progress of long work). */
  notify(event: AppEvent): void
}

export type Handlers = {
  [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>
}

/** One handler per channel of the contract, each a thin call into the library service. */
export function createHandlers({ library, dialogs, samplePath, notify }: HandlerDeps): Handlers {
  let folderImport: AbortController | null = null
  return {
    'articles:list': () => library.list(),
    'articles:open': ({ id }) => library.open(id),
    'articles:importDialog': async () => importEach(await dialogs.chooseImportFiles(), (p) => library.importFile(p)),
    'articles:importFiles': ({ files }) => importEach(files, (f) => library.importBytes(f.name, f.bytes)),
    'articles:importSample': () => library.importFile(samplePath),
    'articles:importFolderDialog': async () => {
      if (folderImport) throw new ServiceError('import-failed', 'A folder import is already running.')
      const folder = await dialogs.chooseImportFolder()
      if (!folder) return null
      folderImport = new AbortController()
      try {
        const summary = await library.importFolder(folder, {
          signal: folderImport.signal,
          onProgress: (p) => notify({ type: 'import-progress', ...p }),
        })
        return { folder, ...summary }
      } finally {
        folderImport = null
      }
    },
    'articles:cancelImport': () => folderImport?.abort(),
    'articles:delete': ({ id }) => library.deleteArticle(id),
    'articles:original': ({ id }) => library.original(id),
    'articles:reextract': ({ id }) => library.reextract(id),
    'articles:setMemo': ({ id, memo }) => library.setMemo(id, memo),
    'analysis:get': ({ articleId }) => library.analysis(articleId),
    'annotations:create': (request) => library.createAnnotation(request),
    'annotations:update': (patch) => library.updateAnnotation(patch),
    'annotations:delete': ({ id }) => library.deleteAnnotation(id),
    'annotations:restore': ({ annotation }) => library.restoreAnnotation(annotation),
    'notes:export': async ({ articleId, format }) => {
      const content = library.exportNotes([articleId], format)
      const path = await dialogs.chooseExportPath(library.exportFileName(articleId, format), format)
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
  }
}

/** Imports one file after another: each import is its own transaction, in the order given. */
async function importEach<T>(items: T[], importOne: (item: T) => Promise<ImportResult>): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const item of items) results.push(await importOne(item))
  return results
}
