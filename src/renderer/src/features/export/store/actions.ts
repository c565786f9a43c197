import type { CsvRows, ExportFormatId, ExportOutcome } from '../../../../../shared/model/export'
import { api, errorMessage, onAppEvent } from '../../../lib/api'
import { statusActions } from '../../status/store/actions'
import { readChoices, writeChoices } from './remembered'
import { defaultScope, requestScope } from './selectors'
import { useExportStore as store, type ScopeKind, type ScreenContext } from './state'

const set = store.setState
const get = store.getState
const storage = () => globalThis.localStorage

function remember(): void {
  const { format, scope, folder, rows } = get()
  writeChoices(storage(), { format, scope, folder, rows })
}

/** What the status bar says of a finished export. */
export function outcomeMessage(outcome: ExportOutcome): string {
  if (outcome.status === 'cancelled') return 'Export cancelled; nothing was written.'
  const what = `${outcome.articles} ${outcome.articles === 1 ? 'article' : 'articles'}`
  return outcome.folder ? `Exported notes of ${what} into ${outcome.path}` : `Exported ${what} to ${outcome.path}`
}

export const exportActions = {
  /** Opens the dialog on what is on screen, with the format and options used last. */
  async open(context: ScreenContext): Promise<void> {
    if (get().running) {
      set({ open: true })
      return
    }
    const remembered = readChoices(storage())
    set({
      open: true,
      context,
      format: remembered.format ?? get().format,
      folder: remembered.folder ?? true,
      rows: remembered.rows ?? 'annotations',
      scope: defaultScope(context, remembered.scope),
      caseId: context.caseId,
      error: null,
      progress: null,
    })
    try {
      const formats = await api.export.formats()
      const { format } = get()
      set({ formats, format: formats.some((f) => f.format === format) ? format : (formats[0]?.format ?? format) })
    } catch (error) {
      set({ formats: [], error: errorMessage(error) })
    }
  },

  /** Closes the dialog; a running export goes on (its progress shows again on reopening). */
  close(): void {
    set({ open: false })
  },

  setFormat(format: ExportFormatId): void {
    set({ format, error: null })
    remember()
  },

  setScope(scope: ScopeKind): void {
    set({ scope, error: null })
    remember()
  },

  setCase(caseId: string | null): void {
    set({ caseId, error: null })
  },

  setCode(codeId: string | null): void {
    set({ codeId, error: null })
  },

  setFolder(folder: boolean): void {
    set({ folder })
    remember()
  },

  setRows(rows: CsvRows): void {
    set({ rows })
    remember()
  },

  /** Asks main where to save, then exports, showing progress; the outcome goes to the status bar. */
  async run(): Promise<void> {
    const state = get()
    if (state.running) return
    const scope = requestScope(state)
    if (!scope) {
      set({ error: state.scope === 'code' ? 'Choose a code to export.' : 'Choose a case to export.' })
      return
    }
    set({ running: true, cancelling: false, progress: null, error: null })
    const unsubscribe = onAppEvent((event) => {
      if (event.type === 'export-progress') set({ progress: { done: event.done, total: event.total } })
    })
    try {
      const options = { folder: state.folder, rows: state.rows }
      const outcome = await api.export.run({ format: state.format, scope, options })
      if (!outcome) return
      statusActions.show(outcomeMessage(outcome))
      if (outcome.status === 'written') set({ open: false })
    } catch (error) {
      const message = errorMessage(error)
      set({ error: message })
      statusActions.alert(message)
    } finally {
      unsubscribe()
      set({ running: false, cancelling: false, progress: null })
    }
  },

  /** Stops the running export between articles; nothing of it is written. */
  async cancel(): Promise<void> {
    if (!get().running || get().cancelling) return
    set({ cancelling: true })
    try {
      await api.export.cancel()
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },
}
