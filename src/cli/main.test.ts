import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Attribution } from '../shared/model/analysis'
import { buildPdf } from '../test-support/fileFixtures'
import { SAMPLE_PATH, SAMPLE_TITLE, tempDir } from '../test-support/tempDir'
import { DEFAULT_CLAIM_THRESHOLD } from '../shared/model/claimThreshold'
import { writeSettings } from '../main/services/settings/settings'
import { appDataDir, defaultStoreDir } from './paths'
import { run } from './main'

let tmp: ReturnType<typeof tempDir>
let store: string

beforeEach(() => {
  tmp = tempDir('dossier-cli-')
  store = join(tmp.dir, 'store')
})
afterEach(() => tmp.cleanup())

/**
 * An environment whose desktop user-data folder, on whatever platform runs the test, is inside the test's folder
 * (XDG_CONFIG_HOME on Linux, APPDATA on Windows, HOME on macOS), never the user's own.
 */
function testEnv(): NodeJS.ProcessEnv {
  const env = { XDG_CONFIG_HOME: join(tmp.dir, 'config'), APPDATA: join(tmp.dir, 'config'), HOME: join(tmp.dir, 'home') }
  if (!appDataDir(env).startsWith(tmp.dir)) throw new Error(`the user-data folder escaped the test: ${appDataDir(env)}`)
  return env
}

async function dossier(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return dossierWithInput('', ...argv)
}

async function dossierWithInput(stdin: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => stdin }, {})
  return { code, out, err }
}

const QUOTE = 'each traveled about 650 kilometers (400 miles)'

describe('dossier extract', () => {
  it('prints one JSON document with exactly the contract fields for one file', async () => {
    const { code, out } = await dossier('extract', SAMPLE_PATH, '--json')
    expect(code).toBe(0)
    const record = JSON.parse(out)
    expect(Object.keys(record).sort()).toEqual(
      ['byline', 'file', 'format', 'lang', 'published', 'publisher', 'text', 'title', 'url'].sort(),
    )
    expect(record).toMatchObject({ file: SAMPLE_PATH, format: 'text', title: SAMPLE_TITLE, publisher: 'CNN' })
    expect(record.text).not.toMatch(/\n\n\n/)
  })

  it('gives a PDF that only has a creation date no publication date, and no extra field', async () => {
    const pdf = tmp.file(
      'printed.pdf',
      buildPdf({
        pages: [[{ text: 'The harbour authority confirmed on Tuesday that the pier will close.', y: 700 }]],
        info: { Title: 'Pier to close', CreationDate: "D:20240312093000+01'00'" },
      }),
    )
    const { code, out } = await dossier('extract', pdf, '--json')
    expect(code).toBe(0)
    const record = JSON.parse(out)
    expect(record).toMatchObject({ format: 'pdf', title: 'Pier to close', published: null })
    expect(Object.keys(record).sort()).toEqual(
      ['byline', 'file', 'format', 'lang', 'published', 'publisher', 'text', 'title', 'url'].sort(),
    )
  })

  it('prints JSONL, one line per input in order, with an error line for a bad input, and exits 1', async () => {
    const bad = tmp.file('empty.txt', '')
    const { code, out, err } = await dossier('--json', 'extract', bad, SAMPLE_PATH)
    expect(code).toBe(1)
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toEqual({ file: bad, error: expect.stringContaining('empty.txt') })
    expect(lines[1].title).toBe(SAMPLE_TITLE)
    expect(err).toMatch(/^dossier: .*empty\.txt/)
  })
})

describe('import → list → annotate → export', () => {
  it('runs the whole path on the sample', async () => {
    const imported = await dossier('import', SAMPLE_PATH, '--store', store, '--json')
    expect(imported.code).toBe(0)
    const { id, status, title } = JSON.parse(imported.out)
    expect({ status, title }).toEqual({ status: 'imported', title: SAMPLE_TITLE })

    const again = await dossier('import', SAMPLE_PATH, '--store', store, '--json')
    expect(JSON.parse(again.out)).toMatchObject({ id, status: 'duplicate' })

    const annotated = await dossier(
      'annotate', id, '--quote', QUOTE, '--note', 'Compare with the JCS statement', '--tag', 'numbers', '--tag', 'jcs',
      '--color', 'green', '--store', store, '--json',
    )
    expect(annotated.code).toBe(0)
    expect(JSON.parse(annotated.out)).toMatchObject({ quote: { exact: QUOTE }, tags: ['numbers', 'jcs'], color: 'green' })

    const listed = await dossier('list', '--json', '--store', store)
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ id, title: SAMPLE_TITLE, publisher: 'CNN', annotations: 1 }),
    ])

    const out = join(tmp.dir, 'notes.md')
    const exported = await dossier('export', id, '--format', 'md', '--out', out, '--store', store)
    expect(exported.code).toBe(0)
    const md = readFileSync(out, 'utf8')
    expect(md).toContain(`> ${QUOTE}`)
    expect(md).toContain('Compare with the JCS statement')

    const json = await dossier('export', '--all', '--format', 'json', '--store', store)
    expect(JSON.parse(json.out).articles[0].annotations[0].target.selector[1]).toMatchObject({ type: 'TextPositionSelector' })
  })

  it('reports a failed import per file and still imports the others', async () => {
    const bin = tmp.file('photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]))
    const { code, out, err } = await dossier('import', bin, SAMPLE_PATH, '--json', '--store', store)
    expect(code).toBe(1)
    const [first, second] = out.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(first).toMatchObject({ file: bin, status: 'failed', error: expect.stringContaining('photo.md') })
    expect(second).toMatchObject({ status: 'imported' })
    expect(err).toContain('dossier: ')
  })

  it('fails annotate with exit 1 when the quote is not in the article', async () => {
    const { id } = JSON.parse((await dossier('import', SAMPLE_PATH, '--json', '--store', store)).out)
    const r = await dossier('annotate', id, '--quote', 'zebras of the Serengeti migrate', '--store', store)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^dossier: .*was not found/)
  })
})

