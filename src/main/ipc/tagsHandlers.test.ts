import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../services/annotations/edit'
import { importBytes } from '../services/articles/imports'
import { openArticle } from '../services/articles/read'
import { handlerHarness } from '../../test-support/handlerHarness'

/* The tags channels, called as the window calls them: through validation. */

const ipc = handlerHarness('dossier-tags-ipc-')
const { call } = ipc

describe('the tags channels', () => {
  it('list with counts, suggest, merge, and put every note back as it was', async () => {
    const a = await importBytes(
      ipc.library,
      'alpha.txt',
      new TextEncoder().encode('Alpha report\n\nThe alpha body.'),
    )
    const one = createAnnotation(ipc.library, { articleId: a.id!, start: 0, end: 5, tags: ['army', 'Iran'] })
    const two = createAnnotation(ipc.library, { articleId: a.id!, start: 6, end: 12, tags: ['military'] })
    expect(await call('tags:list')).toEqual([
      { name: 'army', annotations: 1, articles: 1 },
      { name: 'Iran', annotations: 1, articles: 1 },
      { name: 'military', annotations: 1, articles: 1 },
    ])
    expect(await call('tags:suggest', { prefix: 'mi' })).toEqual(['military'])

    const before = await call('tags:merge', { from: ['army', 'military'], to: 'armed forces' })
    expect(await call('tags:list')).toEqual([
      { name: 'armed forces', annotations: 2, articles: 1 },
      { name: 'Iran', annotations: 1, articles: 1 },
    ])
    expect(await call('tags:restore', { notes: before })).toBe(2)
    const notes = openArticle(ipc.library, a.id!).annotations
    expect(notes.map((n) => [n.tags, n.updatedAt])).toEqual([
      [one.tags, one.updatedAt],
      [two.tags, two.updatedAt],
    ])
  })
})
