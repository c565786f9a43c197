/**
 * Search benchmark: builds a 10,000-article library of generated text (seeded; ~800 words an article, Zipf-
 * distributed words, one analysis with source names per article, a note on every tenth), then times 50
 * varied queries through searchLibrary. Articles go in through the store functions, 500 to a transaction —
 * as a batch import does — so the figure includes the index triggers. The baseline, measured in the same run,
 * is a LIKE '%word%' scan of the same table for five rare words, counting the matches (so reading every article).
 */
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { searchLibrary } from '../../src/main/services/search/search'
import { putAnalysis } from '../../src/main/services/store/analyses'
import { putAnnotation } from '../../src/main/services/store/annotations'
import { insertArticle } from '../../src/main/services/store/articles'
import { openDb, STORE_FILE, transaction, type Db } from '../../src/main/services/store/db'
import { mulberry32 } from '../../src/test-support/random'
import { tempDir } from '../../src/test-support/tempDir'
import { medianOf, percentile, round } from './timing'

export interface SearchBench {
  articles: number
  words: number
  import: { seconds: number; articlesPerSecond: number; textMBPerSecond: number; storeMB: number }
  queries: number
  p50: { ms: number }
  p95: { ms: number }
  max: { ms: number }
  baseline: { likeScan: { queries: number; p50: { ms: number } } }
}

const ARTICLES = 10_000
const BATCH = 500
const SEED = 20260510

const random = mulberry32(SEED)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sta', 'ven', 'dor', 'pli', 'gra', 'tor', 'qua', 'zel', 'fi', 'hu',
  'bra', 'ex', 'on', 'ti', 'mar', 'sol', 'ché', 'ün', 'ja']
const PUBLISHERS = ['CNN', 'Reuters', 'BBC News', 'The Guardian', 'Le Monde', 'Associated Press', 'Al Jazeera',
  'Der Spiegel', 'NHK World', 'El País', 'Bloomberg', 'Financial Times']
const FIRST = ['Anna', 'Boris', 'Chen', 'Dolores', 'Emeka', 'Fatima', 'Gustav', 'Hana', 'Ivan', 'José', 'Kim', 'Lena']
const LAST = ['Novak', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Zoltán']
const TAGS = ['numbers', 'check', 'quote', 'source', 'follow-up', 'context', 'dates', 'money']

// 6,000 distinct made-up words, drawn with Zipf weights so a few are very common and most are rare.
const VOCABULARY: string[] = []
for (const seen = new Set<string>(); VOCABULARY.length < 6000; ) {
  let w = ''
  for (let n = 2 + Math.floor(random() * 3); n > 0; n--) w += pick(SYLLABLES)
  if (!seen.has(w)) VOCABULARY.push(w)
  seen.add(w)
}
const CUMULATIVE: number[] = []
VOCABULARY.reduce((sum, _, rank) => (CUMULATIVE[rank] = sum + 1 / (rank + 1)), 0)

function word(): string {
  const x = random() * CUMULATIVE[CUMULATIVE.length - 1]
  let lo = 0
  let hi = CUMULATIVE.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (CUMULATIVE[mid] < x) lo = mid + 1
    else hi = mid
  }
  return VOCABULARY[lo]
}

function sentence(words: number): string {
  const list = Array.from({ length: words }, word)
  list[0] = list[0][0].toUpperCase() + list[0].slice(1)
  return `${list.join(' ')}.`
}

const person = (): string => `${pick(FIRST)} ${pick(LAST)}`

function article(i: number) {
  const paragraphs: string[] = []
  for (let words = 0, target = 600 + Math.floor(random() * 400); words < target; ) {
    const n = 60 + Math.floor(random() * 40)
    paragraphs.push(`${sentence(n)} ${person()} said.`)
    words += n + 3
  }
  const text = paragraphs.join('\n\n')
  let offset = 0
  const blocks = paragraphs.map((p) => {
    const block = { type: 'paragraph' as const, start: offset, end: offset + p.length }
    offset += p.length + 2
    return block
  })
  const year = 2019 + Math.floor(random() * 7)
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
  const bytes = new TextEncoder().encode(text)
  return {
    format: 'text' as const,
    title: sentence(5 + Math.floor(random() * 6)).slice(0, -1),
    byline: person(),
    publisher: pick(PUBLISHERS),
    published: `${year}-${month}-${day}`,
    lang: 'en',
    url: `https://example.org/${i}`,
    text,
    blocks,
    sha256: createHash('sha256').update(bytes).update(String(i)).digest('hex'),
    fileName: `article-${i}.txt`,
    original: bytes,
    extractorVersion: 1,
  }
}

function build(db: Db): { seconds: number; words: number; textBytes: number } {
  let words = 0
  let textBytes = 0
  const started = performance.now()
  for (let from = 0; from < ARTICLES; from += BATCH) {
    transaction(db, () => {
      for (let i = from; i < Math.min(ARTICLES, from + BATCH); i++) {
        const a = article(i)
        words += a.text.split(/\s+/).length
        textBytes += a.original.length
        const id = insertArticle(db, a)
        const sources = [person(), person(), `${pick(PUBLISHERS)} correspondent`].map((name, k) => ({
          id: `s${k}`, name, kind: 'person' as const, role: null, mentions: [],
        }))
        putAnalysis(db, id, { version: 1, textSha256: a.sha256, result: { claims: [], sources, quotes: [], attributions: [] } }, new Date())
        if (i % 10 === 0) {
          const b = a.blocks[0]
          putAnnotation(db, {
            id: `note-${i}`, articleId: id, color: 'yellow', createdAt: '2026-01-01', updatedAt: '2026-01-01',
            quote: { type: 'TextQuoteSelector', exact: a.text.slice(b.start, b.start + 20), prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: b.start, end: b.start + 20 },
            note: sentence(12), tags: [pick(TAGS), pick(TAGS)],
          })
        }
      }
    })
  }
  return { seconds: (performance.now() - started) / 1000, words, textBytes }
}

