import { describe, expect, it } from 'vitest'
import type { ArticleListChoices, ArticleListRow } from '../../shared/model/articleList'
import { createAnnotation } from '../services/annotations/edit'
import { importBytes } from '../services/articles/imports'
import { handlerHarness } from '../../test-support/handlerHarness'

/* Deleting an article from the window and putting it back, and the list's filter choices, through validation. */

const encode = (s: string) => new TextEncoder().encode(s)
const ipc = handlerHarness('dossier-list-ipc-')
const { dispatch } = ipc

describe('articles:delete and articles:restore', () => {
  it('delete an article with its note, then put both back; a second restore is refused readably', async () => {
    const a = await importBytes(
      ipc.library,
      'alpha.md',
      encode('---\npublisher: Gazette\n---\n\n# Alpha\n\nThe alpha body.'),
    )
    createAnnotation(ipc.library, { articleId: a.id!, start: 0, end: 5, tags: ['budget'] })
    const rows = async () =>
      (
        (await dispatch<ArticleListRow[]>('articles:listRows', { sort: 'title', direction: 'asc' })) as {
          value: ArticleListRow[]
        }
      ).value
    expect(await dispatch('articles:delete', { id: a.id })).toEqual({ ok: true, value: undefined })
    expect(await rows()).toEqual([])
    expect(await dispatch('articles:restore', { id: a.id })).toEqual({ ok: true, value: undefined })
    expect((await rows()).map((r) => [r.title, r.notes])).toEqual([['Alpha', 1]])
    expect(await dispatch('articles:restore', { id: a.id })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message:
          'Dossier has no copy of that article to put back: it is back already, or was deleted too long ago.',
      },
    })
    const choices = (await dispatch<ArticleListChoices>('articles:listChoices')) as {
      value: ArticleListChoices
    }
    expect(choices.value.publishers).toEqual([{ name: 'Gazette', articles: 1 }])
    expect(choices.value.tags).toEqual([{ name: 'budget', articles: 1 }])
  })
})
