import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXPORT_WRITERS } from '../../main/services/exporters/registry'
import { cliRunner, jsonLines } from '../../test-support/cli'
import { tempDir } from '../../test-support/tempDir'
import { run } from '../main'

const dossier = cliRunner(run)

let tmp: ReturnType<typeof tempDir>
let store: string

beforeEach(() => {
  tmp = tempDir('dossier-cli-export-')
  store = join(tmp.dir, 'store')
})
afterEach(() => tmp.cleanup())

async function importNotes(titles: string[], ...extra: string[]): Promise<string[]> {
  const files = titles.map((t, i) => tmp.file(`f${i}-${extra.length}.md`, `# ${t}\n\nThe council met on day ${i} about ${t}.`))
  const r = await dossier('import', ...files, '--json', '--store', store, ...extra)
  expect(r.code).toBe(0)
  const records = titles.length === 1 ? [JSON.parse(r.out)] : jsonLines(r.out)
  return records.map((x) => x.id as string)
}

/** The notes an index note wiki-links to, as file names, in order. */
const links = (index: string) => [...index.matchAll(/\[\[([^\]|]+)\]\]/g)].map((m) => `${m[1]}.md`)

describe('dossier export --case', () => {
  it('writes a folder of one note per article of the case and an index note linking them', async () => {
    const [pier] = await importNotes(['Pier (closing)', 'Ferry strike'], '--case', 'Harbour')
    await importNotes(['Budget'])
    await dossier('annotate', pier, '--quote', 'The council met', '--note', 'Check the minutes', '--store', store)
    const out = join(tmp.dir, 'vault', 'Harbour')
    mkdirSync(join(tmp.dir, 'vault'))

    const r = await dossier('export', '--case', 'harbour', '--format', 'md', '--out', out, '--store', store)
    expect(r).toMatchObject({ code: 0, err: '' })
    const index = readFileSync(join(out, 'Harbour — index.md'), 'utf8')
    expect(index).toContain('# Harbour\n')
    const notes = links(index)
    expect(notes).toEqual(['Ferry strike — notes.md', 'Pier (closing) — notes.md'])
    expect(readdirSync(out).sort()).toEqual(['Harbour — index.md', ...notes].sort())
    expect(readFileSync(join(out, notes[1]), 'utf8')).toContain('Check the minutes')
    expect(readFileSync(join(out, notes[0]), 'utf8')).toContain('# Ferry strike')
    expect(index).toMatch(/^- \[\[Pier \(closing\) — notes\]\] — 1 highlight$/m)
    expect(readdirSync(join(tmp.dir, 'vault'))).toEqual(['Harbour'])
  })

  it('writes into an existing folder, keeping its other files, and gives same-titled articles their own notes', async () => {
    await importNotes(['Minutes', 'Minutes'], '--case', 'Council')
    const out = join(tmp.dir, 'notes')
    mkdirSync(out)
    writeFileSync(join(out, 'mine.md'), 'my own note')
    expect((await dossier('export', '--case', 'Council', '--format', 'md', '--out', out, '--store', store)).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['Council — index.md', 'Minutes — notes (2).md', 'Minutes — notes.md', 'mine.md'])
    expect(readFileSync(join(out, 'mine.md'), 'utf8')).toBe('my own note')
  })

  it('gives each case its own index note, so a second case exported into the same folder keeps the first’s', async () => {
    await importNotes(['Pier', 'Ferry'], '--case', 'Harbour')
    await importNotes(['Budget', 'Levy'], '--case', 'Council')
    const out = join(tmp.dir, 'vault')
    for (const name of ['Harbour', 'Council'])
      expect((await dossier('export', '--case', name, '--format', 'md', '--out', out, '--store', store)).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(
      ['Budget', 'Ferry', 'Levy', 'Pier'].map((t) => `${t} — notes.md`).concat('Council — index.md', 'Harbour — index.md').sort(),
    )
    expect(links(readFileSync(join(out, 'Harbour — index.md'), 'utf8')).sort()).toEqual(['Ferry — notes.md', 'Pier — notes.md'])
    expect(links(readFileSync(join(out, 'Council — index.md'), 'utf8')).sort()).toEqual(['Budget — notes.md', 'Levy — notes.md'])
  })

  it('prints the case’s articles in the backup format to stdout', async () => {
    const ids = await importNotes(['Pier', 'Ferry'], '--case', 'Harbour')
    await importNotes(['Budget'])
    const r = await dossier('export', '--case', 'Harbour', '--format', 'json', '--store', store)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).articles.map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort())
  })

  it('exits 1 naming an unknown case, writing nothing', async () => {
    await importNotes(['Pier'])
    const out = join(tmp.dir, 'out')
    const r = await dossier('export', '--case', 'Nowhere', '--format', 'md', '--out', out, '--store', store)
    expect(r).toMatchObject({ code: 1, out: '' })
    expect(r.err).toBe('dossier: There is no case called “Nowhere”.\n')
    expect(existsSync(out)).toBe(false)
  })
})