describe('dossier analyze', () => {
  it('prints the article as extract does, and claims, sources and quotes whose offsets index article.text', async () => {
    const { code, out } = await dossier('analyze', SAMPLE_PATH, '--json')
    expect(code).toBe(0)
    const { article, claims, sources, quotes } = JSON.parse(out)
    expect(article).toMatchObject({ file: SAMPLE_PATH, title: SAMPLE_TITLE, publisher: 'CNN' })
    for (const span of [...claims, ...quotes]) expect(article.text.slice(span.start, span.end)).toBe(span.text)
    const easley = sources.find((s: { name: string }) => s.name === 'Leif-Eric Easley')
    expect(easley).toMatchObject({ kind: 'person' })
    for (const m of easley.mentions) expect(article.text.slice(m.start, m.end)).toMatch(/Easley/)
    const quote = quotes.find((q: { text: string }) => q.text.startsWith('a significant provocative act'))
    expect(sources.find((s: { id: string }) => s.id === quote.sourceId).name).toBe('South Korea’s Joint Chiefs of Staff')
    expect(Object.keys(claims[0]).sort()).toEqual(['checkworthy', 'end', 'id', 'reasons', 'score', 'sourceId', 'start', 'text'])
    for (const c of claims) expect(c.checkworthy, c.text).toBe(c.score >= DEFAULT_CLAIM_THRESHOLD)
  })

  it('with --plain indexes the file’s own characters, boilerplate and all', async () => {
    const raw = readFileSync(SAMPLE_PATH, 'utf8')
    const { code, out } = await dossier('analyze', '--plain', SAMPLE_PATH, '--json')
    expect(code).toBe(0)
    const { article, quotes } = JSON.parse(out)
    expect(article.text).toBe(raw)
    expect(quotes.length).toBeGreaterThan(5)
    for (const q of quotes) expect(raw.slice(q.start, q.end)).toBe(q.text)
  })

  it('gives attributions, direct and indirect, with the fields and offsets cli.md says', async () => {
    const text =
      'Senator Jane Smith said that the bridge would close in May.\n\n' +
      '“We will not pay for this,” Tom Brown said.\n\n' +
      'Repairs will cost $40 million, according to the Transport Department.\n'
    const file = tmp.file('bridge.txt', text)
    const { code, out } = await dossier('analyze', '--plain', file, '--json')
    expect(code).toBe(0)
    const { quotes, sources, attributions } = JSON.parse(out)
    for (const a of attributions)
      expect(Object.keys(a).sort()).toEqual(['cue', 'end', 'id', 'kind', 'sourceId', 'speaker', 'start'])
    const words = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null)
    const name = (id: string | null) => sources.find((s: { id: string }) => s.id === id)?.name ?? null
    expect(
      attributions.map((a: Attribution) => [
        a.id,
        a.kind,
        words(a),
        words(a.cue),
        words(a.speaker),
        name(a.sourceId),
      ]),
    ).toEqual([
      ['a1', 'indirect', 'that the bridge would close in May', 'said', 'Jane Smith', 'Jane Smith'],
      ['a2', 'direct', 'We will not pay for this,', 'said', 'Tom Brown', 'Tom Brown'],
      ['a3', 'indirect', 'Repairs will cost $40 million', 'according to', 'Transport Department', 'Transport Department'],
    ])
    expect(attributions[1]).toMatchObject({ start: quotes[0].start, end: quotes[0].end })

    const plain = await dossier('analyze', '--plain', file)
    expect(plain.out).toContain(
      'Reported speech (2):\n  that the bridge would close in May — Jane Smith\n  Repairs will cost $40 million — Transport Department\n',
    )
  })

  it('gives one JSONL line per input, with an error line for a bad one', async () => {
    const { code, out } = await dossier('analyze', SAMPLE_PATH, tmp.dir + '/missing.txt', '--json')
    expect(code).toBe(1)
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines[0].article.title).toBe(SAMPLE_TITLE)
    expect(lines[1]).toEqual({ file: tmp.dir + '/missing.txt', error: expect.stringContaining('missing.txt') })
  })
})

