import { describe, expect, it } from 'vitest'
import { seedExportLibrary, SENTENCES, EXPORT_TEXT } from '../../../test-support/exportLibrary'
import { parseCsv } from '../../../test-support/rfc4180'
import type { Db } from '../store/db'
import { tempStore } from '../../../test-support/tempStore'
import { csvField, recordsToCsv } from './csv'
import { gatherArticles } from './exportData'
import { EXPORT_WRITERS } from './registry'
import { resolveExportScope } from './scope'

let db: Db
tempStore((opened) => (db = opened))

/** The CSV's rows as objects keyed by the header, after checking the BOM and that every row has every column. */
function table(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(csv.slice(1))
  for (const row of rows) expect(row).toHaveLength(header.length)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])))
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('one\ntwo')).toBe('"one\ntwo"')
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"')
    expect(csvField(null)).toBe('')
    expect(csvField(12)).toBe('12')
  })

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('escapes the formula start of %j', (value) => {
    const field = csvField(value)
    expect(parseCsv(field)[0][0]).toBe(`'${value}`)
  })

  it('leaves a sign inside a cell alone', () => {
    expect(csvField('a=1')).toBe('a=1')
    expect(csvField('4 - 1')).toBe('4 - 1')
  })
})

describe('the csv export', () => {
  it('writes one row per highlight with its article, quote, note, tags and code paths, round-tripping', async () => {
    const { library, articleId } = seedExportLibrary(db, 'Budget, "final"')
    const selection = resolveExportScope(db, { kind: 'library' })
    const out = await EXPORT_WRITERS.csv!.write(library, selection)
    const text = 'text' in out ? out.text : ''
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = table(text)
    expect(rows).toHaveLength(2)
    const first = rows.find((r) => r.annotation_id === 'n1')!
    expect(first).toMatchObject({
      article_id: articleId,
      article_title: 'Budget, "final"',
      publisher: 'City Post',
      published: '2026-01-15',
      url: 'https://news.example/budget',
      quote: EXPORT_TEXT.slice(SENTENCES.budget.start, SENTENCES.budget.end),
      note: 'Check the total, "4 million"\nagainst the minutes',
      tags: "'=SUM(A1); budget",
      codes: 'Framing/Economy',
      start: String(SENTENCES.budget.start),
      end: String(SENTENCES.budget.end),
    })
    expect(rows.find((r) => r.annotation_id === 'n2')!.codes).toBe('')
  })

  it('writes one row per claim: judged ones with their verdicts, then check-worthy ones not judged yet', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const records = await gatherArticles(
      library,
      resolveExportScope(db, { kind: 'articles', ids: [articleId] }),
      {},
      true,
    )
    const rows = table(recordsToCsv(records, 'claims'))
    expect(rows.map((r) => [r.claim, r.rating, r.status, r.evidence])).toEqual([
      ['The council approved a budget of 4 million euros.', 'false', 'checked', '2'],
      ['The mayor said the ferry was “late, again”, costing 200 jobs.', 'unverifiable', 'checked', '0'],
      ['Officials expect growth next year.', '', 'checking', '0'],
    ])
    expect(rows[0].conclusion).toBe('The budget is 3 million.')
  })

  it('writes one row per source of the ledger', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const records = await gatherArticles(
      library,
      resolveExportScope(db, { kind: 'articles', ids: [articleId] }),
      {},
      true,
    )
    const rows = table(recordsToCsv(records, 'sources'))
    expect(rows.map((r) => [r.article_title, r.source, r.kind, r.role, r.mentions])).toEqual([
      ['Council budget', 'The mayor', 'person', 'Mayor', '1'],
    ])
  })

  it('reports progress per article and stops, writing nothing, once cancelled', async () => {
    const { library } = seedExportLibrary(db)
    const selection = resolveExportScope(db, { kind: 'library' })
    const seen: [number, number][] = []
    const controller = new AbortController()
    const run = EXPORT_WRITERS.csv!.write(library, selection, {
      signal: controller.signal,
      onProgress: (done, total) => {
        seen.push([done, total])
        controller.abort()
      },
    })
    await expect(run).rejects.toThrow('The export was cancelled')
    expect(seen).toEqual([[1, 2]])
    const done: [number, number][] = []
    await EXPORT_WRITERS.csv!.write(library, selection, { onProgress: (d, t) => done.push([d, t]) })
    expect(done).toEqual([
      [1, 2],
      [2, 2],
    ])
  })
})
