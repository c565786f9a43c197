/**
 * Extraction quality on ../shared/data/extraction-dev (20 real pages, with Readability's output as
 * the reference): per page and mean, 4-word-shingle precision/recall/F1 of our text against the
 * reference text, metadata accuracy (title, byline, publisher, published where the reference
 * gives them) and the time each extraction took. Run: npx tsx scripts/eval/extraction.ts
 */
import { extractArticle } from '../../src/main/services/importers'
import { bodyScores, devPages, loose, median, readDevPage, sameDate, titleMatches } from './extractionDev'

const LETTER = { title: 't', byline: 'b', publisher: 's', published: 'd' } as const

async function main(): Promise<void> {
  const pages = devPages()
  const fields = { title: [0, 0], byline: [0, 0], publisher: [0, 0], published: [0, 0] }
  const rows: { page: string; p: number; r: number; f1: number; ms: number; meta: string }[] = []
  for (const page of pages) {
    const dev = readDevPage(page)
    const { expected } = dev
    const started = performance.now()
    const article = await extractArticle(`${page}.html`, dev.source)
    const ms = performance.now() - started
    const scores = bodyScores(article, dev)
    const checks: [keyof typeof fields, string | null, boolean][] = [
      ['title', expected.title, titleMatches(article, expected)],
      ['byline', expected.byline, loose(article.byline) === loose(expected.byline)],
      ['publisher', expected.siteName, loose(article.publisher) === loose(expected.siteName)],
      [
        'published',
        expected.publishedTime,
        !!expected.publishedTime && sameDate(article.published, expected.publishedTime),
      ],
    ]
    const marks: string[] = []
    for (const [field, given, match] of checks) {
      if (!given) continue
      fields[field][1]++
      if (match) fields[field][0]++
      marks.push(`${LETTER[field]}${match ? '+' : '-'}`)
    }
    rows.push({ page, p: scores.precision, r: scores.recall, f1: scores.f1, ms, meta: marks.join(' ') })
  }

  const f = (n: number): string => n.toFixed(3)
  console.log(
    `${'page'.padEnd(18)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'ms'.padStart(6)}  metadata (title/byline/site/date: + match, - miss)`,
  )
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(18)} ${f(r.p)} ${f(r.r)} ${f(r.f1)} ${r.ms.toFixed(0).padStart(6)}  ${r.meta}`,
    )
  }
  const mean = (key: 'p' | 'r' | 'f1'): number => rows.reduce((s, r) => s + r[key], 0) / rows.length
  console.log(
    `\nmean P ${f(mean('p'))}  R ${f(mean('r'))}  F1 ${f(mean('f1'))}  (min F1 ${f(Math.min(...rows.map((r) => r.f1)))})`,
  )
  let matched = 0
  let given = 0
  const parts = Object.entries(fields).map(([name, [m, g]]) => {
    matched += m
    given += g
    return `${name} ${m}/${g}`
  })
  console.log(`metadata: ${parts.join(', ')}; overall ${matched}/${given} (${f(matched / given)})`)
  console.log(
    `time per page: median ${median(rows.map((r) => r.ms)).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.ms)).toFixed(0)} ms (first page includes warm-up)`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
