import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { seedExportLibrary, SENTENCES } from '../../test-support/exportLibrary'
import { parseCsv } from '../../test-support/rfc4180'
import { tempStore } from '../../test-support/tempStore'
import type { Library } from '../services/library'
import type { Db } from '../services/store/db'
import { judgeClaim } from '../services/verdicts'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'

/** The window's CSV export of claims and sources: File → Export… sends `export:run` with `options.rows`. */

let db: Db
const store = tempStore((opened) => (db = opened), 'dossier-export-csv-')
let library: Library
let articleId: string
let handlers: Handlers
/** The names the save dialog was offered, with the extension of its filter. */
let offered: string[]
let out: string

// Every row carries the article's title: one a spreadsheet would run as a formula shows that metadata is escaped too.
const TITLE = '=HYPERLINK("https://evil.example"), budget'

beforeEach(() => {
  ;({ library, articleId } = seedExportLibrary(db, TITLE))
  offered = []
  out = join(store.dir, 'out.csv')
  handlers = createHandlers({
    library,
    dialogs: {
      chooseImportFiles: async () => [],
      chooseImportFolder: async () => null,
      chooseExportPath: async (name, filter) => (offered.push(`${name} ${filter.extension}`), out),
      chooseExportFolder: async () => null,
      chooseAnnotationFile: async () => null,
    },
    samplePath: join(store.dir, 'sample.txt'),
    notify: () => undefined,
  })
})

async function exportCsv(options?: unknown): Promise<Record<string, string>[]> {
  const result = await dispatch(handlers, 'export:run', {
    format: 'csv',
    scope: { kind: 'library' },
    options,
  })
  if (!result.ok) throw new Error(result.error.message)
  expect(result.value).toEqual({ status: 'written', path: out, articles: 2, folder: false })
  const text = readFileSync(out, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(text.slice(1))
  for (const row of rows) expect(row).toHaveLength(header.length)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])))
}

const ARTICLE = {
  article_title: `'${TITLE}`,
  publisher: 'City Post',
  published: '2026-01-15',
  url: 'https://news.example/budget',
}

describe('export:run as CSV from the window', () => {
  it('writes one row per claim with the article’s metadata, escaping cells a spreadsheet would run', async () => {
    judgeClaim(
      db,
      { articleId, ...SENTENCES.budget },
      { status: 'checked', rating: 'false', conclusion: '-1 million: =SUM(A1)' },
      'Ana',
      library.clock(),
    )
    const rows = await exportCsv({ rows: 'claims' })
    expect(offered).toEqual(['Dossier notes — claims.csv csv'])
    expect(rows.map((r) => [r.article_id, r.claim, r.status, r.rating, r.conclusion, r.evidence])).toEqual([
      [
        articleId,
        'The council approved a budget of 4 million euros.',
        'checked',
        'false',
        "'-1 million: =SUM(A1)",
        '2',
      ],
      [
        articleId,
        'The mayor said the ferry was “late, again”, costing 200 jobs.',
        'checked',
        'unverifiable',
        '',
        '0',
      ],
      [articleId, 'Officials expect growth next year.', 'checking', '', '', '0'],
    ])
    for (const row of rows) expect(row).toMatchObject(ARTICLE)
    expect(rows[0]).toMatchObject({ start: String(SENTENCES.budget.start), checkworthy_score: '0.9' })
  })

  it('writes one row per source of the ledger with the article’s metadata', async () => {
    const rows = await exportCsv({ rows: 'sources' })
    expect(offered).toEqual(['Dossier notes — sources.csv csv'])
    expect(rows).toEqual([
      expect.objectContaining({
        ...ARTICLE,
        article_id: articleId,
        source: 'The mayor',
        kind: 'person',
        role: 'Mayor',
        mentions: '1',
      }),
    ])
  })

  it('writes one row per highlight when no rows are chosen', async () => {
    const rows = await exportCsv()
    expect(offered).toEqual(['Dossier notes — highlights.csv csv'])
    expect(rows.map((r) => [r.annotation_id, r.article_title])).toEqual([
      ['n1', `'${TITLE}`],
      ['n2', `'${TITLE}`],
    ])
  })

  it('leaves other formats as they were when rows are sent with them', async () => {
    out = join(store.dir, 'out.json')
    const result = await dispatch(handlers, 'export:run', {
      format: 'json',
      scope: { kind: 'library' },
      options: { rows: 'claims' },
    })
    expect(result).toMatchObject({ ok: true, value: { status: 'written', path: out } })
    expect(offered).toEqual(['Dossier notes.json json'])
  })
})
