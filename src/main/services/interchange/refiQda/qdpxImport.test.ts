import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { importBytes } from '../../articles/imports'
import { listCodebook } from '../../codebook'
import { codesOfAnnotation } from '../../codebook/coding'
import { resolveExportScope } from '../../exporters/scope'
import { createLibrary, type Library } from '../../library'
import { listAnnotations } from '../../store/annotations'
import { getArticle, listArticles } from '../../store/articles'
import { type Db, openDb } from '../../store/db'
import { ROCKET_METADATA, seedCodedLibrary } from '../../../../test-support/refiQdaLibrary'
import { sharedPath } from '../../../../test-support/shared'
import { tempDir } from '../../../../test-support/tempDir'
import { tempStore } from '../../../../test-support/tempStore'
import { withDeclaredSize } from '../../../../test-support/zipFixtures'
import { exportQdpx } from './qdpxExport'

let db: Db
tempStore((opened) => (db = opened))

/** A second, empty library for a round trip, closed after each test. */
let other: { db: Db; cleanup(): void } | null = null
afterEach(() => {
  other?.db.close()
  other?.cleanup()
  other = null
})
function emptyLibrary(): Library {
  const folder = tempDir()
  other = { db: openDb(folder.dir), cleanup: folder.cleanup }
  return createLibrary(other.db)
}

/** Every highlight of a library: article title, passage, code paths, note; and every article's memo. */
function contents(d: Db): { passages: string[]; memos: string[]; codes: string[] } {
  const paths = new Map(listCodebook(d).map((c) => [c.id, c.path.join('/')]))
  const passages = listArticles(d).flatMap((a) =>
    listAnnotations(d, a.id).map((n) => {
      const text = getArticle(d, a.id)!.text
      expect(text.slice(n.position.start, n.position.end)).toBe(n.quote.exact)
      const codes = codesOfAnnotation(d, n.id).map((c) => paths.get(c.id))
      return `${a.title} | ${n.quote.exact} | ${codes.sort().join(', ')} | ${n.note}`
    }),
  )
  const memos = listArticles(d).map((a) => `${a.title}: ${getArticle(d, a.id)!.memo}`)
  const codes = listCodebook(d).map((c) => `${c.path.join('/')} ${c.color} ${c.description}`)
  return { passages: passages.sort(), memos: memos.sort(), codes }
}

async function exportedProject(): Promise<Uint8Array> {
  seedCodedLibrary(db)
  return exportQdpx(createLibrary(db), resolveExportScope(db, { kind: 'library' }))
}

describe('.qdpx round trip', () => {
  it('keeps every code (with its hierarchy), passage, code of a passage, note and memo', async () => {
    const project = await exportedProject()
    const target = emptyLibrary()
    const result = await importBytes(target, 'dossier.qdpx', project)
    expect(result).toMatchObject({
      status: 'imported',
      title: 'Dossier notes',
      summary: 'Imported project “Dossier notes”: 2 articles, 4 codes, 3 coded passages',
    })
    const before = contents(db)
    expect(before.passages).toHaveLength(3)
    expect(contents(target.db)).toEqual(before)
  })

  it("keeps each article's title, byline, publisher, publication date, URL and language", async () => {
    const project = await exportedProject()
    const target = emptyLibrary()
    await importBytes(target, 'dossier.qdpx', project)
    const originals = listArticles(db).map((a) => getArticle(db, a.id)!)
    const imported = new Map(listArticles(target.db).map((a) => [a.title, getArticle(target.db, a.id)!]))
    expect(originals.map((a) => a.publisher)).toContain(ROCKET_METADATA.publisher)
    expect(originals.map((a) => a.publisher)).toContain(null)
    for (const original of originals) {
      const copy = imported.get(original.title)
      expect(copy, original.title).toBeDefined()
      for (const field of ['title', 'byline', 'publisher', 'published', 'url', 'lang'] as const) {
        expect(copy![field], `${original.title}: ${field}`).toBe(original[field])
      }
    }
  })

  it('adds nothing when the same project is imported again', async () => {
    const project = await exportedProject()
    const target = emptyLibrary()
    await importBytes(target, 'dossier.qdpx', project)
    const once = contents(target.db)
    await importBytes(target, 'dossier.qdpx', project)
    expect(contents(target.db)).toEqual(once)
  })
})

/** What a sample holds, read with a plain XML parser (not the importer's reader). */
function sampleCounts(file: string): {
  name: string
  codes: number
  textSources: number
  selections: number
} {
  const entries = unzipSync(readFileSync(file))
  const qde = Object.keys(entries).find((n) => n.toLowerCase() === 'project.qde')!
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
    new TextDecoder().decode(entries[qde]),
  )
  const project = parsed.Project
  const all = (v: unknown): Record<string, unknown>[] =>
    (v === undefined ? [] : [v].flat()) as Record<string, unknown>[]
  const count = (codes: unknown): number => all(codes).reduce((n, c) => n + 1 + count(c.Code), 0)
  const sources = all(project.Sources?.TextSource)
  return {
    name: project.name,
    codes: count(project.CodeBook?.Codes?.Code),
    textSources: sources.length,
    selections: sources.reduce((n, s) => n + all(s.PlainTextSelection).length, 0),
  }
}