describe('dossier export ID...', () => {
  it('exports the known articles, reports an unknown id and exits 1', async () => {
    const [pier, ferry] = await importNotes(['Pier', 'Ferry'])
    const out = join(tmp.dir, 'two')
    const r = await dossier('export', pier, 'no-such-id', ferry, '--format', 'md', '--out', out, '--store', store)
    expect(r.code).toBe(1)
    expect(r.err).toBe('dossier: No article “no-such-id” in the library.\n')
    expect(links(readFileSync(join(out, 'Dossier notes — index.md'), 'utf8'))).toEqual(['Pier — notes.md', 'Ferry — notes.md'])
  })

  it('writes one article’s notes to the --out file itself', async () => {
    const [pier] = await importNotes(['Pier'])
    const out = join(tmp.dir, 'pier.md')
    expect((await dossier('export', pier, '--format', 'md', '--out', out, '--store', store)).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('# Pier')
  })
})

describe('export usage errors exit 2', () => {
  it.each([
    [['export', '--format', 'md']],
    [['export', 'id', '--all', '--format', 'md']],
    [['export', '--case', 'X', '--all', '--format', 'md']],
    [['export', 'id', '--format', 'docx']],
  ])('%j', async (argv) => {
    const r = await dossier(...argv, '--store', store)
    expect(r.code).toBe(2)
    expect(r.err).toContain('Usage: dossier')
  })
})

describe('dossier export --format csv', () => {
  it('prints one row per annotation with the article’s metadata, after a byte order mark', async () => {
    const [pier] = await importNotes(['Pier'])
    await dossier('annotate', pier, '--quote', 'The council met', '--note', '=cmd, "run"', '--store', store)
    const r = await dossier('export', pier, '--format', 'csv', '--store', store)
    expect(r.code).toBe(0)
    const lines = r.out.split('\r\n')
    expect(lines[0]).toMatch(/^\uFEFFarticle_id,article_title,/)
    expect(lines[1]).toContain(`${pier},Pier,`)
    expect(lines[1]).toContain(`,The council met,"'=cmd, ""run""",`)
  })
})

describe('dossier export --format html, pdf and claimreview', () => {
  it('writes the case’s report to --out as one HTML file', async () => {
    await importNotes(['Pier', 'Ferry'], '--case', 'Harbour')
    const out = join(tmp.dir, 'report.html')
    const r = await dossier('export', '--case', 'Harbour', '--format', 'html', '--out', out, '--store', store)
    expect(r).toMatchObject({ code: 0, err: '' })
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<h1>Harbour</h1>')
    expect(html).toContain('Case report')
  })

  it('writes the report as a PDF to --out', async () => {
    const [pier] = await importNotes(['Pier'])
    const out = join(tmp.dir, 'pier.pdf')
    const r = await dossier('export', pier, '--format', 'pdf', '--out', out, '--store', store)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }, 120_000)

  it.each(['pdf', 'qdpx'] as const)('refuses %s without --out before rendering anything', async (format) => {
    const [pier] = await importNotes(['Pier'])
    const write = vi.spyOn(EXPORT_WRITERS[format], 'write')
    try {
      const r = await dossier('export', pier, '--format', format, '--store', store)
      expect(r).toMatchObject({ code: 2, out: '' })
      expect(r.err).toContain(`export --format ${format} writes a binary file: give --out PATH`)
      // Counted, not printed: the calls hold the library, closed by the time a failure would show them.
      expect(write.mock.calls.length).toBe(0)
    } finally {
      write.mockRestore()
    }
  })

  it('prints an empty list when no claim has a rating', async () => {
    await importNotes(['Pier'])
    const r = await dossier('export', '--all', '--format', 'claimreview', '--store', store)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual([])
  })
})
