import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { importBytes, importFile } from '../../articles/imports'
import { codesOfAnnotation, createCode, listCodebook } from '../../codebook'
import { createCase, listCases } from '../../cases'
import { EXPORT_WRITERS } from '../../exporters/registry'
import { resolveExportScope } from '../../exporters/scope'
import { createLibrary, type Library } from '../../library'
import { searchLibrary } from '../../search/search'
import { listAnnotations } from '../../store/annotations'
import { type Db, openDb } from '../../store/db'
import { listOrphans } from '../webAnnotation/orphans'
import { AT, dumpStore, seedBackupLibrary } from '../../../../test-support/backupLibrary'
import { tempDir } from '../../../../test-support/tempDir'
import { tempStore } from '../../../../test-support/tempStore'
import { storeArticle } from '../../../../test-support/storedArticles'

/** The codebook as rows: id, name, parent. */
const codesOf = (store: Db) =>
  store.prepare('SELECT id, name, parent_id AS parentId FROM codes').all() as {
    id: string
    name: string
    parentId: string | null
  }[]

let db: Db
tempStore((opened) => (db = opened))

/** A second, empty store to restore into. */
let other: { db: Db; library: Library; cleanup(): void }
beforeEach(() => {
  const dir = tempDir('dossier-restore-')
  const otherDb = openDb(dir.dir)
  other = {
    db: otherDb,
    library: createLibrary(otherDb, { clock: () => AT }),
    cleanup: () => {
      otherDb.close()
      dir.cleanup()
    },
  }
})
afterEach(() => other.cleanup())

async function backupOf(
  library: Library,
  scope: Parameters<typeof resolveExportScope>[1] = { kind: 'library' },
) {
  const out = await EXPORT_WRITERS.json.write(library, resolveExportScope(library.db, scope))
  if (!('text' in out)) throw new Error('the JSON export writes text')
  return out.text
}

const restore = (library: Library, text: string, file = 'backup.json') =>
  importBytes(library, file, new TextEncoder().encode(text))

