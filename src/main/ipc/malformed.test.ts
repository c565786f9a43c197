import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type Channel, type OpenedArticle, type RequestOf } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import type { Annotation } from '../../shared/model/annotation'
import { CASE_NAME_MAX, type DeletedCase } from '../../shared/model/case'
import { articleAnalysis } from '../services/analysis/articleAnalysis'
import { createAnnotation, deleteAnnotation } from '../services/annotations/edit'
import { setMemo } from '../services/articles/edit'
import { importBytes } from '../services/articles/imports'
import { openArticle } from '../services/articles/read'
import { addArticles, createCase } from '../services/cases'
import { createLibrary, type Library } from '../services/library'
import { type Db, openDb } from '../services/store/db'
import { malformedVariants, type PayloadCase } from '../../test-support/malformedPayloads'
import { tempDir } from '../../test-support/tempDir'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

/**
 * Every channel of the contract fed malformed payloads, the way a compromised renderer could:
 * each call must answer a readable error (never throw, never reach a dialog) and leave every
 * row of the store as it was.
 */

const encode = (s: string) => new TextEncoder().encode(s)
const UNKNOWN_ID = 'aaaaaaaa-0000-4000-8000-000000000000'

let folder: ReturnType<typeof tempDir>
let db: Db
let library: Library
let handlers: Handlers
const dialogCalls: string[] = []
const events: unknown[] = []

interface Fixture {
  articleA: string
  articleB: string
  lengthA: number
  /** A live annotation of A. */
  liveA: Annotation
  /** An annotation of A that was deleted: the one thing `annotations:restore` may put back. */
  deletedA: Annotation
  liveB: Annotation
  /** A case holding A (another, "Quay", holds nothing). */
  caseId: string
}
let f: Fixture

beforeAll(async () => {
  folder = tempDir('dossier-malformed-')
  db = openDb(folder.dir)
  library = createLibrary(db, { clock: () => new Date('2026-03-01T10:00:00Z') })
  const a = await importBytes(
    library,
    'harbour.txt',
    encode(
      'Council approves the harbour budget\n\nThe council approved 12 million euros for the harbour on Tuesday.',
    ),
  )
  const b = await importBytes(
    library,
    'quay.txt',
    encode('Work on the quay begins\n\nWork on the new quay is to begin in the spring and take two years.'),
  )
  if (!a.id || !b.id) throw new Error('the fixture articles did not import')
  const lengthA = openArticle(library, a.id).article.text.length
  const liveA = createAnnotation(library, {
    articleId: a.id,
    start: 0,
    end: 7,
    note: 'first',
    tags: ['budget'],
  })
  const deletedA = deleteAnnotation(
    library,
    createAnnotation(library, { articleId: a.id, start: 8, end: 15, color: 'green' }).id,
  )
  const liveB = createAnnotation(library, { articleId: b.id, start: 0, end: 4, note: 'on B' })
  setMemo(library, a.id, 'A memo')
  await articleAnalysis(library, a.id)
  const harbour = createCase(db, 'Harbour')
  addArticles(db, harbour.id, [a.id])
  createCase(db, 'Quay')
  f = { articleA: a.id, articleB: b.id, lengthA, liveA, deletedA, liveB, caseId: harbour.id }
  handlers = createHandlers({
    library,
    dialogs: {
      chooseImportFiles: async () => (dialogCalls.push('open'), []),
      chooseImportFolder: async () => (dialogCalls.push('folder'), null),
      chooseExportPath: async () => (dialogCalls.push('save'), null),
    },
    samplePath: folder.file('sample.txt', 'Sample\n\nA sample body.'),
    notify: (event) => events.push(event),
  })
})

afterAll(() => {
  library.db.close()
  folder.cleanup()
})

