import { contextBridge, ipcRenderer } from 'electron'
import {
  CHANNELS,
  COMMAND_CHANNEL,
  COMMANDS,
  EVENT_CHANNEL,
  splitChannel,
  type AppEvent,
  type Command,
  type DossierBridge,
} from '../shared/ipc/contract'

/**
 * Builds `window.dossier` from the contract: one named function per channel, grouped by domain.
 * The renderer never sees ipcRenderer, so it can invoke these channels and nothing else.
 */
function buildBridge(): DossierBridge {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [domain, action] = splitChannel(channel)
    api[domain] ??= {}
    api[domain][action] = (request?: unknown) => ipcRenderer.invoke(channel, request)
  }
  const known = new Set<string>(COMMANDS)
  return {
    ...(api as unknown as Omit<DossierBridge, 'onCommand' | 'onEvent'>),
    onCommand(listener: (command: Command) => void) {
      const wrapped = (_event: unknown, command: unknown) => {
        if (typeof command === 'string' && known.has(command)) listener(command as Command)
      }
      ipcRenderer.on(COMMAND_CHANNEL, wrapped)
      return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped)
    },
    onEvent(listener: (event: AppEvent) => void) {
      const wrapped = (_event: unknown, event: unknown) => {
        if (event && typeof event === 'object' && typeof (event as AppEvent).type === 'string') listener(event as AppEvent)
      }
      ipcRenderer.on(EVENT_CHANNEL, wrapped)
      return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped)
    },
  } satisfies DossierBridge
}

contextBridge.exposeInMainWorld('dossier', buildBridge())