/** 50 queries over common, middling and rare words, with every kind of syntax the search box takes. */
function queries(): string[] {
  const common = (k: number) => VOCABULARY[k]
  const mid = (k: number) => VOCABULARY[100 + k * 37]
  const rare = (k: number) => VOCABULARY[3000 + k * 211]
  const list = [
    ...[0, 1, 2, 5, 9].map(common),
    ...[0, 1, 2, 3, 4].map(mid),
    ...[0, 1, 2, 3, 4].map(rare),
    `${common(0)} ${common(1)}`, `${common(3)} ${mid(5)}`, `${mid(6)} ${mid(7)} ${rare(5)}`, `${rare(6)} ${rare(7)}`,
    `"${common(0)} ${common(1)}"`, `"${mid(8)} ${common(2)}"`, `"${common(4)} said"`, `"kim ${LAST[3].toLowerCase()}"`,
    `${common(0).slice(0, 2)}*`, `${common(7).slice(0, 3)}*`, `${mid(9).slice(0, 4)}*`, `${rare(8).slice(0, 5)}*`, 'zolt*',
    `${mid(10)} OR ${rare(9)}`, `${rare(10)} OR ${rare(11)} OR ${rare(12)}`, `(${mid(11)} OR ${mid(12)}) ${common(6)}`,
    `${common(2)} -${common(3)}`, `${mid(13)} NOT ${common(1)}`, `-${common(0)}`,
    'publisher:CNN', `publisher:reuters ${mid(14)}`, `publisher:"BBC News" ${rare(13)}`,
    `title:${common(0)}`, `title:${mid(15)} ${common(1)}`,
    'source:petrov', `source:"anna novak" ${mid(16)}`, 'tag:numbers', `tag:money ${common(0)}`, `note:${mid(17)}`,
    `${mid(18)} after:2024-01-01`, `${common(5)} published:2021-03..2021-06`, `before:2020-01 ${mid(19)}`,
    `after:2023-06 before:2023-07 ${common(8)}`, `${rare(14)} OR title:${mid(20)} -publisher:cnn`, `byline:tanaka ${mid(21)}`,
  ]
  if (list.length !== 50) throw new Error(`the query list has ${list.length} entries, not 50`)
  return list
}

export function benchSearch(log: (line: string) => void): SearchBench {
  const folder = tempDir('dossier-bench-')
  const db = openDb(folder.dir)
  try {
    const list = queries()
    const built = build(db)
    const storeMB = statSync(join(folder.dir, STORE_FILE)).size / 1e6
    log(
      `search: imported ${ARTICLES} articles (${built.words.toLocaleString('en')} words) in ${built.seconds.toFixed(1)} s: ` +
        `${Math.round(ARTICLES / built.seconds)} articles/s, ${(built.textBytes / 1e6 / built.seconds).toFixed(1)} MB of text/s, store ${storeMB.toFixed(0)} MB`,
    )
    list.forEach((q) => searchLibrary(db, q, { limit: 20 })) // warm-up: page cache and statements
    const perQuery = list.map((q) => medianOf(() => searchLibrary(db, q, { limit: 20 }), 3)).sort((a, b) => a - b)
    // Counting the matches makes the scan read every article, as ranking them would.
    const like = db.prepare('SELECT count(*) FROM articles WHERE title LIKE ? OR text LIKE ?')
    const rareWords = [3000, 3211, 3422, 3633, 3844].map((k) => `%${VOCABULARY[k]}%`)
    const likeTimes = rareWords.map((w) => medianOf(() => like.all(w, w), 3)).sort((a, b) => a - b)
    const result: SearchBench = {
      articles: ARTICLES,
      words: built.words,
      import: {
        seconds: round(built.seconds),
        articlesPerSecond: Math.round(ARTICLES / built.seconds),
        textMBPerSecond: round(built.textBytes / 1e6 / built.seconds),
        storeMB: Math.round(storeMB),
      },
      queries: list.length,
      p50: { ms: round(percentile(perQuery, 0.5)) },
      p95: { ms: round(percentile(perQuery, 0.95)) },
      max: { ms: round(perQuery[perQuery.length - 1]) },
      baseline: { likeScan: { queries: likeTimes.length, p50: { ms: round(percentile(likeTimes, 0.5)) } } },
    }
    log(
      `search: ${list.length} queries, median of 3 runs each, limit 20: p50 ${result.p50.ms} ms, p95 ${result.p95.ms} ms, ` +
        `max ${result.max.ms} ms; baseline LIKE scan of every article: median ${result.baseline.likeScan.p50.ms} ms`,
    )
    return result
  } finally {
    db.close()
    folder.cleanup()
  }
}
