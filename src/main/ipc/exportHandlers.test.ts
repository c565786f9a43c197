import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppEvent } from '../../shared/ipc/contract'
import { createCase, addArticles } from '../services/cases'
import { createLibrary, type Library } from '../services/library'
import { openDb } from '../services/store/db'
import { addArticle, addNote } from '../../test-support/searchLibrary'
import { tempDir } from '../../test-support/tempDir'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

let folder: ReturnType<typeof tempDir>
let library: Library
let handlers: Handlers
let events: AppEvent[]
let answer: { file: string | null; folder: string | null }
let dialogs: string[]
let caseId: string
let onEvent: (event: AppEvent) => void

beforeEach(() => {
  folder = tempDir('dossier-export-ipc-')
  library = createLibrary(openDb(join(folder.dir, 'store')), { clock: () => new Date('2026-03-01T10:00:00Z') })
  events = []
  dialogs = []
  answer = { file: null, folder: null }
  onEvent = () => undefined
  handlers = createHandlers({
    library,
    dialogs: {
      chooseImportFiles: async () => [],
      chooseImportFolder: async () => null,
      chooseExportPath: async (name, filter) => (dialogs.push(`file ${name} ${filter.extension}`), answer.file),
      chooseExportFolder: async (name) => (dialogs.push(`folder ${name}`), answer.folder),
      chooseAnnotationFile: async () => null,
    },
    samplePath: folder.file('sample.txt', 'Sample\n\nA sample body.'),
    notify: (event) => {
      events.push(event)
      onEvent(event)
    },
  })
  const ids = ['Port deal', 'Quay strike', 'Rail link'].map((title) =>
    addArticle(library.db, { title, text: `${title} body.\n\nMore about it.` }),
  )
  addNote(library.db, { id: 'n1', articleId: ids[0], text: 'Port deal body.', start: 0, end: 9, note: 'Check.' })
  caseId = createCase(library.db, 'Harbour', library.clock()).id
  addArticles(library.db, caseId, ids.slice(0, 2), library.clock())
})
afterEach(() => {
  library.db.close()
  folder.cleanup()
})

const call = async (channel: string, payload?: unknown) => {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('export channels', () => {
  it('lists the formats the export table writes, with their labels and extensions', async () => {
    const formats = (await call('export:formats')) as { format: string; label: string; extension: string }[]
    expect(formats.slice(0, 2)).toEqual([
      { format: 'md', label: 'Markdown', extension: 'md' },
      { format: 'json', label: 'Dossier JSON', extension: 'json' },
    ])
  })

  it('writes a case as JSON to the chosen file, reporting progress per article', async () => {
    answer.file = join(folder.dir, 'harbour.json')
    const outcome = await call('export:run', { format: 'json', scope: { kind: 'case', caseId } })
    expect(outcome).toEqual({ status: 'written', path: answer.file, articles: 2, folder: false })
    expect(dialogs).toEqual(['file Harbour.json json'])
    const written = JSON.parse(readFileSync(answer.file, 'utf8'))
    expect(written.articles.map((a: { title: string }) => a.title).sort()).toEqual(['Port deal', 'Quay strike'])
    expect(events).toEqual([
      { type: 'export-progress', done: 1, total: 2 },
      { type: 'export-progress', done: 2, total: 2 },
    ])
  })

  it('writes Markdown of a case into the chosen folder: one note per article and an index', async () => {
    answer.folder = join(folder.dir, 'vault')
    const outcome = await call('export:run', { format: 'md', scope: { kind: 'case', caseId } })
    expect(outcome).toMatchObject({ status: 'written', path: answer.folder, folder: true })
    expect(dialogs).toEqual(['folder Harbour'])
    const names = readdirSync(answer.folder)
    expect(names).toHaveLength(3)
    expect(names.some((n) => readFileSync(join(answer.folder!, n), 'utf8').includes('> Port deal'))).toBe(true)
  })

  it('writes nothing and answers null when the save dialog is cancelled', async () => {
    expect(await call('export:run', { format: 'json', scope: { kind: 'library' } })).toBeNull()
    expect(readdirSync(folder.dir).filter((n) => n !== 'store' && n !== 'sample.txt')).toEqual([])
  })

  it('stops on Cancel between articles and leaves no file, not even a temporary one', async () => {
    answer.file = join(folder.dir, 'all.json')
    onEvent = (event) => {
      if (event.type === 'export-progress' && event.done === 1) void call('export:cancel')
    }
    expect(await call('export:run', { format: 'json', scope: { kind: 'library' } })).toEqual({ status: 'cancelled' })
    expect(existsSync(answer.file)).toBe(false)
    expect(readdirSync(folder.dir).filter((n) => n !== 'store' && n !== 'sample.txt')).toEqual([])
    expect(events.length).toBeLessThan(3)
  })

  it('stops a Markdown folder export on Cancel without creating the folder', async () => {
    answer.folder = join(folder.dir, 'vault')
    onEvent = (event) => {
      if (event.type === 'export-progress' && event.done === 1) void call('export:cancel')
    }
    expect(await call('export:run', { format: 'md', scope: { kind: 'library' } })).toEqual({ status: 'cancelled' })
    expect(readdirSync(folder.dir).filter((n) => n !== 'store' && n !== 'sample.txt')).toEqual([])
  })

  it('refuses a case with no articles before any dialog opens', async () => {
    const empty = createCase(library.db, 'Empty', library.clock()).id
    const result = await dispatch(handlers, 'export:run', { format: 'md', scope: { kind: 'case', caseId: empty } })
    expect(result).toEqual({ ok: false, error: { code: 'export-failed', message: '“Empty” has no articles to export.' } })
    expect(dialogs).toEqual([])
  })

  it('answers a readable error naming the path when the file cannot be written, and the next export still runs', async () => {
    answer.file = join(folder.dir, 'missing', 'out.json')
    const result = await dispatch(handlers, 'export:run', { format: 'json', scope: { kind: 'library' } })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain(answer.file)
    answer.file = join(folder.dir, 'out.json')
    expect(await call('export:run', { format: 'json', scope: { kind: 'library' } })).toMatchObject({ status: 'written' })
  })
})
