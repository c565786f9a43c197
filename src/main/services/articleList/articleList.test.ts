import { beforeEach, describe, expect, it } from 'vitest'
import type { ArticleListQuery } from '../../../shared/model/articleList'
import { addArticles, createCase } from '../cases'
import { codeAnnotation, createCode } from '../codebook'
import { judgeClaim } from '../verdicts'
import type { Db } from '../store/db'
import { storeArticle, storeNote } from '../../../test-support/storedArticles'
import { tempStore } from '../../../test-support/tempStore'
import { listArticleRows, listChoices, listStatement } from './articleList'

let db: Db
/** Article ids by title. */
let id: Record<string, string>

const day = (d: number): Date => new Date(Date.UTC(2026, 0, d))

tempStore((opened) => (db = opened))
beforeEach(() => {
  id = {
    // Imported on days 1..4, in this order.
    banks: storeArticle(
      db,
      {
        title: 'banks fail',
        publisher: 'Reuters',
        published: '2024-05-01',
        fileName: 'banks.html',
        format: 'html',
      },
      day(1),
    ),
    army: storeArticle(
      db,
      { title: 'Army moves', publisher: 'AP', published: null, fileName: 'army.txt' },
      day(2),
    ),
    cities: storeArticle(
      db,
      {
        title: 'Cities flood',
        publisher: null,
        published: '2024-06-01',
        fileName: 'cities.pdf',
        format: 'pdf',
      },
      day(3),
    ),
    dams: storeArticle(
      db,
      {
        title: 'Dams hold',
        publisher: 'reuters',
        published: '2023-01-01',
        fileName: 'dams.md',
        format: 'markdown',
      },
      day(4),
    ),
  }
  storeNote(db, id.banks, ['economy', 'check'])
  storeNote(db, id.banks, ['economy'])
  storeNote(db, id.cities, ['check'])
})

const titles = (query: ArticleListQuery = {}): string[] => listArticleRows(db, query).map((r) => r.title)

describe('the library list', () => {
  it('lists newest import first with format, file name, date added and note count, and no text', () => {
    const rows = listArticleRows(db)
    expect(rows.map((r) => r.title)).toEqual(['Dams hold', 'Cities flood', 'Army moves', 'banks fail'])
    expect(rows[3]).toEqual({
      id: id.banks,
      title: 'banks fail',
      publisher: 'Reuters',
      published: '2024-05-01',
      importedAt: day(1).toISOString(),
      fileName: 'banks.html',
      format: 'html',
      notes: 2,
      claimsChecked: 0,
    })
    expect(rows.map((r) => r.notes)).toEqual([0, 1, 0, 2])
  })

  it('sorts by title, ignoring letter case, either way', () => {
    expect(titles({ sort: 'title' })).toEqual(['Army moves', 'banks fail', 'Cities flood', 'Dams hold'])
    expect(titles({ sort: 'title', direction: 'desc' })).toEqual([
      'Dams hold',
      'Cities flood',
      'banks fail',
      'Army moves',
    ])
  })

  it('sorts by publisher with articles without one last, either way', () => {
    // Same publisher (any case): newest import first.
    expect(titles({ sort: 'publisher' })).toEqual(['Army moves', 'banks fail', 'Dams hold', 'Cities flood'])
    expect(titles({ sort: 'publisher', direction: 'desc' })).toEqual([
      'banks fail',
      'Dams hold',
      'Army moves',
      'Cities flood',
    ])
  })

  it('sorts by publication date, newest first by default, undated last either way', () => {
    expect(titles({ sort: 'published' })).toEqual(['Cities flood', 'banks fail', 'Dams hold', 'Army moves'])
    expect(titles({ sort: 'published', direction: 'asc' })).toEqual([
      'Dams hold',
      'banks fail',
      'Cities flood',
      'Army moves',
    ])
  })

  it('sorts by date added, oldest first when asked', () => {
    expect(titles({ sort: 'imported', direction: 'asc' })).toEqual([
      'banks fail',
      'Army moves',
      'Cities flood',
      'Dams hold',
    ])
  })

  it('answers only the first rows, in the same order, when asked for a number of them', () => {
    expect(listArticleRows(db, { sort: 'published' }, 2).map((r) => r.title)).toEqual(['Cities flood', 'banks fail'])
    expect(listArticleRows(db, { publisher: 'reuters' }, 10).map((r) => r.title)).toEqual(['Dams hold', 'banks fail'])
  })

  it('filters by publisher ignoring letter case, by tag, and by having notes or not', () => {
    expect(titles({ publisher: 'REUTERS' })).toEqual(['Dams hold', 'banks fail'])
    expect(titles({ tag: 'economy' })).toEqual(['banks fail'])
    expect(titles({ tag: 'check', sort: 'title' })).toEqual(['banks fail', 'Cities flood'])
    expect(titles({ tag: 'none' })).toEqual([])
    expect(titles({ hasNotes: true })).toEqual(['Cities flood', 'banks fail'])
    expect(titles({ hasNotes: false })).toEqual(['Dams hold', 'Army moves'])
  })

  it('filters by case and by being in none, and combines filters', () => {
    const iran = createCase(db, 'Iran')
    const gaza = createCase(db, 'Gaza')
    addArticles(db, iran.id, [id.banks, id.army, id.dams])
    addArticles(db, gaza.id, [id.banks])
    expect(titles({ caseId: iran.id })).toEqual(['Dams hold', 'Army moves', 'banks fail'])
    expect(titles({ caseId: gaza.id })).toEqual(['banks fail'])
    expect(titles({ unfiled: true })).toEqual(['Cities flood'])
    expect(titles({ caseId: iran.id, publisher: 'reuters', hasNotes: false })).toEqual(['Dams hold'])
  })

  it('refuses a case that is gone and a case together with unfiled', () => {
    expect(() => listArticleRows(db, { caseId: 'gone' })).toThrow('That case is no longer in your library.')
    const iran = createCase(db, 'Iran')
    expect(() => listArticleRows(db, { caseId: iran.id, unfiled: true })).toThrow(
      /one case or the unfiled articles/,
    )
  })

  it('reads articles only through the covering index, never the rows that hold texts and originals', () => {
    const iran = createCase(db, 'Iran')
    const queries: ArticleListQuery[] = [
      {},
      { sort: 'title' },
      { sort: 'publisher', direction: 'desc' },
      { sort: 'published', publisher: 'AP' },
      { caseId: iran.id, tag: 'check', hasNotes: true },
      { unfiled: true },
      { code: 'c1', verdict: { rating: 'false' } },
      { verdict: { status: 'checked' }, sort: 'title' },
    ]
    db.prepare(
      "INSERT INTO codes (id, name, color, position, created_at, updated_at) VALUES ('c1', 'C', 'yellow', 0, '', '')",
    ).run()
    for (const query of queries) {
      const { sql, params } = listStatement(db, query)
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
        (r) => r.detail,
      )
      const articleScans = plan.filter((d) => / a\b/.test(d) && !/^(SEARCH|SCAN) (n|ca|t|ac|vc|v)\b/.test(d))
      expect(articleScans, JSON.stringify(query)).toEqual(['SCAN a USING COVERING INDEX articles_list'])
    }
  })
})

