import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliRunner, inStore, jsonLines } from '../../test-support/cli'
import { SAMPLE_PATH, tempDir } from '../../test-support/tempDir'
import { run } from '../main'

const dossier = cliRunner(run)

let tmp: ReturnType<typeof tempDir>
let store: string

beforeEach(() => {
  tmp = tempDir('dossier-cli-search-')
  store = join(tmp.dir, 'store')
})
afterEach(() => tmp.cleanup())

async function importOne(name: string, content: string, ...extra: string[]): Promise<string> {
  const r = await dossier('import', tmp.file(name, content), '--json', '--store', store, ...extra)
  expect(r.code).toBe(0)
  return JSON.parse(r.out).id as string
}

const HIT_KEYS = ['annotationId', 'id', 'matches', 'score', 'snippet', 'title']

describe('dossier search', () => {
  it('prints one JSON object per hit, best first, whose matches slice the article text to the query’s words', async () => {
    const sample = JSON.parse((await dossier('import', SAMPLE_PATH, '--json', '--store', store)).out).id as string
    const passing = await importOne('passing.md', '# Harbour news\n\nThe harbour reopened on Monday; Kim was mentioned once.')
    await importOne('other.md', '# Budget\n\nThe council passed the budget.')

    const { code, out } = await dossier('search', 'kim putin', '--json', '--store', store)
    expect(code).toBe(0)
    const hits = jsonLines(out)
    expect(hits.map((h) => h.id)).toEqual([sample])
    const either = jsonLines((await dossier('search', 'kim OR putin', '--json', '--store', store)).out)
    expect(either.map((h) => h.id)).toEqual([sample, passing])
    expect((either[0].score as number) >= (either[1].score as number)).toBe(true)
    for (const hit of either) {
      expect(Object.keys(hit).sort()).toEqual(HIT_KEYS)
      expect(hit).toMatchObject({ title: expect.any(String), score: expect.any(Number), snippet: expect.any(String), annotationId: null })
      const text = inStore(store, (s) => s.text(hit.id as string))
      const matches = hit.matches as { start: number; end: number }[]
      expect(matches.length).toBeGreaterThan(0)
      for (const m of matches) {
        expect(Object.keys(m).sort()).toEqual(['end', 'start'])
        expect(['kim', 'putin']).toContain(text.slice(m.start, m.end).toLowerCase())
      }
    }
    expect(either[1].matches).toHaveLength(1)
  })

  it('names the note a hit is in with annotationId', async () => {
    const id = await importOne('pier.md', '# Pier\n\nThe harbour authority confirmed that the pier will close.')
    const note = await dossier('annotate', id, '--quote', 'the pier will close', '--note', 'Ask the ferry operators', '--json', '--store', store)
    const annotationId = JSON.parse(note.out).id
    const [hit] = jsonLines((await dossier('search', 'ferry', '--json', '--store', store)).out)
    expect(hit).toMatchObject({ id, annotationId, matches: [] })
    expect(hit.snippet).toContain('«ferry»')
  })

  it('joins the words after search into one query and prints one readable line per hit without --json', async () => {
    const id = await importOne('pier.md', '# Pier closing\n\nThe harbour authority confirmed that the pier will close.')
    await importOne('other.md', '# Budget\n\nThe council passed the budget.')
    const { code, out } = await dossier('search', 'pier', 'close', '--store', store)
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(id)
    expect(lines[0]).toContain('Pier closing')
    expect(lines[0]).toContain('«pier» will «close»')
    expect((await dossier('search', 'zebras', '--store', store)).out).toContain('Nothing in the library matches “zebras”')
  })

  it('stops at --limit hits', async () => {
    for (const n of [1, 2, 3]) await importOne(`n${n}.md`, `# Meeting ${n}\n\nThe council met on day ${n}.`)
    expect(jsonLines((await dossier('search', 'council', '--json', '--store', store)).out)).toHaveLength(3)
    expect(jsonLines((await dossier('search', 'council', '--json', '--limit', '2', '--store', store)).out)).toHaveLength(2)
  })

  it('narrows to a case with case:NAME, and leaves it out with -case:NAME', async () => {
    const inCase = await importOne('a.md', '# Talks\n\nThe council met the envoy.', '--case', 'Iran talks')
    const outside = await importOne('b.md', '# Budget\n\nThe council passed the budget.')
    const ids = async (query: string) => jsonLines((await dossier('search', query, '--json', '--store', store)).out).map((h) => h.id)
    expect(await ids('council case:"iran talks"')).toEqual([inCase])
    expect(await ids('council -case:"Iran talks"')).toEqual([outside])
  })

  it.each([
    ['case:Nowhere council', /^dossier: the search “case:Nowhere council”: There is no case called “Nowhere”\.\n$/],
    ['code:economy council', /^dossier: the search “code:economy council”: There is no code called “economy”\.\n$/],
    ['verdict:bogus council', /^dossier: the search “verdict:bogus council”: “verdict:bogus” is not a verdict/],
    ['council after:someday', /^dossier: the search “council after:someday”: /],
  ])('exits 1 for the bad query %j, naming it', async (query, message) => {
    await importOne('b.md', '# Budget\n\nThe council passed the budget.')
    const r = await dossier('search', query, '--json', '--store', store)
    expect(r).toMatchObject({ code: 1, out: '' })
    expect(r.err).toMatch(message)
  })

  it.each([[['search']], [['search', '  ']], [['search', 'x', '--limit', '0']], [['search', 'x', '--limit', '501']], [['search', 'x', '--limit', 'ten']], [['search', 'x', '--limit', '2.5']]])(
    'exits 2 for the usage error %j',
    async (argv) => {
      const r = await dossier(...argv, '--store', store)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/^dossier: .*(QUERY|--limit)/)
      expect(r.err).toContain('Usage: dossier')
    },
  )
})