/** A valid payload per channel (the one the malformed variants are made from) and its optional keys. */
function validPayloads(): { [C in Channel]: { payload: RequestOf<C>; optional?: string[] } } {
  const optional = ['note', 'tags', 'color']
  return {
    'articles:list': { payload: undefined },
    'articles:open': { payload: { id: f.articleA } },
    'articles:importDialog': { payload: undefined },
    'articles:importFiles': {
      payload: { files: [{ name: 'new.txt', bytes: encode('New\n\nA new body.') }] },
    },
    'articles:importSample': { payload: undefined },
    'articles:importFolderDialog': { payload: undefined },
    'articles:cancelImport': { payload: undefined },
    'articles:delete': { payload: { id: f.articleA } },
    'articles:original': { payload: { id: f.articleA } },
    'articles:reextract': { payload: { id: f.articleA } },
    'articles:setMemo': { payload: { id: f.articleA, memo: 'changed' } },
    'analysis:get': { payload: { articleId: f.articleA } },
    'annotations:create': {
      payload: { articleId: f.articleA, start: 1, end: 5, note: 'n', tags: ['t'], color: 'blue' },
      optional,
    },
    'annotations:update': { payload: { id: f.liveA.id, note: 'n', tags: ['t'], color: 'blue' }, optional },
    'annotations:delete': { payload: { id: f.liveA.id } },
    'annotations:restore': { payload: { annotation: f.deletedA } },
    'search:query': { payload: { query: 'body', limit: 20 }, optional: ['limit'] },
    'notes:export': { payload: { articleId: f.articleA, format: 'md' } },
    'articles:listRows': {
      payload: { sort: 'title', direction: 'asc', caseId: f.caseId, publisher: 'Gazette', tag: 'budget' },
      optional: ['caseId', 'publisher', 'tag'],
    },
    'cases:list': { payload: undefined },
    'cases:create': { payload: { name: 'Quay works' } },
    'cases:rename': { payload: { id: f.caseId, name: 'Port' } },
    'cases:delete': { payload: { id: f.caseId } },
    'cases:addArticles': { payload: { caseId: f.caseId, articleIds: [f.articleB] } },
    'cases:removeArticles': { payload: { caseId: f.caseId, articleIds: [f.articleA] } },
    'cases:restore': { payload: { deleted: deletedCase(f.caseId, 'Harbour') } },
    'tags:list': { payload: undefined },
    'tags:rename': { payload: { from: 'budget', to: 'money' } },
    'tags:merge': { payload: { from: ['budget'], to: 'money' } },
    'tags:suggest': { payload: { prefix: 'bu', limit: 5 }, optional: ['limit'] },
    'tags:restore': {
      payload: { notes: [{ id: f.liveA.id, tags: ['budget'], updatedAt: f.liveA.updatedAt }] },
    },
  }
}

/** Ids that pass validation but name nothing, or the wrong kind of thing. */
const wrongIds = (): PayloadCase[] => [
  { label: 'an unknown id', payload: UNKNOWN_ID },
  { label: 'the id __proto__', payload: '__proto__' },
  { label: 'the id constructor', payload: 'constructor' },
  { label: 'the id hasOwnProperty', payload: 'hasOwnProperty' },
]

/**
 * Requests that pass validation but must be refused by the service: unknown ids, an annotation's
 * id where an article's is expected (and back), another article's ids, offsets outside the text.
 */