describe('dossier score-claims', () => {
  it('scores each input line, one JSON object per line, in order', async () => {
    const { code, out } = await dossierWithInput(
      'Thank you so much, it is great to be here.\nUnemployment fell to 3.5 percent last year, the lowest rate since 1969.\n\n',
      'score-claims',
    )
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(3)
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['checkworthy', 'score'])
    expect(lines[0].checkworthy).toBe(false)
    expect(lines[1].checkworthy).toBe(true)
    expect(lines[1].score).toBeGreaterThan(lines[0].score)
    expect(lines[2]).toEqual({ score: 0, checkworthy: false })
    // checkworthy is the score against the default threshold, as in analyze and the reader.
    for (const l of lines) expect(l.checkworthy).toBe(l.score >= DEFAULT_CLAIM_THRESHOLD)
  })
})

describe('usage errors exit 2', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['extract']],
    [['extract', '--bogus', 'x']],
    [['export', 'id']],
    [['export', 'id', '--format', 'docx']],
    [['annotate', 'id']],
    [['annotate', 'id', '--quote', 'x', '--color', 'red']],
    [['analyze']],
    [['score-claims', 'file.txt']],
  ])('%j', async (argv) => {
    const r = await dossier(...argv, '--store', store)
    expect(r.code).toBe(2)
    expect(r.err).toContain('Usage: dossier')
  })
})

describe('dossier --version', () => {
  it('prints package.json’s version and exits 0, whatever else is on the line', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'))
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
    expect(await dossier('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' })
    expect(await dossier('list', '--version', '--store', store)).toEqual({ code: 0, out: `${version}\n`, err: '' })
  })
})

describe('defaultStoreDir', () => {
  it('matches the desktop app’s user-data folder on each platform', async () => {
    expect(await defaultStoreDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Dossier'))
    expect(await defaultStoreDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Dossier$/)
    expect(await defaultStoreDir({}, 'darwin')).toMatch(/Library[\\/]Application Support[\\/]Dossier$/)
    expect(appDataDir({ HOME: join('/h') }, 'darwin')).toBe(join('/h', 'Library', 'Application Support', 'Dossier'))
  })
  it('follows the library the desktop app moved (its settings file), for every command that opens it', async () => {
    const env = testEnv()
    const moved = join(tmp.dir, 'moved library')
    writeSettings(appDataDir(env), { libraryFolder: moved })
    expect(await defaultStoreDir(env)).toBe(moved)
    const io = { out: () => undefined, err: () => undefined, readStdin: async () => '' }
    expect(await run(['import', SAMPLE_PATH], io, env)).toBe(0)
    expect(existsSync(join(moved, 'dossier.sqlite'))).toBe(true)
    expect(existsSync(join(appDataDir(env), 'dossier.sqlite'))).toBe(false)
  })

  it('names a damaged settings file and stops with a bad-input exit code', async () => {
    const env = testEnv()
    mkdirSync(appDataDir(env), { recursive: true })
    writeFileSync(join(appDataDir(env), 'settings.json'), '{ not json')
    let err = ''
    const io = { out: () => undefined, err: (t: string) => void (err += t), readStdin: async () => '' }
    expect(await run(['list'], io, env)).toBe(1)
    expect(err).toMatch(/^dossier: The settings file “.*settings\.json” cannot be read: /)
  })
})

describe('batches', () => {
  // Each file's leftovers are freed only when the event loop turns; a batch must let it turn
  // between files, so a ticker scheduled on the loop advances between two files' output lines.
  it.each(['extract', 'analyze', 'import'])('%s lets the event loop turn between files', async (command) => {
    const files = [0, 1, 2].map((i) => tmp.file(`n${i}.md`, `# Note ${i}\n\nThe council met on day ${i}.`))
    let ticks = 0
    let ticking = true
    const tick = (): void => {
      ticks++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const seen: number[] = []
    const extra = command === 'import' ? ['--store', store] : []
    const code = await run([command, ...files, ...extra], { out: () => seen.push(ticks), err: () => seen.push(ticks) }, {})
    ticking = false
    expect(code).toBe(0)
    const perFile = command === 'import' ? seen : [...new Set(seen)]
    expect(perFile).toHaveLength(3)
    expect(perFile[1]).toBeGreaterThan(perFile[0])
    expect(perFile[2]).toBeGreaterThan(perFile[1])
  })
})
