import { api, errorMessage } from '../../../lib/api'
import type { ImportResult } from '../../../../../shared/model/import'
import { readerActions } from '../../reader/store/actions'
import { statusActions } from '../../status/store/actions'
import { articleToOpen, importMessages } from './selectors'
import { useLibraryStore } from './state'

const set = useLibraryStore.setState
const get = useLibraryStore.getState

async function runImport(doImport: () => Promise<ImportResult[]>): Promise<void> {
  if (get().importing) return
  set({ importing: true })
  statusActions.clearMessages()
  try {
    const results = await doImport()
    const { messages, alerts } = importMessages(results)
    statusActions.show(messages)
    statusActions.alert(alerts)
    await libraryActions.load()
    const id = articleToOpen(results)
    if (id) await libraryActions.select(id)
  } catch (error) {
    statusActions.alert(errorMessage(error))
  } finally {
    set({ importing: false })
  }
}

export const libraryActions = {
  /** Fetches the list of articles. */
  async load(): Promise<void> {
    set({ loading: true })
    try {
      const articles = await api.articles.list()
      set({ articles, loaded: true, loadError: null })
    } catch (error) {
      set({ loadError: errorMessage(error) })
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
    await readerActions.open(id)
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

  /** Asks the filter box to take focus (the "find" command). */
  focusFilter(): void {
    set({ filterFocusRequest: get().filterFocusRequest + 1 })
  },
}