describe('ATLAS.ti projects', () => {
  it.each(['TestProject.qdpx', 'blank-atlas-project.qdpx', 'target-atlas-project.qdpx'])(
    'imports %s',
    async (name) => {
      const path = sharedPath('conformance', 'refi-qda', 'samples', name)
      const expected = sampleCounts(path)
      const library = createLibrary(db)
      const result = await importBytes(library, name, readFileSync(path))
      expect(result.status).toBe('imported')
      expect(listCodebook(db)).toHaveLength(expected.codes)
      // These exports hold no source text (ATLAS.ti left the sources/ folder empty): the sources are said to be
      // left out, and nothing is made up for them.
      const leftOut = expected.textSources
        ? ` (${expected.textSources} text sources left out: the project does not hold their text)`
        : ''
      expect(result.summary).toBe(
        `Imported project “${expected.name}”: 0 articles, ${expected.codes} ${expected.codes === 1 ? 'code' : 'codes'}, 0 coded passages${leftOut}`,
      )
      expect(listArticles(db)).toHaveLength(0)
    },
  )

  it('keeps the nesting of an ATLAS.ti codebook', async () => {
    const path = sharedPath('conformance', 'refi-qda', 'samples', 'target-atlas-project.qdpx')
    await importBytes(createLibrary(db), 'target.qdpx', readFileSync(path))
    expect(listCodebook(db).map((c) => c.path.join('/'))).toEqual([
      'Commits',
      'Commits/2022-05-10T02:05:59Z 19e4dce',
      'Commits/2022-02-11T10:39:25Z cdbfd92',
    ])
  })
})

