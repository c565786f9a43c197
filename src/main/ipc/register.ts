import { ipcMain, type WebFrameMain } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import { dispatch } from './dispatch'
import type { Handlers } from './handlers'

/**
 * Registers every channel of the contract with ipcMain. Before any parsing, the sender must be
 * the main frame of a page this app loaded itself (VS Code's ipcMain does the same): an iframe
 * or a page navigated elsewhere gets nothing.
 */
export function registerHandlers(handlers: Handlers, isAppUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, isAppUrl)) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request refused: it did not come from Dossier.' } }
      }
      return dispatch(handlers, channel, payload)
    })
  }
}

function isTrustedSender(frame: WebFrameMain | null, isAppUrl: (url: string) => boolean): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}