function wellFormedButWrong(): { [C in Channel]: PayloadCase[] } {
  const articleIds = [...wrongIds(), { label: "an annotation's id", payload: f.liveA.id }]
  const annotationIds = [
    ...wrongIds(),
    { label: "an article's id", payload: f.articleA },
    { label: 'a deleted annotation', payload: f.deletedA.id },
  ]
  const byArticleId = (make: (id: string) => unknown) =>
    articleIds.map((c) => ({ label: `id = ${c.label}`, payload: make(c.payload as string) }))
  const byAnnotationId = (make: (id: string) => unknown) =>
    annotationIds.map((c) => ({ label: `id = ${c.label}`, payload: make(c.payload as string) }))
  const restore = (label: string, change: (a: Annotation) => Annotation): PayloadCase => ({
    label,
    payload: { annotation: change(structuredClone(f.deletedA)) },
  })
  const at = (a: Annotation, start: number, end: number): Annotation => ({
    ...a,
    position: { ...a.position, start, end },
  })
  return {
    'articles:list': [],
    'articles:open': byArticleId((id) => ({ id })),
    'articles:importDialog': [],
    'articles:importFiles': [],
    'articles:importSample': [],
    'articles:importFolderDialog': [],
    'articles:cancelImport': [],
    'articles:delete': byArticleId((id) => ({ id })),
    'articles:original': byArticleId((id) => ({ id })),
    'articles:reextract': byArticleId((id) => ({ id })),
    'articles:setMemo': byArticleId((id) => ({ id, memo: 'changed' })),
    'analysis:get': byArticleId((articleId) => ({ articleId })),
    'annotations:create': [
      ...byArticleId((articleId) => ({ articleId, start: 0, end: 4 })),
      { label: 'end one past the text', payload: { articleId: f.articleA, start: 0, end: f.lengthA + 1 } },
      {
        label: 'a range after the text',
        payload: { articleId: f.articleA, start: f.lengthA + 10, end: f.lengthA + 20 },
      },
      { label: 'offsets near 2^31', payload: { articleId: f.articleA, start: 2 ** 31, end: 2 ** 31 + 1 } },
      { label: 'reversed offsets', payload: { articleId: f.articleA, start: 9, end: 2 } },
    ],
    'annotations:update': byAnnotationId((id) => ({ id, note: 'changed' })),
    'annotations:delete': byAnnotationId((id) => ({ id })),
    'annotations:restore': [
      ...byArticleId((articleId) => ({ annotation: { ...f.deletedA, articleId } })),
      // Not here: a deleted annotation of A sent under B's id. Once deleted, nothing in the store
      // tells it from one of B's but its quote, and undo may restore an annotation whose quote the
      // text no longer holds (one left unplaced by a re-extraction).
      restore("a live annotation of A under B's id", () => ({ ...f.liveA, articleId: f.articleB })),
      restore("B's live annotation under A's id", () => ({ ...f.liveB, articleId: f.articleA })),
      restore('offsets after the text', (a) => at(a, f.lengthA + 10, f.lengthA + 20)),
      restore('end past the text', (a) => at(a, 0, f.lengthA + 1)),
      restore('reversed offsets', (a) => at(a, 15, 8)),
      restore('an empty range', (a) => at(a, 8, 8)),
      restore('offsets near 2^31', (a) => at(a, 2 ** 31, 2 ** 31 + 1)),
    ],
    'search:query': searchQueries(),
    'notes:export': byArticleId((articleId) => ({ articleId, format: 'md' })),
    'articles:listRows': [
      ...byCaseId((caseId) => ({ sort: 'title', direction: 'asc', caseId })),
      { label: 'a case and unfiled at once', payload: { sort: 'title', direction: 'asc', caseId: f.caseId, unfiled: true } },
    ],
    'cases:list': [],
    'cases:create': badNames((name) => ({ name })),
    'cases:rename': [...byCaseId((id) => ({ id, name: 'Port' })), ...badNames((name) => ({ id: f.caseId, name }))],
    'cases:delete': byCaseId((id) => ({ id })),
    'cases:addArticles': [
      ...byCaseId((caseId) => ({ caseId, articleIds: [f.articleB] })),
      ...articleIds.map((c) => ({
        label: `articleIds[0] = ${c.label}`,
        payload: { caseId: f.caseId, articleIds: [c.payload] },
      })),
      { label: 'a known and an unknown article', payload: { caseId: f.caseId, articleIds: [f.articleB, UNKNOWN_ID] } },
    ],
    'cases:removeArticles': byCaseId((caseId) => ({ caseId, articleIds: [f.articleA] })),
    'cases:restore': [
      { label: 'a case that is still there', payload: { deleted: deletedCase(f.caseId, 'Gone') } },
      ...badNames((name) => ({ deleted: deletedCase(UNKNOWN_ID, name) })),
    ],
    'tags:list': [],
    'tags:rename': [
      { label: 'a tag no note has', payload: { from: 'nope', to: 'money' } },
      { label: 'an empty new name', payload: { from: 'budget', to: ' \t ' } },
      { label: 'an empty tag', payload: { from: '  ', to: 'money' } },
    ],
    'tags:merge': [
      { label: 'tags no note has', payload: { from: ['nope', 'never'], to: 'money' } },
      { label: 'an empty new name', payload: { from: ['budget'], to: '' } },
    ],
    'tags:suggest': [],
    'tags:restore': [],
  }
}

/** A case as `cases:delete` answers it, holding article A. */
function deletedCase(id: string, name: string): DeletedCase {
  const at = '2026-03-01T10:00:00.000Z'
  return {
    id,
    name,
    createdAt: at,
    updatedAt: at,
    articles: 1,
    members: [{ articleId: f.articleA, addedAt: at }],
  }
}

/** Case ids that pass validation but name no case (an article's id among them). */
function byCaseId(make: (id: string) => unknown): PayloadCase[] {
  const ids = [...wrongIds(), { label: "an article's id", payload: f.articleA }]
  return ids.map((c) => ({ label: `case id = ${c.label}`, payload: make(c.payload as string) }))
}

/** Names the service refuses: empty once tidied, too long, the pane's own entries, a name taken. */
function badNames(make: (name: string) => unknown): PayloadCase[] {
  const names = ['', ' \n\t ', 'x'.repeat(CASE_NAME_MAX + 1), 'Unfiled', 'all ARTICLES', 'QUAY']
  return names.map((name) => ({ label: `name = ${JSON.stringify(name.slice(0, 20))}`, payload: make(name) }))
}

