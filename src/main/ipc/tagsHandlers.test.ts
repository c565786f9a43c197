import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../shared/ipc/result'
import { createAnnotation } from '../services/annotations/edit'
import { importBytes } from '../services/articles/imports'
import { openArticle } from '../services/articles/read'
import { createLibrary, type Library } from '../services/library'
import { openDb } from '../services/store/db'
import { tempDir } from '../../test-support/tempDir'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

/* The tags channels, called as the window calls them: through validation. */

let folder: ReturnType<typeof tempDir>
let library: Library
let handlers: Handlers

beforeEach(() => {
  folder = tempDir('dossier-tags-ipc-')
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

async function call<T>(channel: string, payload?: unknown): Promise<T> {
  const result = (await dispatch(handlers, channel, payload)) as IpcResult<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

describe('the tags channels', () => {
  it('list with counts, suggest, merge, and put every note back as it was', async () => {
    const a = await importBytes(
      library,
      'alpha.txt',
      new TextEncoder().encode('Alpha report\n\nThe alpha body.'),
    )
    const one = createAnnotation(library, { articleId: a.id!, start: 0, end: 5, tags: ['army', 'Iran'] })
    const two = createAnnotation(library, { articleId: a.id!, start: 6, end: 12, tags: ['military'] })
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
    const notes = openArticle(library, a.id!).annotations
    expect(notes.map((n) => [n.tags, n.updatedAt])).toEqual([
      [one.tags, one.updatedAt],
      [two.tags, two.updatedAt],
    ])
  })
})
