import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/ipc/contract'
import { isAppUrl } from '../security/trustedUrl'
import type { Handlers } from './handlers'
import { registerHandlers } from './register'

type Listener = (event: { senderFrame: unknown }, payload: unknown) => unknown

const registered = new Map<string, Listener>()

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}))

const APP = 'file:///opt/dossier/out/renderer/index.html'
const isRendererUrl = (url: string) => isAppUrl(url, { fileIndex: APP, isDev: false })

interface FakeFrame {
  url: string
  parent: FakeFrame | null
}
const mainFrame: FakeFrame = { url: APP, parent: null }

function spyHandlers(): Handlers {
  return Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(() => 'called')])) as unknown as Handlers
}

describe('registerHandlers', () => {
  let handlers: Handlers
  beforeEach(() => {
    registered.clear()
    handlers = spyHandlers()
    registerHandlers(handlers, isRendererUrl)
  })

  const send = (senderFrame: FakeFrame | null, channel = 'articles:open', payload: unknown = { id: 'a1' }) =>
    registered.get(channel)!({ senderFrame }, payload)

  it('registers every channel of the contract', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it("lets the app's own main frame through to the handler", async () => {
    expect(await send(mainFrame)).toEqual({ ok: true, value: 'called' })
    expect(await send({ url: APP + '#notes', parent: null })).toEqual({ ok: true, value: 'called' })
    expect(handlers['articles:open']).toHaveBeenCalledTimes(2)
  })

  it.each<[string, FakeFrame | null]>([
    ['no frame (destroyed or navigated away)', null],
    ['a child frame of the app page', { url: APP, parent: mainFrame }],
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    [
      'the app path on another host',
      { url: 'file://other-host/opt/dossier/out/renderer/index.html', parent: null },
    ],
    ['a dev server URL in a packaged app', { url: 'http://localhost:5173/', parent: null }],
  ])('refuses %s without running any handler', async (_what, frame) => {
    for (const channel of ['articles:open', 'articles:list', 'annotations:restore']) {
      expect(await send(frame, channel)).toEqual({
        ok: false,
        error: { code: 'invalid-request', message: 'Request refused: it did not come from Dossier.' },
      })
    }
    for (const c of CHANNELS) expect(handlers[c]).not.toHaveBeenCalled()
  })
})
