import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliRunner, inStore, jsonLines } from '../../test-support/cli'
import { tempDir } from '../../test-support/tempDir'
import { run } from '../main'

const dossier = cliRunner(run)

let tmp: ReturnType<typeof tempDir>
let store: string

beforeEach(() => {
  tmp = tempDir('dossier-cli-library-')
  store = join(tmp.dir, 'store')
})
afterEach(() => tmp.cleanup())

const note = (n: number) => [`n${n}.md`, `# Meeting ${n}\n\nThe council met on day ${n} to discuss the harbour.`] as const
const listed = async () => JSON.parse((await dossier('list', '--json', '--store', store)).out) as { id: string; annotations: number }[]

describe('dossier delete', () => {
  it('deletes the known articles with their annotations, reports an unknown id, exits 1 and changes nothing else', async () => {
    const files = [1, 2, 3].map((n) => tmp.file(...note(n)))
    const [a, b, c] = jsonLines((await dossier('import', ...files, '--case', 'Harbour', '--json', '--store', store)).out).map((r) => r.id as string)
    await dossier('annotate', a, '--quote', 'The council met', '--note', 'first', '--store', store)
    await dossier('annotate', c, '--quote', 'The council met', '--note', 'kept', '--store', store)

    const r = await dossier('delete', a, 'no-such-id', b, '--json', '--store', store)
    expect(r.code).toBe(1)
    expect(jsonLines(r.out)).toEqual([
      { id: a, status: 'deleted' },
      { id: 'no-such-id', status: 'failed', error: 'No article “no-such-id” in the library.' },
      { id: b, status: 'deleted' },
    ])
    expect(r.err).toBe('dossier: No article “no-such-id” in the library.\n')
    expect(await listed()).toEqual([expect.objectContaining({ id: c, annotations: 1 })])
    expect(inStore(store, (s) => s.cases().map((x) => [x.name, x.articles]))).toEqual([['Harbour', 1]])
    const [hit] = jsonLines((await dossier('search', 'kept', '--json', '--store', store)).out)
    expect(hit).toMatchObject({ id: c })
    expect(jsonLines((await dossier('search', 'first', '--json', '--store', store)).out)).toEqual([])
  })

  it('prints one JSON document for one id and a readable line without --json', async () => {
    const [a, b] = jsonLines((await dossier('import', tmp.file(...note(1)), tmp.file(...note(2)), '--json', '--store', store)).out).map((r) => r.id)
    const one = await dossier('delete', a as string, '--json', '--store', store)
    expect(one.code).toBe(0)
    expect(JSON.parse(one.out)).toEqual({ id: a, status: 'deleted' })
    expect((await dossier('delete', b as string, '--store', store)).out).toBe(`deleted\t${b}\n`)
    expect(await listed()).toEqual([])
  })

  it('is a usage error without ids', async () => {
    const r = await dossier('delete', '--store', store)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^dossier: delete needs at least one article ID/)
  })
})

describe('dossier import --case', () => {
  it('puts imported and duplicate articles in the case, creating it once, and leaves failed files out', async () => {
    const [first, second] = [tmp.file(...note(1)), tmp.file(...note(2))]
    const made = await dossier('import', first, '--case', 'Harbour strike', '--json', '--store', store)
    expect(made.code).toBe(0)
    const firstId = JSON.parse(made.out).id
    expect(inStore(store, (s) => s.cases().map((c) => [c.name, c.articles]))).toEqual([['Harbour strike', 1]])

    const broken = tmp.file('empty.txt', '')
    const again = await dossier('import', first, broken, second, '--case', ' harbour  STRIKE ', '--json', '--store', store)
    expect(again.code).toBe(1)
    const records = jsonLines(again.out)
    expect(records.map((r) => r.status)).toEqual(['duplicate', 'failed', 'imported'])
    expect(records[0].id).toBe(firstId)
    const cases = inStore(store, (s) => s.cases())
    expect(cases.map((c) => [c.name, c.articles])).toEqual([['Harbour strike', 2]])
    const inCase = jsonLines((await dossier('search', 'council case:"harbour strike"', '--json', '--store', store)).out)
    expect(inCase.map((h) => h.id).sort()).toEqual([firstId, records[2].id].sort())
  })

  it('says how many articles went into the case without --json', async () => {
    const r = await dossier('import', tmp.file(...note(1)), tmp.file(...note(2)), '--case', 'Harbour', '--store', store)
    expect(r.code).toBe(0)
    expect(r.out.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^imported\t/),
      expect.stringMatching(/^imported\t/),
      '2 articles in the case “Harbour”',
    ])
  })

  it('refuses a case name that cannot be one before importing anything, naming it', async () => {
    const r = await dossier('import', tmp.file(...note(1)), '--case', 'Unfiled', '--store', store)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^dossier: --case “Unfiled”: .*library pane/)
    expect(await listed()).toEqual([])
  })

  it('creates no case when no file could be imported', async () => {
    const r = await dossier('import', tmp.file('empty.txt', ''), '--case', 'Harbour', '--store', store)
    expect(r.code).toBe(1)
    expect(inStore(store, (s) => s.cases())).toEqual([])
  })
})