describe('a project from another tool', () => {
  const qde = (selection: string): string =>
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P">
      <CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="Moon" isCodable="true" color="#00ff00"/></Codes></CodeBook>
      <Sources><TextSource guid="22222222-2222-2222-2222-222222222222" name="Diary" plainTextPath="internal://T.txt">
        ${selection}
      </TextSource></Sources></Project>`
  const coded = (start: number, end: number): string =>
    `<PlainTextSelection guid="33333333-3333-3333-3333-333333333333" startPosition="${start}" endPosition="${end}">
       <Coding guid="44444444-4444-4444-4444-444444444444"><CodeRef targetGUID="{11111111-1111-1111-1111-111111111111}"/></Coding>
     </PlainTextSelection>`
  const text = 'We saw 🌕 the moon\r\nrise.'

  it('places a passage after an astral character and a CRLF on the same words', async () => {
    const start = [...text].indexOf('r') // "rise", counted in code points
    const zip = zipSync({
      'project.qde': strToU8(qde(coded(start, start + 4))),
      'sources/T.txt': strToU8(text),
    })
    const result = await importBytes(createLibrary(db), 'p.qdpx', zip)
    expect(result.summary).toBe('Imported project “P”: 1 article, 1 code, 1 coded passage')
    const [article] = listArticles(db)
    expect(getArticle(db, article.id)!.text).toBe('We saw 🌕 the moon\nrise.')
    const [passage] = listAnnotations(db, article.id)
    expect(passage.quote.exact).toBe('rise')
    expect(codesOfAnnotation(db, passage.id).map((c) => [c.name, c.color])).toEqual([['Moon', 'green']])
  })

  it('imports a source without variables with no byline, publisher, date, URL or language', async () => {
    const zip = zipSync({ 'project.qde': strToU8(qde('')), 'sources/T.txt': strToU8(text) })
    expect((await importBytes(createLibrary(db), 'p.qdpx', zip)).status).toBe('imported')
    const [article] = listArticles(db)
    expect(getArticle(db, article.id)).toMatchObject({
      title: 'Diary',
      byline: null,
      publisher: null,
      published: null,
      url: null,
      lang: null,
    })
  })

  /** The project of `qde` with variables declared as `declared` and `values` on its source. */
  const withVariables = (declared: string, values: string): string =>
    qde(values).replace('<Sources>', `<Variables>${declared}</Variables><Sources>`)
  const variable = (guid: string, name: string, type = 'Text'): string =>
    `<Variable guid="${guid}" name="${name}" typeOfVariable="${type}"/>`
  const value = (guid: string, element: string, text: string): string =>
    `<VariableValue><VariableRef targetGUID="${guid}"/><${element}>${text}</${element}></VariableValue>`

  it("reads another tool's source variables by name, as the app's importers read such values", async () => {
    const guid = (n: number): string => `6666666${n}-6666-6666-6666-666666666666`
    const project = withVariables(
      variable(guid(1), ' publisher ') +
        variable(guid(2), 'PUBLISHED', 'Date') +
        variable(guid(3), 'url') +
        variable(guid(4), 'Byline') +
        variable(guid(5), 'Interviewer') +
        variable(guid(6), 'Language'),
      value(`{${guid(1).toLowerCase()}}`, 'TextValue', ' The Courier ') +
        value(guid(2), 'DateValue', '2021-04-05') +
        value(guid(3), 'TextValue', 'javascript:alert(1)') +
        value(guid(4), 'TextValue', 'Ann Lee') +
        value(guid(4), 'TextValue', 'Someone Else') +
        value(guid(5), 'TextValue', 'Bob') +
        value(guid(6), 'TextValue', '   '),
    )
    const zip = zipSync({ 'project.qde': strToU8(project), 'sources/T.txt': strToU8(text) })
    expect((await importBytes(createLibrary(db), 'p.qdpx', zip)).status).toBe('imported')
    const [article] = listArticles(db)
    expect(getArticle(db, article.id)).toMatchObject({
      byline: 'Ann Lee',
      publisher: 'The Courier',
      published: '2021-04-05',
      url: null,
      lang: null,
    })
  })

  it('refuses a publisher longer than the library can filter by, importing nothing', async () => {
    const guid = '77777777-7777-7777-7777-777777777777'
    const project = withVariables(variable(guid, 'Publisher'), value(guid, 'TextValue', 'P'.repeat(1001)))
    const zip = zipSync({ 'project.qde': strToU8(project), 'sources/T.txt': strToU8(text) })
    const result = await importBytes(createLibrary(db), 'p.qdpx', zip)
    expect(result.error).toBe(
      'Could not import “p.qdpx”: the publisher of “Diary” is longer than 1,000 characters.',
    )
    expect(listArticles(db)).toHaveLength(0)
  })

  it('refuses a selection outside its text and imports nothing of the file', async () => {
    const zip = zipSync({ 'project.qde': strToU8(qde(coded(5, 500))), 'sources/T.txt': strToU8(text) })
    const result = await importBytes(createLibrary(db), 'p.qdpx', zip)
    expect(result).toMatchObject({
      status: 'failed',
      error: 'Could not import “p.qdpx”: a selection of “Diary” (5–500) is outside its text.',
    })
    expect(listCodebook(db)).toHaveLength(0)
    expect(listArticles(db)).toHaveLength(0)
  })

  it('reuses an article the library has with the same bytes, finding each passage again by its words', async () => {
    const source = 'Moon report\n\nThe   moon rose over the bay.\n'
    const library = createLibrary(db)
    const first = await importBytes(library, 'moon.txt', strToU8(source))
    expect(first.status).toBe('imported')
    const start = source.indexOf('moon rose')
    const zip = zipSync({
      'project.qde': strToU8(qde(coded(start, start + 9))),
      'sources/T.txt': strToU8(source),
    })
    const result = await importBytes(library, 'p.qdpx', zip)
    expect(result.summary).toBe('Imported project “P”: 1 article, 1 code, 1 coded passage')
    expect(listArticles(db)).toHaveLength(1)
    const text = getArticle(db, first.id!)!.text
    expect(text).not.toBe(source)
    const [passage] = listAnnotations(db, first.id!)
    expect(text.slice(passage.position.start, passage.position.end)).toBe('moon rose')
  })

  it('refuses a note longer than a note may be, importing nothing', async () => {
    const long = 'x'.repeat(100_001)
    const project = qde(coded(0, 2)).replace(
      '</Project>',
      `<Notes><Note guid="55555555-5555-5555-5555-555555555555" name="N"><PlainTextContent>${long}</PlainTextContent></Note></Notes></Project>`,
    )
    const zip = zipSync({ 'project.qde': strToU8(project), 'sources/T.txt': strToU8(text) })
    const result = await importBytes(createLibrary(db), 'p.qdpx', zip)
    expect(result.error).toBe(
      'Could not import “p.qdpx”: its note 55555555-5555-5555-5555-555555555555 is longer than 100,000 characters.',
    )
    expect(listCodebook(db)).toHaveLength(0)
  })

  it.each([
    [
      'not a zip',
      strToU8('hello'),
      'Could not import “x.qdpx”: it is not a readable REFI-QDA project (a damaged zip).',
    ],
    [
      'a zip without project.qde',
      zipSync({ 'a.txt': strToU8('a') }),
      'Could not import “x.qdpx”: it is not a REFI-QDA project (it holds no project.qde).',
    ],
    [
      'broken XML',
      zipSync({ 'project.qde': strToU8('<Project><Sources>') }),
      'Could not import “x.qdpx”: it is not well-formed XML',
    ],
    [
      'a zip bomb',
      withDeclaredSize(zipSync({ 'project.qde': new Uint8Array(2_000_000) }), 'project.qde', 1000),
      'Could not import “x.qdpx”: the project is a zip bomb: “project.qde” expands to more than the 1,000 bytes it declares.',
    ],
  ])('refuses %s readably', async (_, bytes, message) => {
    const result = await importBytes(createLibrary(db), 'x.qdpx', bytes)
    expect(result.status).toBe('failed')
    expect(result.error).toContain(message)
    expect(listArticles(db)).toHaveLength(0)
  })
})
