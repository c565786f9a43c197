/**
 * Library list benchmark: builds a 10,000-article library (seeded; texts of ~3,000 characters and originals of
 * ~6 KB so that the list must not read them, notes with tags and codes on every third article, a checked verdict
 * on every seventh), then times the list query the window sends: sorted each way, filtered by publisher, by tag,
 * by code and by verdict, each the median of 5 runs after a warm-up; then everything the window asks for when it
 * opens, together, and the store's size beside the originals' bytes. The baseline, measured in the same run, is
 * the naive query that reads whole rows (`SELECT * FROM articles ORDER BY title`).
 */
import { randomUUID } from 'node:crypto'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleListQuery } from '../../src/shared/model/articleList'
import { listArticleRows, listChoices } from '../../src/main/services/articleList/articleList'
import { listArticles } from '../../src/main/services/articles/read'
import { libraryCounts, listCases } from '../../src/main/services/cases'
import { createLibrary } from '../../src/main/services/library'
import { insertArticle } from '../../src/main/services/store/articles'
import { openDb, STORE_FILE, transaction, type Db } from '../../src/main/services/store/db'
import { mulberry32 } from '../../src/test-support/random'
import { tempDir } from '../../src/test-support/tempDir'
import { medianOf, percentile, round } from './timing'

export interface ListBench {
  articles: number
  queries: number
  p50: { ms: number }
  p95: { ms: number }
  max: { ms: number }
  choices: { ms: number }
  /** Everything the window asks for when it opens (articles:list, cases:list, the rows newest first, the filter choices). */
  shown: { ms: number }
  store: { MB: number; inputMB: number }
  baseline: { wholeRows: { p50: { ms: number } } }
}

const ARTICLES = 10_000
const SEED = 20261202
const PUBLISHERS = ['CNN', 'Reuters', 'AP', 'BBC', 'Le Monde', 'Yonhap', 'NHK World', null]
const TAGS = ['numbers', 'check', 'quote', 'source', 'follow-up', 'context']
const WORDS = 'the minister said on tuesday that talks would resume in june after a week of strikes'.split(
  ' ',
)

/** Builds the 10,000-article library; answers the bytes of the files it stands for (the originals). */
export function build(db: Db): number {
  let input = 0
  const random = mulberry32(SEED)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const now = '2026-01-01T00:00:00.000Z'
  db.prepare(
    `INSERT INTO codes (id, name, color, position, created_at, updated_at) VALUES ('framing', 'Framing', 'yellow', 0, ?, ?)`,
  ).run(now, now)
  db.prepare(
    `INSERT INTO codes (id, name, color, parent_id, position, created_at, updated_at) VALUES ('threat', 'Threat', 'yellow', 'framing', 0, ?, ?)`,
  ).run(now, now)
  const note = db.prepare(
    `INSERT INTO annotations (id, article_id, start, end, exact, prefix, suffix, note, tags, color, created_at, updated_at)
     VALUES (?, ?, 0, 3, 'the', '', '', 'a note', ?, 'yellow', ?, ?)`,
  )
  const code = db.prepare('INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, 0)')
  const verdict = db.prepare(
    `INSERT INTO verdicts (id, status, rating, conclusion, created_at, updated_at, updated_by) VALUES (?, ?, ?, '', ?, ?, 'bench')`,
  )
  const claim = db.prepare(
    `INSERT INTO verdict_claims (verdict_id, article_id, start, end, exact, prefix, suffix, linked_by, linked_at)
     VALUES (?, ?, 0, 3, 'the', '', '', 'bench', ?)`,
  )
  for (let from = 0; from < ARTICLES; from += 500) {
    transaction(db, () => {
      for (let i = from; i < from + 500; i++) {
        const text = Array.from({ length: 500 }, () => pick(WORDS)).join(' ')
        const title = Array.from({ length: 6 }, () => pick(WORDS)).join(' ')
        const id = insertArticle(
          db,
          {
            format: i % 3 ? 'text' : 'html',
            title: title[0].toUpperCase() + title.slice(1),
            byline: null,
            publisher: pick(PUBLISHERS),
            published: i % 5 ? `20${19 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}` : null,
            lang: 'en',
            url: null,
            text,
            blocks: [{ type: 'paragraph', start: 0, end: text.length }],
            sha256: `bench-${i}`,
            fileName: `article-${i}.txt`,
            original: new TextEncoder().encode(text + text),
            extractorVersion: 1,
          },
          new Date(Date.UTC(2025, 0, 1) + i * 60_000),
        )
        input += 2 * Buffer.byteLength(text)
        if (i % 3 === 0) {
          for (let n = 0; n < 2; n++) {
            const noteId = `${id}-${n}`
            note.run(noteId, id, JSON.stringify([pick(TAGS)]), now, now)
            if (n === 0) code.run(noteId, i % 2 ? 'threat' : 'framing')
          }
        }
        if (i % 7 === 0) {
          const verdictId = randomUUID()
          verdict.run(verdictId, 'checked', i % 2 ? 'false' : 'mostly-true', now, now)
          claim.run(verdictId, id, now)
        }
      }
    })
  }
  return input
}

