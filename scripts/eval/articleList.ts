/**
 * Time of the library list queries on a store of 10,000 articles (texts of ~6,000 characters,
 * originals of ~12 KB, 3 notes on every third article, 20 cases), median of 5 runs after a warm-up.
 * Run: npx tsx scripts/eval/articleList.ts
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArticleListQuery } from '../../src/shared/model/articleList'
import { listArticleRows, listChoices } from '../../src/main/services/articleList/articleList'
import { addArticles, createCase, libraryCounts, listCases } from '../../src/main/services/cases'
import { insertArticle } from '../../src/main/services/store/articles'
import { putAnnotation } from '../../src/main/services/store/annotations'
import { openDb, transaction } from '../../src/main/services/store/db'

const ARTICLES = 10_000
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'))
const db = openDb(dir)
const words = 'the minister said on tuesday that talks would resume in june after a week of strikes'.split(
  ' ',
)
const publishers = ['CNN', 'Reuters', 'AP', 'BBC', 'Le Monde', null]

const ids: string[] = []
transaction(db, () => {
  for (let i = 0; i < ARTICLES; i++) {
    const text = Array.from({ length: 1000 }, (_, w) => words[(i * 7 + w) % words.length]).join(' ')
    const id = insertArticle(
      db,
      {
        format: i % 3 ? 'text' : 'html',
        title: `Article ${(i * 7919) % ARTICLES} ${words[i % words.length]}`,
        byline: null,
        publisher: publishers[i % publishers.length],
        published:
          i % 4
            ? `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
            : null,
        lang: 'en',
        url: null,
        text,
        blocks: [{ type: 'paragraph', start: 0, end: text.length }],
        sha256: randomBytes(32).toString('hex'),
        fileName: `article-${i}.txt`,
        original: randomBytes(12_000),
        extractorVersion: 1,
      },
      new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    )
    ids.push(id)
    if (i % 3 === 0) {
      for (let n = 0; n < 3; n++) {
        putAnnotation(db, {
          id: `${id}-${n}`,
          articleId: id,
          quote: { type: 'TextQuoteSelector', exact: 'the', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 3 },
          note: '',
          tags: n ? [`tag${i % 10}`] : [],
          color: 'yellow',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        })
      }
    }
  }
})
const cases = Array.from({ length: 20 }, (_, c) => createCase(db, `Case ${c}`))
// A fifth of the articles unfiled; one case shares some with another.
cases.forEach((c, k) =>
  addArticles(
    db,
    c.id,
    ids.filter((_, i) => i % 25 === k || (k === 0 && i % 50 === 1)),
  ),
)

function median(run: () => unknown): number {
  run()
  const ms: number[] = []
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    run()
    ms.push(performance.now() - t)
  }
  return ms.sort((a, b) => a - b)[2]
}

const queries: [string, ArticleListQuery][] = [
  ['newest import first', {}],
  ['by title', { sort: 'title' }],
  ['by publisher', { sort: 'publisher' }],
  ['by published', { sort: 'published' }],
  ['publisher = Reuters', { publisher: 'reuters' }],
  ['tag = tag3', { tag: 'tag3' }],
  ['in a case', { caseId: cases[3].id, sort: 'title' }],
  ['unfiled', { unfiled: true }],
  ['has notes', { hasNotes: true }],
]
for (const [label, query] of queries) {
  const rows = listArticleRows(db, query).length
  console.log(
    `${label.padEnd(22)} ${String(rows).padStart(6)} rows  ${median(() => listArticleRows(db, query)).toFixed(1)} ms`,
  )
}
console.log(`${'filter choices'.padEnd(35)} ${median(() => listChoices(db)).toFixed(1)} ms`)
console.log(
  `${'cases and counts'.padEnd(35)} ${median(() => [listCases(db), libraryCounts(db)]).toFixed(1)} ms`,
)
db.close()
rmSync(dir, { recursive: true, force: true })
