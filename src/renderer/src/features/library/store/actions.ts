import { api, errorMessage, onAppEvent } from '../../../lib/api'
import { UNDO_SHORTCUT } from '../../../lib/dom'
import { casesActions } from '../../cases/store/actions'
import { useCasesStore } from '../../cases/store/state'
import { historyActions } from '../../history/store/actions'
import type { ImportResult } from '../../../../../shared/model/import'
import { readerActions } from '../../reader/store/actions'
import { statusActions } from '../../status/store/actions'
import { readLastArticle, rememberLastArticle } from './lastArticle'
import { annotationImportMessage, articleToOpen, folderSummaryMessage, importMessages, rowSummary } from './selectors'
import { deletedWith, type FilterKey, hasFilters } from './listFilters'
import { type ListFilters, useLibraryStore } from './state'

const set = useLibraryStore.setState
const get = useLibraryStore.getState

async function runImport(doImport: () => Promise<ImportResult[]>): Promise<void> {
  if (get().importing) return
  set({ importing: true })
  statusActions.clearMessages()
  try {
    await showImported(await doImport())
  } catch (error) {
    statusActions.alert(errorMessage(error))
  } finally {
    set({ importing: false })
  }
}

/** Says what each import became, lists the library again and opens the article imported. */
async function showImported(results: ImportResult[]): Promise<void> {
  const { messages, alerts } = importMessages(results)
  statusActions.show(messages)
  statusActions.alert(alerts)
  await libraryActions.load()
  const id = articleToOpen(results)
  if (id) await libraryActions.select(id)
}

/** How many rows the window asks for first at launch: more than a window shows at once. */
export const FIRST_ROWS = 200

/** The list shows every article (no case chosen, no filter set): its rows are then the whole library. */
const listsEveryArticle = (): boolean =>
  useCasesStore.getState().scope.kind === 'all' && !hasFilters(get().listFilters)