/** The queries the window sends: every order, and the filters of the filter bar. */
const QUERIES: [string, ArticleListQuery][] = [
  ['newest import first', { sort: 'imported', direction: 'desc' }],
  ['by title', { sort: 'title', direction: 'asc' }],
  ['by publisher', { sort: 'publisher', direction: 'asc' }],
  ['by published', { sort: 'published', direction: 'desc' }],
  ['publisher = Reuters', { sort: 'published', direction: 'desc', publisher: 'reuters' }],
  ['tag = check', { sort: 'published', direction: 'desc', tag: 'check' }],
  ['publisher and tag', { sort: 'title', direction: 'asc', publisher: 'BBC', tag: 'quote' }],
  ['code = Framing (+ Threat)', { sort: 'published', direction: 'desc', code: 'framing' }],
  ['rated false', { sort: 'published', direction: 'desc', verdict: { rating: 'false' } }],
  [
    'checked, with notes',
    { sort: 'title', direction: 'asc', verdict: { status: 'checked' }, hasNotes: true },
  ],
]

export function benchList(log: (line: string) => void): ListBench {
  const folder = tempDir('dossier-bench-list-')
  const db = openDb(folder.dir)
  try {
    const started = performance.now()
    const input = build(db)
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    const store = {
      MB: round(statSync(join(folder.dir, STORE_FILE)).size / 1e6),
      inputMB: round(input / 1e6),
    }
    log(
      `list: built ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `store ${store.MB} MB for ${store.inputMB} MB of original files`,
    )
    const times = QUERIES.map(([label, query]) => {
      const rows = listArticleRows(db, query).length
      const ms = medianOf(() => listArticleRows(db, query), 5, true)
      log(`list: ${label.padEnd(26)} ${String(rows).padStart(6)} rows  ${ms.toFixed(1)} ms`)
      return ms
    }).sort((a, b) => a - b)
    const choices = medianOf(() => listChoices(db), 5, true)
    const library = createLibrary(db)
    const shown = medianOf(
      () => [listArticles(library), listCases(db), libraryCounts(db), listArticleRows(db), listChoices(db)],
      5,
      true,
    )
    const whole = db.prepare('SELECT * FROM articles ORDER BY title')
    const baseline = medianOf(() => whole.all(), 5, true)
    const result: ListBench = {
      articles: ARTICLES,
      queries: QUERIES.length,
      p50: { ms: round(percentile(times, 0.5)) },
      p95: { ms: round(percentile(times, 0.95)) },
      max: { ms: round(times[times.length - 1]) },
      choices: { ms: round(choices) },
      shown: { ms: round(shown) },
      store,
      baseline: { wholeRows: { p50: { ms: round(baseline) } } },
    }
    log(
      `list: ${QUERIES.length} queries, median of 5 runs each: p50 ${result.p50.ms} ms, p95 ${result.p95.ms} ms, ` +
        `max ${result.max.ms} ms; filter choices ${result.choices.ms} ms; all the window asks for on opening ${result.shown.ms} ms; baseline reading whole rows: ${result.baseline.wholeRows.p50.ms} ms`,
    )
    return result
  } finally {
    db.close()
    folder.cleanup()
  }
}
