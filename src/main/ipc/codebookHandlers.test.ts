import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../shared/model/annotation'
import type { Code, CodebookEntry, DeletedCode } from '../../shared/model/codebook'
import { createAnnotation } from '../services/annotations/edit'
import { importBytes } from '../services/articles/imports'
import { handlerHarness } from '../../test-support/handlerHarness'

/* The codebook channels, called as the window calls them: through validation. */

const encode = (s: string) => new TextEncoder().encode(s)
const ipc = handlerHarness('dossier-codes-ipc-')
const { call } = ipc

const outline = async () =>
  (await call<CodebookEntry[]>('codes:list')).map(
    (c) => `${'  '.repeat(c.depth)}${c.name} ${c.passages}/${c.articles}`,
  )

describe('the codebook channels', () => {
  it('build a tree, code highlights in two articles, report on them, and undo a delete', async () => {
    const a = await importBytes(ipc.library, 'alpha.txt', encode('Alpha report\n\nThe alpha body.'))
    const b = await importBytes(ipc.library, 'beta.txt', encode('Beta report\n\nThe beta body.'))
    const ha: Annotation = createAnnotation(ipc.library, { articleId: a.id!, start: 0, end: 5 })
    const hb: Annotation = createAnnotation(ipc.library, { articleId: b.id!, start: 0, end: 4 })

    const framing = await call<Code>('codes:create', { name: ' Framing ', color: 'blue' })
    const tone = await call<Code>('codes:create', { name: 'Tone' })
    await call('codes:move', { id: tone.id, parentId: framing.id })
    expect(
      await call('codes:update', { id: tone.id, color: 'pink', description: 'How it sounds' }),
    ).toMatchObject({
      name: 'Tone',
      color: 'pink',
      description: 'How it sounds',
      parentId: framing.id,
      updatedAt: '2026-03-01T10:00:00.000Z',
    })
    expect(
      (await call<Code[]>('codes:code', { annotationId: ha.id, codeId: tone.id })).map((c) => c.name),
    ).toEqual(['Tone'])
    await call('codes:code', { annotationId: ha.id, codeId: framing.id, index: 0 })
    await call('codes:code', { annotationId: hb.id, codeId: tone.id })
    expect(await outline()).toEqual(['Framing 1/1', '  Tone 2/2'])
    expect(await call('codes:ofArticle', { articleId: a.id })).toEqual({ [ha.id]: [framing.id, tone.id] })
    expect(
      (await call<{ articleTitle: string }[]>('codes:passages', { id: tone.id })).map((p) => p.articleTitle),
    ).toEqual(['Alpha report', 'Beta report'])
    expect(await call<unknown[]>('codes:passages', { id: framing.id, includeChildren: true })).toHaveLength(3)
    expect(await call('codes:counts')).toHaveLength(3)
    expect(await call('codes:cooccurrence')).toEqual([
      { codeId: [framing.id, tone.id].sort()[0], otherCodeId: [framing.id, tone.id].sort()[1], passages: 1 },
    ])
    expect((await call<Code[]>('codes:suggest', { prefix: 'to' })).map((c) => c.name)).toEqual(['Tone'])

    const deleted = await call<DeletedCode>('codes:delete', { id: framing.id })
    expect(await outline()).toEqual(['Tone 2/2'])
    expect(await call('codes:restore', { deleted })).toMatchObject({ id: framing.id, name: 'Framing' })
    expect(await outline()).toEqual(['Framing 1/1', '  Tone 2/2'])
    expect(await call('codes:ofArticle', { articleId: a.id })).toEqual({ [ha.id]: [framing.id, tone.id] })
    expect(
      (await call<Code[]>('codes:uncode', { annotationId: ha.id, codeId: framing.id })).map((c) => c.id),
    ).toEqual([tone.id])
  })

  it('answers a name the codebook refuses with a message for the person', async () => {
    await call('codes:create', { name: 'Framing' })
    expect(await ipc.dispatch('codes:create', { name: 'FRAMING' })).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'There is already a code called “Framing” at the top of the codebook.',
      },
    })
  })
})
