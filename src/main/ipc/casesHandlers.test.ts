import { describe, expect, it } from 'vitest'
import { importBytes } from '../services/articles/imports'
import { handlerHarness } from '../../test-support/handlerHarness'

/* The cases channels and the list query, called as the window calls them: through validation. */

const encode = (s: string) => new TextEncoder().encode(s)
const ipc = handlerHarness('dossier-cases-ipc-')
const { call } = ipc

describe('the cases channels', () => {
  it('create, file, list by case and unfiled, rename and delete, keeping the articles', async () => {
    const a = await importBytes(ipc.library, 'alpha.txt', encode('Alpha report\n\nThe alpha body.'))
    const b = await importBytes(ipc.library, 'beta.md', encode('# Beta report\n\nThe beta body.'))
    const made = await call<{ id: string; name: string }>('cases:create', { name: '  Harbour  ' })
    expect(made.name).toBe('Harbour')
    expect(await call('cases:addArticles', { caseId: made.id, articleIds: [a.id] })).toBe(1)
    expect(await call('cases:list')).toMatchObject({
      cases: [{ name: 'Harbour', articles: 1 }],
      all: 2,
      unfiled: 1,
    })

    const inCase = await call<{ id: string; format: string; fileName: string }[]>('articles:listRows', {
      sort: 'title',
      direction: 'asc',
      caseId: made.id,
    })
    expect(inCase.map((r) => [r.id, r.format, r.fileName])).toEqual([[a.id, 'text', 'alpha.txt']])
    const unfiled = await call<{ id: string }[]>('articles:listRows', {
      sort: 'title',
      direction: 'asc',
      unfiled: true,
    })
    expect(unfiled.map((r) => r.id)).toEqual([b.id])
    const byTitleDesc = await call<{ title: string }[]>('articles:listRows', {
      sort: 'title',
      direction: 'desc',
    })
    expect(byTitleDesc.map((r) => r.title)).toEqual(['Beta report', 'Alpha report'])

    expect(await call('cases:rename', { id: made.id, name: 'Port' })).toMatchObject({ name: 'Port' })
    expect(await call('cases:removeArticles', { caseId: made.id, articleIds: [a.id] })).toBe(1)
    expect(await call('cases:delete', { id: made.id })).toMatchObject({ name: 'Port', articles: 0 })
    expect(await call('cases:list')).toEqual({ cases: [], all: 2, unfiled: 2 })
  })

  it('puts a deleted case back with its articles', async () => {
    const a = await importBytes(ipc.library, 'alpha.txt', encode('Alpha report\n\nThe alpha body.'))
    const made = await call<{ id: string }>('cases:create', { name: 'Harbour' })
    await call('cases:addArticles', { caseId: made.id, articleIds: [a.id] })
    const deleted = await call<{ members: unknown[] }>('cases:delete', { id: made.id })
    expect(deleted).toMatchObject({ name: 'Harbour', articles: 1, members: [{ articleId: a.id }] })
    expect(await call('cases:restore', { deleted })).toMatchObject({
      id: made.id,
      name: 'Harbour',
      articles: 1,
    })
    expect(await call('cases:list')).toMatchObject({ cases: [{ name: 'Harbour', articles: 1 }], unfiled: 0 })
  })

  it('answers a duplicate name with a message for the person', async () => {
    await call('cases:create', { name: 'Harbour' })
    expect(await ipc.dispatch('cases:create', { name: 'HARBOUR' })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'There is already a case called “Harbour”.' },
    })
  })
})