/** Queries that pass validation but that the search refuses, each with a message for the person who typed it. */
function searchQueries(): PayloadCase[] {
  return [
    { label: 'a negated date', payload: { query: 'body -after:2023-01-01' } },
    { label: 'too many words', payload: { query: Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') } },
    { label: 'a case filter the window cannot resolve', payload: { query: 'case:x body' } },
  ]
}

/** Every row of every table (blobs as hex), and the schema version: the whole store as text. */
function snapshot(): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string
  }[]
  const dump: Record<string, unknown> = { version: db.prepare('PRAGMA user_version').get() }
  for (const { name } of tables) {
    // Sorted as text: some tables have no rowid (WITHOUT ROWID), and row order is not what is compared.
    // Big integers as BigInt: FTS5's own tables hold values past Number's range.
    const select = db.prepare(`SELECT * FROM "${name}"`)
    select.setReadBigInts(true)
    const rows = select.all()
    dump[name] = rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              v instanceof Uint8Array ? Buffer.from(v).toString('hex') : typeof v === 'bigint' ? String(v) : v,
            ]),
          ),
        ),
      )
      .sort()
  }
  return JSON.stringify(dump)
}

/** Why a message could not be shown to a person as it is, or null when it can. */
function unreadable(message: unknown): string | null {
  if (typeof message !== 'string') return 'the message is not a string'
  if (message.length < 20) return `the message is too short: ${JSON.stringify(message)}`
  if (message.length > 400) return `the message is ${message.length} characters long`
  if (
    /\bundefined\b|\[object \w+\]|\n\s+at |\b(Type|Range|Reference|Syntax)Error\b|SQLITE|node_modules|\.ts:\d/.test(
      message,
    )
  ) {
    return `the message leaks internals: ${JSON.stringify(message)}`
  }
  return null
}

function casesOf(channel: Channel): PayloadCase[] {
  const { payload, optional } = validPayloads()[channel]
  return [...malformedVariants(payload, optional), ...wellFormedButWrong()[channel]]
}

describe('every IPC channel, fed malformed payloads', () => {
  it('has malformed cases for every channel of the contract', () => {
    const valid = validPayloads()
    const wrong = wellFormedButWrong()
    expect(Object.keys(valid).sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(wrong).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(casesOf(channel).length, channel).toBeGreaterThanOrEqual(15)
  })

  it('answers each with a readable error, throws nothing, opens no dialog and changes no row', async () => {
    const failures: string[] = []
    const codes = new Map<string, number>()
    let calls = 0
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let before = snapshot()
    for (const channel of CHANNELS) {
      for (const { label, payload } of casesOf(channel)) {
        calls++
        const what = `${channel} with ${label}`
        let result: Awaited<ReturnType<typeof dispatch>>
        try {
          result = await dispatch(handlers, channel, payload)
        } catch (error) {
          failures.push(`${what}: threw ${String(error)}`)
          continue
        }
        if (result.ok) failures.push(`${what}: was accepted`)
        else {
          codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
          if (result.error.code === 'internal')
            failures.push(`${what}: failed inside a service instead of being refused`)
          const why = unreadable(result.error.message)
          if (why) failures.push(`${what}: ${why}`)
        }
        const after = snapshot()
        if (after !== before) failures.push(`${what}: changed the store`)
        before = after
      }
    }
    logged.mockRestore()
    expect(failures).toEqual([])
    expect(dialogCalls).toEqual([])
    expect(events).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Both layers answered: validation refused the malformed, the services the wrong ids.
    expect(codes.get('invalid-request')).toBeGreaterThan(1000)
    expect(codes.get('not-found')).toBeGreaterThan(30)
    expect(calls).toBe([...codes.values()].reduce((sum, n) => sum + n, 0))
    expect(calls).toBeGreaterThan(1500)
  })

  it('still serves well-formed requests afterwards', async () => {
    const opened = (await dispatch(handlers, 'articles:open', { id: f.articleA })) as IpcResult<OpenedArticle>
    expect(opened.ok && opened.value.annotations.map((a) => a.id)).toEqual([f.liveA.id])
    const restored = await dispatch(handlers, 'annotations:restore', { annotation: f.deletedA })
    expect(restored).toEqual({ ok: true, value: f.deletedA })
    const found = await dispatch(handlers, 'search:query', { query: 'harbour', limit: 5 })
    expect(found.ok && (found.value as { id: string; snippet: string }[]).map((h) => [h.id, h.snippet.includes('«harbour»')])).toEqual([
      [f.articleA, true],
    ])
  })
})