describe('the JSON export as a backup', () => {
  it('restores every row of every table into an empty library', async () => {
    const { library } = seedBackupLibrary(db)
    const before = dumpStore(db)
    // Every table holds something, so a table the backup leaves out shows as a difference below.
    for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0)

    const result = await restore(other.library, await backupOf(library))
    expect(result.error).toBeUndefined()
    expect(result).toMatchObject({ file: 'backup.json', status: 'imported' })
    expect(result.summary).toBe(
      'Restored backup “backup.json”: 3 articles (0 already in the library), 2 notes, 2 codes, 2 cases, 3 verdicts',
    )
    expect(dumpStore(other.db)).toEqual(before)
  })

  it('makes the restored articles findable by their text and their notes', async () => {
    const { library, articleId } = seedBackupLibrary(db)
    await restore(other.library, await backupOf(library))
    expect(searchLibrary(other.db, 'ferry').map((h) => h.id)).toContain(articleId)
    expect(searchLibrary(other.db, 'treasurer OR minutes').map((h) => h.id)).toContain(articleId)
  })

  it('keeps every field of version 1 where it was, and adds the codes of each note', async () => {
    const { library, articleId } = seedBackupLibrary(db)
    const json = JSON.parse(await backupOf(library))
    expect(json.dossierExport).toBe(2)
    const article = json.articles.find((a: { id: string }) => a.id === articleId)
    expect(article).toMatchObject({
      title: 'Council budget',
      publisher: 'City Post',
      published: '2026-01-15',
    })
    const [economy] = codesOf(db).filter((c) => c.name === 'Economy')
    expect(article.annotations[0]).toMatchObject({
      id: 'n1',
      tags: ['=SUM(A1)', 'budget'],
      target: {
        source: articleId,
        selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }],
      },
      codes: [economy.id],
    })
  })

  it('adds nothing when the same backup is restored twice', async () => {
    const { library } = seedBackupLibrary(db)
    const text = await backupOf(library)
    await restore(other.library, text)
    const once = dumpStore(other.db)
    const again = await restore(other.library, text)
    expect(again.summary).toBe(
      'Restored backup “backup.json”: 0 articles (3 already in the library), 0 notes, 0 codes, 0 cases, 0 verdicts',
    )
    expect(dumpStore(other.db)).toEqual(once)
  })

  it('merges codes by path and cases by name with what the library has', async () => {
    const { library } = seedBackupLibrary(db)
    const framing = createCode(other.db, { name: 'FRAMING' }, AT)
    const council = createCase(other.db, 'council', AT)
    const result = await restore(other.library, await backupOf(library))
    expect(result.summary).toContain('1 code, 1 case,')
    const codes = codesOf(other.db)
    expect(codes.filter((c) => c.parentId === null).map((c) => c.id)).toEqual([framing.id])
    expect(codes.find((c) => c.name === 'Economy')?.parentId).toBe(framing.id)
    expect(listCases(other.db).map((c) => c.name)).toEqual(['council', 'Empty for now'])
    const members = other.db
      .prepare('SELECT count(*) AS n FROM case_articles WHERE case_id = ?')
      .get(council.id)
    expect(members).toEqual({ n: 2 })
  })

  it('backs up a chosen article with its own cases and verdicts, and restores it alone', async () => {
    const { library, newerId } = seedBackupLibrary(db)
    const json = JSON.parse(await backupOf(library, { kind: 'articles', ids: [newerId] }))
    expect(json.cases.map((c: { name: string }) => c.name)).toEqual(['Council'])
    expect(json.verdicts).toHaveLength(1)
    expect(json.orphanAnnotations).toEqual([])
    const result = await restore(other.library, JSON.stringify(json))
    expect(result.summary).toBe(
      'Restored backup “backup.json”: 1 article (0 already in the library), 0 notes, 2 codes, 1 case, 1 verdict',
    )
    const evidence = other.db.prepare('SELECT kind, article_id FROM evidence ORDER BY kind').all()
    // The passage cited from the article left behind keeps its quote but not its link.
    expect(evidence).toEqual([
      { kind: 'note', article_id: null },
      { kind: 'passage', article_id: newerId },
      { kind: 'url', article_id: null },
    ])
    const claim = other.db.prepare('SELECT article_id, annotation_id FROM verdict_claims').all()
    expect(claim).toEqual([{ article_id: newerId, annotation_id: null }])
  })

  it('restores unplaced annotations, those of a backup made before they kept codes and colour too, and places them', async () => {
    const { library } = seedBackupLibrary(db)
    const json = JSON.parse(await backupOf(library))
    // As a backup made before unplaced annotations kept their position, codes, colour and times wrote it.
    json.orphanAnnotations.push({
      id: 'o2',
      source: '',
      exact: 'the ferry was sold',
      prefix: '',
      suffix: '',
      note: 'older',
      tags: '["ferry"]',
      file_name: 'old.json',
      imported_at: '2025-01-01T00:00:00.000Z',
    })
    expect((await restore(other.library, JSON.stringify(json))).error).toBeUndefined()
    expect(listOrphans(other.db)).toMatchObject([
      {
        id: 'o1',
        position: { start: 4, end: 16 },
        codes: [{ id: null, label: 'Framing/Lost' }],
        color: 'pink',
        created: '2025-12-01T08:00:00.000Z',
        modified: '2025-12-02T08:00:00.000Z',
      },
      { id: 'o2', position: null, tags: ['ferry'], codes: [], color: null, created: null, modified: null },
    ])

    const text = 'Harbour\n\nIn the end, a lost quote was found. Last year the ferry was sold.'
    const { id } = await restore(other.library, text, 'harbour.txt')
    const placed = listAnnotations(other.db, id!)
    expect(placed).toMatchObject([
      { id: 'o1', note: 'kept', tags: ['x'], color: 'pink', createdAt: '2025-12-01T08:00:00.000Z' },
      { id: 'o2', note: 'older', tags: ['ferry'], color: 'yellow', createdAt: '2025-01-01T00:00:00.000Z' },
    ])
    const paths = new Map(listCodebook(other.db).map((c) => [c.id, c.path.join('/')]))
    expect(codesOfAnnotation(other.db, 'o1').map((c) => paths.get(c.id))).toEqual(['Framing/Lost'])
    expect(codesOfAnnotation(other.db, 'o2')).toEqual([])
    expect(listOrphans(other.db)).toEqual([])
  })

  it('stops between articles when cancelled and reports progress per article', async () => {
    const { library } = seedBackupLibrary(db)
    const seen: number[] = []
    const controller = new AbortController()
    const selection = resolveExportScope(db, { kind: 'library' })
    const run = EXPORT_WRITERS.json.write(library, selection, {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done)
        if (done === 2) controller.abort()
      },
    })
    await expect(run).rejects.toThrow('The export was cancelled.')
    expect(seen).toEqual([1, 2])
  })
})

