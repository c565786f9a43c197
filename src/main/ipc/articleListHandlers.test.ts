import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../shared/ipc/result'
import type { ArticleListChoices, ArticleListRow } from '../../shared/model/articleList'
import { createAnnotation } from '../services/annotations/edit'
import { importBytes } from '../services/articles/imports'
import { createLibrary, type Library } from '../services/library'
import { openDb } from '../services/store/db'
import { tempDir } from '../../test-support/tempDir'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

/* Deleting an article from the window and putting it back, and the list's filter choices, through validation. */

const encode = (s: string) => new TextEncoder().encode(s)
let folder: ReturnType<typeof tempDir>
let library: Library
let handlers: Handlers

beforeEach(() => {
  folder = tempDir('dossier-list-ipc-')
  library = createLibrary(openDb(folder.dir), { clock: () => new Date('2026-03-01T10:00:00Z') })
  handlers = createHandlers({
    library,
    dialogs: {
      chooseImportFiles: async () => [],
      chooseImportFolder: async () => null,
      chooseExportPath: async () => null,
    },
    samplePath: folder.file('sample.txt', 'Sample\n\nA sample body.'),
    notify: () => undefined,
  })
})
afterEach(() => {
  library.db.close()
  folder.cleanup()
})

async function call<T>(channel: string, payload?: unknown): Promise<IpcResult<T>> {
  return (await dispatch(handlers, channel, payload)) as IpcResult<T>
}

describe('articles:delete and articles:restore', () => {
  it('delete an article with its note, then put both back; a second restore is refused readably', async () => {
    const a = await importBytes(
      library,
      'alpha.md',
      encode('---\npublisher: Gazette\n---\n\n# Alpha\n\nThe alpha body.'),
    )
    createAnnotation(library, { articleId: a.id!, start: 0, end: 5, tags: ['budget'] })
    const rows = async () =>
      (
        (await call<ArticleListRow[]>('articles:listRows', { sort: 'title', direction: 'asc' })) as {
          value: ArticleListRow[]
        }
      ).value
    expect(await call('articles:delete', { id: a.id })).toEqual({ ok: true, value: undefined })
    expect(await rows()).toEqual([])
    expect(await call('articles:restore', { id: a.id })).toEqual({ ok: true, value: undefined })
    expect((await rows()).map((r) => [r.title, r.notes])).toEqual([['Alpha', 1]])
    expect(await call('articles:restore', { id: a.id })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message:
          'Dossier has no copy of that article to put back: it is back already, or was deleted too long ago.',
      },
    })
    const choices = (await call<ArticleListChoices>('articles:listChoices')) as { value: ArticleListChoices }
    expect(choices.value.publishers).toEqual([{ name: 'Gazette', articles: 1 }])
    expect(choices.value.tags).toEqual([{ name: 'budget', articles: 1 }])
  })
})