export const libraryActions = {
  /**
   * Files the OS asked Dossier to open (double-click, Open with, a second launch) were imported by main: says
   * what each became and opens the article. Runs beside an import of the window's own, never instead of it.
   */
  async takeOpenedFiles(): Promise<void> {
    try {
      const results = await api.app.takeOpenedFiles()
      if (results.length > 0) await showImported(results)
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },
  /**
   * Imports annotations from another tool (a file chosen in main's dialog) and says in the status bar how many
   * were placed and how many are kept unanchored; the open article is reloaded to show them.
   */
  async importAnnotations(): Promise<void> {
    statusActions.clearMessages()
    try {
      const result = await api.annotations.importDialog()
      if (!result) return
      statusActions.show(annotationImportMessage(result))
      await libraryActions.load()
      // Reopened rather than selected: selecting the article already open would not fetch its notes again.
      const id = get().selectedId
      if (id) await readerActions.open(id)
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },
  /**
   * Fetches the library: the cases with their counts, the rows of the list shown and the articles. When the list
   * shows every article (as at launch) its rows are the articles, so the whole library is not asked for twice;
   * the first time, its first rows are asked for (and shown) before the rest.
   */
  async load(): Promise<void> {
    set({ loading: true })
    try {
      if (listsEveryArticle() && !get().loaded) {
        // At launch a screenful comes first, so the window shows the library while the rest is on its way.
        const first = await casesActions.fetch(FIRST_ROWS)
        set({ articles: first.map(rowSummary), loaded: true, loadError: null })
        if (first.length < FIRST_ROWS) return
      }
      const everyArticle = listsEveryArticle()
      const [rows, all] = await Promise.all([casesActions.fetch(), everyArticle ? null : api.articles.list()])
      set({ articles: all ?? rows.map(rowSummary), loaded: true, loadError: null })
    } catch (error) {
      set({ loadError: errorMessage(error) })
      // A list already shown stays; the status bar says why it could not be fetched again.
      if (get().loaded) statusActions.alert(errorMessage(error))
    } finally {
      set({ loading: false })
    }
  },

  setFilter(filter: string): void {
    set({ filter })
  },

  /** Selects an article and opens it in the reader. */
  async select(id: string): Promise<void> {
    if (get().selectedId === id && readerActions.isOpen(id)) return
    set({ selectedId: id })
    rememberLastArticle(id)
    await readerActions.open(id)
  },

  /**
   * On start, opens the article that was open when the app was last used, if it is still in the
   * library and the user has not chosen one meanwhile; forgets it when it is gone.
   */
  async reopenLast(): Promise<void> {
    const id = readLastArticle(globalThis.localStorage)
    const { loaded, articles, selectedId } = get()
    if (!id || !loaded || selectedId) return
    if (articles.some((a) => a.id === id)) await libraryActions.select(id)
    else rememberLastArticle(null)
  },

  /** Shows the OS open dialog; cancelling it imports nothing and says nothing. */
  importDialog(): Promise<void> {
    return runImport(() => api.articles.importDialog())
  },

  importSample(): Promise<void> {
    return runImport(async () => [await api.articles.importSample()])
  },

  /** Imports dropped files, sent as bytes: the renderer never names paths. */
  importFiles(files: File[]): Promise<void> {
    if (!files.length) return Promise.resolve()
    return runImport(async () => {
      const dropped = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      )
      return api.articles.importFiles(dropped)
    })
  },

  /**
   * Shows the OS folder dialog and imports everything importable inside it, showing progress
   * as main reports it; failures are listed when it ends.
   */
  async importFolder(): Promise<void> {
    if (get().importing) return
    set({ importing: true, cancelling: false, progress: null })
    statusActions.clearMessages()
    const unsubscribe = onAppEvent((event) => {
      if (event.type === 'import-progress') {
        const { done, total, current, failed } = event
        set({ progress: { done, total, current, failed } })
      }
    })
    try {
      const summary = await api.articles.importFolderDialog()
      if (!summary) return
      statusActions.show([folderSummaryMessage(summary)])
      statusActions.alert(summary.results.filter((r) => r.status === 'failed').map((r) => r.error ?? `“${r.file}” could not be imported.`))
      await libraryActions.load()
      const id = articleToOpen(summary.results)
      if (id) await libraryActions.select(id)
    } catch (error) {
      statusActions.alert(errorMessage(error))
    } finally {
      unsubscribe()
      set({ importing: false, cancelling: false, progress: null })
    }
  },

  /** Fetches the values the list's filters offer (after the library or its notes changed). */
  async loadChoices(): Promise<void> {
    try {
      set({ choices: await api.articles.listChoices() })
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },

  /** Sets one filter of the list (undefined removes it) and fetches the list again. */
  async setListFilter<K extends FilterKey>(key: K, value: ListFilters[K] | undefined): Promise<void> {
    const listFilters = { ...get().listFilters }
    if (value === undefined) delete listFilters[key]
    else listFilters[key] = value
    set({ listFilters })
    await casesActions.loadRows()
  },

  async clearListFilters(): Promise<void> {
    set({ listFilters: {} })
    await casesActions.loadRows()
  },

  /** Asks to delete an article: the confirmation names it and what goes with it. */
  askDelete(id: string): void {
    const row = useCasesStore.getState().rows?.find((r) => r.id === id)
    const summary = get().articles.find((a) => a.id === id)
    const title = row?.title ?? summary?.title
    if (!title) return
    set({ confirmingDelete: { id, title, notes: row?.notes ?? summary?.annotations ?? 0 } })
  },

  cancelDelete(): void {
    set({ confirmingDelete: null })
  },

  /**
   * Deletes the article waiting for confirmation. Main keeps a copy of all that went with it, so
   * that Ctrl+Z puts it back whole (and reopens it when it was open).
   */
  async confirmDelete(): Promise<void> {
    const request = get().confirmingDelete
    if (!request) return
    set({ confirmingDelete: null })
    const { id, title, notes } = request
    const wasOpen = get().selectedId === id
    const remove = async () => {
      await api.articles.delete(id)
      if (get().selectedId === id) {
        set({ selectedId: null })
        rememberLastArticle(null)
        readerActions.close()
      }
      await libraryActions.load()
    }
    try {
      await remove()
    } catch (error) {
      statusActions.alert(errorMessage(error))
      return
    }
    historyActions.record({
      label: `Article “${title}” deleted`,
      undo: async () => {
        await api.articles.restore(id)
        await libraryActions.load()
        if (wasOpen) await libraryActions.select(id)
      },
      redo: remove,
    })
    statusActions.show(`Deleted “${title}”. ${deletedWith(notes)} Press ${UNDO_SHORTCUT} to undo.`)
  },

  /** Asks main to stop the folder import after the file it is reading. */
  async cancelImport(): Promise<void> {
    if (!get().progress || get().cancelling) return
    set({ cancelling: true })
    try {
      await api.articles.cancelImport()
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },
}
