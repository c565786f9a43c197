import type { AppEvent } from '../../shared/ipc/contract'
import { ServiceError } from '../services/errors'
import { exportFormats, planExport, writeExport } from '../services/exporters/runExport'
import type { Library } from '../services/library'
import type { Dialogs, Handlers } from './handlers'

type ExportHandlers = Pick<Handlers, 'export:formats' | 'export:run' | 'export:cancel'>

/**
 * The Export dialog's channels. One export runs at a time: the request is checked before any OS
 * dialog opens, and Cancel stops the running export between articles, leaving nothing written.
 */
export function exportHandlers(library: Library, dialogs: Dialogs, notify: (event: AppEvent) => void): ExportHandlers {
  let running: AbortController | null = null
  return {
    'export:formats': () => exportFormats(),
    'export:run': async (request) => {
      if (running) throw new ServiceError('export-failed', 'An export is already running.')
      const plan = planExport(library, request)
      running = new AbortController()
      const { signal } = running
      try {
        const path = plan.folder
          ? await dialogs.chooseExportFolder(plan.defaultName)
          : await dialogs.chooseExportPath(plan.defaultName, { name: plan.writer.label, extension: plan.writer.extension })
        if (!path) return null
        const written = await writeExport(library, plan, path, {
          signal,
          onProgress: (done, total) => notify({ type: 'export-progress', done, total }),
        })
        if (!written) return { status: 'cancelled' }
        return { status: 'written', path, articles: plan.selection.articleIds.length, folder: plan.folder }
      } finally {
        running = null
      }
    },
    'export:cancel': () => running?.abort(),
  }
}
