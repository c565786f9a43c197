import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, COMMAND_CHANNEL, splitChannel } from '../shared/ipc/contract'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async (...args: unknown[]) => args)
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}))

beforeEach(async () => {
  vi.resetModules()
  await import('./index')
})

describe('preload', () => {
  it('exposes one function per contract channel, each invoking exactly that channel', async () => {
    const api = exposed.dossier as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>
    for (const channel of CHANNELS) {
      const [domain, action] = splitChannel(channel)
      expect(typeof api[domain]?.[action], channel).toBe('function')
      invoke.mockClear()
      await api[domain][action]({ probe: channel })
      expect(invoke).toHaveBeenCalledWith(channel, { probe: channel })
    }
  })

  it('never hands the renderer ipcRenderer or a generic send', () => {
    const api = exposed.dossier as Record<string, unknown>
    const names = Object.keys(api)
    expect(names).not.toContain('ipcRenderer')
    expect(names).not.toContain('send')
    expect(names).not.toContain('invoke')
  })

  it('passes only known commands to the listener and unsubscribes', () => {
    const api = exposed.dossier as { onCommand(cb: (c: string) => void): () => void }
    const seen: string[] = []
    const off = api.onCommand((c) => seen.push(c))
    const fire = listeners.get(COMMAND_CHANNEL)!
    fire({}, 'import')
    fire({}, 'rm -rf')
    fire({}, { command: 'import' })
    expect(seen).toEqual(['import'])
    off()
    expect(listeners.has(COMMAND_CHANNEL)).toBe(false)
  })
})
