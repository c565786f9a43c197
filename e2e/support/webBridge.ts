import type { Page } from '@playwright/test'
import { CHANNELS, COMMAND_CHANNEL } from '../../src/shared/ipc/contract'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createHandlers, type Dialogs } from '../../src/main/ipc/handlers'
import type { Library } from '../../src/main/services/library'

/** What the tests set for the next OS dialog. */
export interface DialogStubs {
  openPaths: string[]
  savePath: string | null
}

/**
 * The `web` target's stand-in for the preload: `window.dossier` with the same shape, whose
 * calls cross to this Node process through a Playwright binding and run the real main-process
 * dispatch (validation included) against a real store. Bytes are base64 on the way, since a
 * binding carries JSON only.
 */
export async function installWebBridge(page: Page, library: Library, samplePath: string, stubs: DialogStubs): Promise<void> {
  const dialogs: Dialogs = {
    chooseImportFiles: async () => stubs.openPaths,
    chooseExportPath: async () => stubs.savePath,
  }
  const handlers = createHandlers({ library, dialogs, samplePath })
  await page.exposeBinding('__dossierInvoke', async (_source, channel: unknown, payload: unknown) =>
    dispatch(handlers, channel, decodeBytes(payload)),
  )
  await page.addInitScript(
    ({ channels, commandChannel }) => {
      const encode = (value: unknown): unknown => {
        if (value instanceof Uint8Array) {
          let binary = ''
          for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000))
          return { __bytes: btoa(binary) }
        }
        if (Array.isArray(value)) return value.map(encode)
        if (value && typeof value === 'object')
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
        return value
      }
      const w = window as unknown as Record<string, unknown>
      const invoke = w.__dossierInvoke as (channel: string, payload: unknown) => Promise<unknown>
      const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
      for (const channel of channels) {
        const [domain, action] = channel.split(':')
        api[domain] ??= {}
        api[domain][action] = (request?: unknown) => invoke(channel, encode(request))
      }
      const listeners = new Set<(command: string) => void>()
      w[commandChannel] = (command: string) => listeners.forEach((l) => l(command))
      w.dossier = Object.freeze({
        ...api,
        onCommand(listener: (command: string) => void) {
          listeners.add(listener)
          return () => listeners.delete(listener)
        },
      })
    },
    { channels: [...CHANNELS], commandChannel: COMMAND_CHANNEL },
  )
}

/** Sends a menu command to the page, as the application menu does in the desktop app. */
export async function sendWebCommand(page: Page, command: string): Promise<void> {
  await page.evaluate(([channel, c]) => (window as unknown as Record<string, (c: string) => void>)[channel](c), [COMMAND_CHANNEL, command])
}

function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.__bytes === 'string' && Object.keys(record).length === 1) {
      return new Uint8Array(Buffer.from(record.__bytes, 'base64'))
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeBytes(v)]))
  }
  return value
}
