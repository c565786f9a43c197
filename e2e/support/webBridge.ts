import type { Page } from '@playwright/test'
import { CHANNELS, COMMAND_CHANNEL, EVENT_CHANNEL, type AppEvent } from '../../src/shared/ipc/contract'
import type { AppDeps } from '../../src/main/ipc/appHandlers'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createHandlers, type Dialogs } from '../../src/main/ipc/handlers'
import type { Library } from '../../src/main/services/library'

/** What the tests set for the next OS dialog. */
export interface DialogStubs {
  openPaths: string[]
  openFolder: string | null
  savePath: string | null
}

/**
 * The `web` target's stand-in for the preload: `window.dossier` with the same shape, whose
 * calls cross to this Node process through a Playwright binding and run the real main-process
 * dispatch (validation included) against a real store. Bytes are base64 on the way, since a
 * binding carries JSON only. Answers come back as one JSON string: Playwright walks an object
 * answer value by value, which for an article with 2,000 highlights takes seconds that Electron's
 * IPC does not.
 */
export async function installWebBridge(
  page: Page,
  library: Library,
  samplePath: string,
  stubs: DialogStubs,
  app?: AppDeps,
): Promise<void> {
  const dialogs: Dialogs = {
    chooseImportFiles: async () => stubs.openPaths,
    chooseImportFolder: async () => stubs.openFolder,
    chooseExportPath: async () => stubs.savePath,
    // The annotation file is chosen like an article file: the first of the paths a test stubs.
    chooseAnnotationFile: async () => stubs.openPaths[0] ?? null,
    chooseExportFolder: async () => stubs.openFolder,
  }
  const notify = (event: AppEvent) => {
    page
      .evaluate(([channel, e]) => (window as unknown as Record<string, (e: unknown) => void>)[channel]?.(e), [EVENT_CHANNEL, event] as const)
      .catch(() => undefined) // the page may be reloading; progress is best effort, as over IPC
  }
  const handlers = createHandlers({ library, dialogs, samplePath, notify, app })
  await page.exposeBinding('__dossierInvoke', async (_source, channel: unknown, payload: unknown) =>
    JSON.stringify(await dispatch(handlers, channel, decodeBytes(payload))),
  )
  await page.addInitScript(
    ({ channels, commandChannel, eventChannel }) => {
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
      const call = w.__dossierInvoke as (channel: string, payload: unknown) => Promise<string | undefined>
      const invoke = async (channel: string, payload: unknown): Promise<unknown> => {
        const answer = await call(channel, payload)
        return answer === undefined ? undefined : JSON.parse(answer)
      }
      const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
      for (const channel of channels) {
        const [domain, action] = channel.split(':')
        api[domain] ??= {}
        api[domain][action] = (request?: unknown) => invoke(channel, encode(request))
      }
      const listeners = new Set<(command: string) => void>()
      w[commandChannel] = (command: string) => listeners.forEach((l) => l(command))
      const eventListeners = new Set<(event: unknown) => void>()
      w[eventChannel] = (event: unknown) => eventListeners.forEach((l) => l(event))
      w.dossier = Object.freeze({
        ...api,
        onCommand(listener: (command: string) => void) {
          listeners.add(listener)
          return () => listeners.delete(listener)
        },
        onEvent(listener: (event: unknown) => void) {
          eventListeners.add(listener)
          return () => eventListeners.delete(listener)
        },
      })
    },
    { channels: [...CHANNELS], commandChannel: COMMAND_CHANNEL, eventChannel: EVENT_CHANNEL },
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