describe('the list’s filter choices', () => {
  it('gives each publisher once whatever its case, and each tag, with their article counts', () => {
    expect(listChoices(db)).toEqual({
      publishers: [
        { name: 'AP', articles: 1 },
        { name: 'Reuters', articles: 2 },
      ],
      tags: [
        { name: 'check', articles: 2 },
        { name: 'economy', articles: 1 },
      ],
      codes: [],
      ratings: [],
      statuses: [],
    })
  })
})

let codedNotes = 0

/** A note on the article's first letter, to put codes on; answers its id. */
function codedNote(articleId: string): string {
  const noteId = `coded-${++codedNotes}`
  db.prepare(
    `INSERT INTO annotations (id, article_id, start, end, exact, prefix, suffix, color, created_at, updated_at)
     VALUES (?, ?, 0, 1, 'A', '', '', 'yellow', '', '')`,
  ).run(noteId, articleId)
  return noteId
}

/** A claim on the first sentence of an article (the stored texts are “<title>. It has a body.”). */
function judge(articleId: string, title: string, change: Parameters<typeof judgeClaim>[2]): void {
  judgeClaim(db, { articleId, start: 0, end: title.length + 1 }, change, 'Ana', day(9))
}

describe('filtering by code and by verdict', () => {
  it('finds the articles coded with a code or a code under it, and counts them in the choices', () => {
    const framing = createCode(db, { name: 'Framing' })
    const threat = createCode(db, { name: 'Threat', parentId: framing.id })
    createCode(db, { name: 'Unused' })
    codeAnnotation(db, codedNote(id.banks), framing.id)
    codeAnnotation(db, codedNote(id.army), threat.id)
    expect(titles({ code: framing.id, sort: 'title' })).toEqual(['Army moves', 'banks fail'])
    expect(titles({ code: threat.id })).toEqual(['Army moves'])
    expect(titles({ code: framing.id, publisher: 'AP' })).toEqual(['Army moves'])
    expect(listChoices(db).codes).toEqual([
      { id: framing.id, name: 'Framing', path: ['Framing'], articles: 2 },
      { id: threat.id, name: 'Threat', path: ['Framing', 'Threat'], articles: 1 },
    ])
  })

  it('refuses a code that is gone', () => {
    expect(() => listArticleRows(db, { code: 'gone' })).toThrow('That code is no longer in your library.')
  })

  it('finds articles by their verdicts’ rating or status, counts checked claims, and offers what occurs', () => {
    judge(id.banks, 'banks fail', { status: 'checked', rating: 'false' })
    judge(id.army, 'Army moves', { status: 'checking', rating: 'false' })
    judge(id.dams, 'Dams hold', { status: 'checked', rating: 'true' })
    expect(titles({ verdict: { rating: 'false' } })).toEqual(['Army moves', 'banks fail'])
    expect(titles({ verdict: { status: 'checked' } })).toEqual(['Dams hold', 'banks fail'])
    expect(titles({ verdict: { status: 'to-check' } })).toEqual([])
    expect(listArticleRows(db).map((r) => [r.title, r.claimsChecked])).toEqual([
      ['Dams hold', 1],
      ['Cities flood', 0],
      ['Army moves', 0],
      ['banks fail', 1],
    ])
    const { ratings, statuses } = listChoices(db)
    expect(ratings).toEqual([
      { rating: 'true', articles: 1 },
      { rating: 'false', articles: 2 },
    ])
    expect(statuses).toEqual([
      { status: 'checking', articles: 1 },
      { status: 'checked', articles: 2 },
    ])
  })
})
