import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/ipc/contract'
import { ServiceError } from '../services/errors'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

/** Handlers whose every function is a spy, to prove what reaches a service. */
function spyHandlers(): Handlers {
  return Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(() => 'called')])) as unknown as Handlers
}

describe('the contract', () => {
  it('has a handler for every channel and no handler for anything else', () => {
    const handlers = createHandlers({
      library: {} as never,
      dialogs: {
        chooseImportFiles: async () => [],
        chooseImportFolder: async () => null,
        chooseExportPath: async () => null,
        chooseExportFolder: async () => null,
        chooseAnnotationFile: async () => null,
      },
      samplePath: '',
      notify: () => undefined,
    })
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function')
  })
})

describe('dispatch', () => {
  it('passes a valid request to its handler and wraps the answer', async () => {
    const handlers = spyHandlers()
    const result = await dispatch(handlers, 'annotations:create', { articleId: 'a1', start: 3, end: 9, color: 'green' })
    expect(result).toEqual({ ok: true, value: 'called' })
    expect(handlers['annotations:create']).toHaveBeenCalledWith({ articleId: 'a1', start: 3, end: 9, color: 'green' })
  })

  it.each([
    ['an unknown channel', 'fs:readFile', { path: '/etc/passwd' }],
    ['a prototype key as channel', '__proto__', {}],
    ['a missing payload', 'articles:open', undefined],
    ['a wrong type', 'articles:open', { id: 42 }],
    ['an id with path characters', 'articles:open', { id: '../../etc' }],
    ['an extra field', 'articles:open', { id: 'a1', admin: true }],
    ['a payload on a no-argument channel', 'articles:list', { id: 'a1' }],
    ['a negative offset', 'annotations:create', { articleId: 'a1', start: -1, end: 4 }],
    ['an empty selection', 'annotations:create', { articleId: 'a1', start: 4, end: 4 }],
    ['a fractional offset', 'annotations:create', { articleId: 'a1', start: 1.5, end: 4 }],
    ['an unknown colour', 'annotations:update', { id: 'n1', color: 'red; drop table' }],
    ['too many tags', 'annotations:update', { id: 'n1', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
    ['a note over the limit', 'annotations:update', { id: 'n1', note: 'x'.repeat(100_001) }],
    ['bytes sent as a string', 'articles:importFiles', { files: [{ name: 'a.txt', bytes: 'hello' }] }],
    ['no files', 'articles:importFiles', { files: [] }],
    ['an unknown export format', 'notes:export', { articleId: 'a1', format: 'exe' }],
  ])('rejects %s with a typed error, before any handler runs', async (_what, channel, payload) => {
    const handlers = spyHandlers()
    const result = await dispatch(handlers, channel, payload)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request')
      expect(result.error.message).toMatch(/^Dossier (rejected a malformed|received a request it does not know)/)
    }
    for (const c of CHANNELS) expect(handlers[c]).not.toHaveBeenCalled()
  })

  it('answers a service error with its code and message', async () => {
    const handlers = spyHandlers()
    handlers['articles:open'] = () => {
      throw new ServiceError('not-found', 'That article is no longer in your library.')
    }
    expect(await dispatch(handlers, 'articles:open', { id: 'a1' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That article is no longer in your library.' },
    })
  })

  it('hides the details of an unexpected error', async () => {
    const handlers = spyHandlers()
    handlers['articles:list'] = () => {
      throw new Error('SQLITE_CORRUPT at /home/user/secret/path')
    }
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await dispatch(handlers, 'articles:list', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    error.mockRestore()
  })
})