/** A backup's JSON as a test edits it. */
type Rows = { article: Record<string, unknown>; annotations: Record<string, unknown>[] }
type BackupJson = {
  dossierExport: unknown
  articles: { rows: Rows }[]
  orphanAnnotations: Record<string, unknown>[]
}

describe('a backup that cannot be restored', () => {
  /** The last article gets a highlight ending before it starts, which the store refuses after the others went in. */
  function refusedRow(json: BackupJson): void {
    const note = json.articles.flatMap((a) => a.rows.annotations)[0]
    const last = json.articles[json.articles.length - 1].rows
    last.annotations = [{ ...note, id: 'x', article_id: last.article.id, end: 0 }]
  }
  const broken: [string, (json: BackupJson) => void, RegExp][] = [
    [
      'bad base64',
      (j) => (j.articles[0].rows.article.original = 'not base64!'),
      /articles\.0\.rows\.article\.original: is not valid base64/,
    ],
    [
      'a missing field',
      (j) => delete j.articles[1].rows.article.sha256,
      /damaged: articles\.1\.rows\.article\.sha256/,
    ],
    [
      'a newer version',
      (j) => (j.dossierExport = 3),
      /a Dossier backup of version 3, and this Dossier reads version 2/,
    ],
    [
      'an unplaced annotation whose codes are not a list of codes',
      (j) => (j.orphanAnnotations[0].codes = '[{"label": 7}]'),
      /damaged: orphanAnnotations\.0\.codes: is not a JSON list of codes/,
    ],
    [
      'an unplaced annotation whose colour Dossier does not know',
      (j) => (j.orphanAnnotations[0].color = 'mauve'),
      /damaged: orphanAnnotations\.0\.color/,
    ],
    // A field name is never written into a statement: one the store has no column for is refused.
    [
      'a field the store does not know',
      (j) => (j.articles[0].rows.article['title") VALUES (1); --'] = 'x'),
      /a row of articles has a field “title"\) VALUES \(1\); --” the library does not know/,
    ],
    // Well formed, but a row the store refuses (a highlight ending before it starts) half-way through the restore.
    ['a row the store refuses', refusedRow, /could not be restored: CHECK constraint failed/],
  ]

  it.each(broken)('refuses %s, naming the file, and writes nothing', async (_name, breakIt, reason) => {
    const { library } = seedBackupLibrary(db)
    const json = JSON.parse(await backupOf(library))
    breakIt(json)
    storeArticle(other.db, { title: 'Already here' })
    const before = dumpStore(other.db)
    const result = await restore(other.library, JSON.stringify(json), 'b.json')
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(/^Could not import “b\.json”: /)
    expect(result.error).toMatch(reason)
    expect(dumpStore(other.db)).toEqual(before)
  })

  it('reads a .json file past the 50 MB of one article, since a backup holds every original', async () => {
    const dir = tempDir('dossier-big-')
    try {
      const [json, txt] = ['big.json', 'big.txt'].map((name) => join(dir.dir, name))
      writeFileSync(txt, '')
      truncateSync(txt, 50 * 1024 * 1024 + 1)
      // Read whole and parsed: its version is what refuses it, not its size.
      writeFileSync(json, `{"dossierExport":3,"pad":"${'a'.repeat(50 * 1024 * 1024)}"}`)
      expect((await importFile(other.library, txt)).error).toMatch(/larger than 50 MB/)
      expect((await importFile(other.library, json)).error).toMatch(/a Dossier backup of version 3/)
    } finally {
      dir.cleanup()
    }
  })

  it('reads a version 1 export, or any other JSON, as it did before', async () => {
    const { library } = seedBackupLibrary(db)
    const v1 = JSON.parse(await backupOf(library))
    v1.dossierExport = 1
    const asV1 = await restore(other.library, JSON.stringify(v1), 'notes.json')
    const plain = await restore(other.library, JSON.stringify({ articles: [] }), 'notes.json')
    expect(asV1.summary).toBeUndefined()
    expect(asV1.status).toBe('failed')
    expect(asV1.status).toBe(plain.status)
    expect(asV1.error).toBe(plain.error)
    expect(other.db.prepare('SELECT count(*) AS n FROM codes').get()).toEqual({ n: 0 })
  })
})
