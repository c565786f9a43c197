// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DossierBridge } from '../../../shared/ipc/contract'
import { api, ApiError, errorMessage } from './api'

function install(bridge: Partial<DossierBridge>) {
  window.dossier = bridge as DossierBridge
}

afterEach(() => {
  delete window.dossier
})

describe('api', () => {
  it('answers the value of a successful call', async () => {
    const list = vi.fn().mockResolvedValue({ ok: true, value: [{ id: 'a1' }] })
    install({ articles: { list } } as unknown as DossierBridge)
    await expect(api.articles.list()).resolves.toEqual([{ id: 'a1' }])
  })

  it('passes requests through in the contract shape', async () => {
    const open = vi.fn().mockResolvedValue({ ok: true, value: {} })
    const setMemo = vi.fn().mockResolvedValue({ ok: true, value: undefined })
    const exportNotes = vi.fn().mockResolvedValue({ ok: true, value: null })
    install({ articles: { open, setMemo }, notes: { export: exportNotes } } as unknown as DossierBridge)
    await api.articles.open('a1')
    await api.articles.setMemo('a1', 'memo')
    await expect(api.notes.export('a1', 'md')).resolves.toBeNull()
    expect(open).toHaveBeenCalledWith({ id: 'a1' })
    expect(setMemo).toHaveBeenCalledWith({ id: 'a1', memo: 'memo' })
    expect(exportNotes).toHaveBeenCalledWith({ articleId: 'a1', format: 'md' })
  })

  it('throws an ApiError with the code and message main wrote', async () => {
    const open = vi
      .fn()
      .mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'That article is gone.' } })
    install({ articles: { open } } as unknown as DossierBridge)
    const error = await api.articles.open('x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'not-found', message: 'That article is gone.' })
    expect(errorMessage(error)).toBe('That article is gone.')
  })

  it('turns a broken channel into an internal ApiError', async () => {
    install({
      articles: { list: vi.fn().mockRejectedValue(new Error('ipc exploded')) },
    } as unknown as DossierBridge)
    await expect(api.articles.list()).rejects.toMatchObject({ code: 'internal' })
    delete window.dossier
    await expect(api.articles.list()).rejects.toBeInstanceOf(ApiError)
    expect(api.onCommand(() => {})).toBeTypeOf('function')
  })
})
