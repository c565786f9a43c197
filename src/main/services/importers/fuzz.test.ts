/**
 * Bounded fuzzing of the importer: random bytes, and small valid files of every format with
 * bytes flipped, cut off, spliced together or renamed. Every input must either import as a
 * well-formed article or be refused with an ImportError that the readers foresaw — never another
 * exception. Fixed seed and a fixed number of cases, so every run tries the same inputs and a
 * failure is reproducible on any machine, however busy. (A hang fails the test by its timeout.)
 */
import { describe, expect, it } from 'vitest'
import type { ExtractedArticle } from '../../../shared/model/article'
import { extractArticle, ImportError, UNEXPECTED_FAILURE } from './index'
import { fromPdfJs } from './pdfRejections'
import { buildEpub, buildMhtml, buildPdf, layoutPdfPages, xhtmlChapter } from '../../../test-support/fileFixtures'
import { utf8 } from '../../../test-support/extracted'
import { mulberry32 } from '../../../test-support/random'

const SEED = 0x5eed_d055
const CASES = 1000

const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs.',
  'Engineers found corrosion in the pilings during a routine inspection last spring, “a serious one”.',
  'Local businesses asked for a phased closure so that part of the pier stays open in summer.',
]

const FIXTURES: [string, Uint8Array][] = [
  [
    'page.html',
    utf8(
      `<!doctype html><html lang="en"><head><title>Pier | Gazette</title><meta property="og:site_name" content="Gazette">` +
        `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-11"}</script></head>` +
        `<body><nav>Home</nav><article><h1>Pier</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<ul><li>a</li></ul></article></body></html>`,
    ),
  ],
  [
    'notes.md',
    utf8(`---\ntitle: Pier\n---\n# Pier\n\n${PARAGRAPHS.join('\n\n')}\n\n- one\n- two\n\n> quoted`),
  ],
  ['story.txt', utf8(`Pier to close\n\nBy Jane Doe\n\n${PARAGRAPHS.join('\n\n')}`)],
  [
    'saved.mhtml',
    buildMhtml([
      {
        type: 'text/html',
        location: 'https://gazette.example/pier',
        body: `<title>Pier</title>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`,
      },
      {
        type: 'image/png',
        location: 'https://gazette.example/a.png',
        body: '\x89PNG\r\n',
        encoding: 'base64',
      },
    ]),
  ],
  [
    'report.pdf',
    buildPdf({
      pages: layoutPdfPages(PARAGRAPHS, { width: 50, linesPerPage: 4 }),
      info: { Title: 'Pier', Author: 'Jane Doe', CreationDate: 'D:20240311' },
    }),
  ],
  [
    'book.epub',
    buildEpub({
      metadata: '<dc:title>Pier</dc:title><dc:creator>Jane Doe</dc:creator>',
      chapters: PARAGRAPHS.map((p, i) => ({
        name: `c${i}.xhtml`,
        html: xhtmlChapter(`C${i}`, `<h2>Part ${i}</h2><p>${p}</p>`),
      })),
    }),
  ],
]

const NAMES = FIXTURES.map(([name]) => name).concat(['unknown', 'x.htm', 'x.mht'])

function mutate(random: () => number): [string, Uint8Array] {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const [name, original] = pick(FIXTURES)
  const bytes = Uint8Array.from(original)
  const at = (): number => Math.floor(random() * bytes.length)
  const kind = random()
  if (kind < 0.1) {
    // Pure noise, under any name.
    return [
      pick(NAMES),
      Uint8Array.from({ length: Math.floor(random() * 2048) }, () => Math.floor(random() * 256)),
    ]
  }
  if (kind < 0.45) {
    const flips = 1 + Math.floor(random() * 16)
    for (let i = 0; i < flips; i++) bytes[at()] = Math.floor(random() * 256)
    return [name, bytes]
  }
  if (kind < 0.65) return [name, bytes.subarray(0, at())]
  if (kind < 0.85) {
    // A splice: a slice of another fixture (or of this one) put in at a random place.
    const [, other] = pick(FIXTURES)
    const from = Math.floor(random() * other.length)
    const piece = other.subarray(from, from + Math.floor(random() * 512))
    const cut = at()
    return [
      name,
      Uint8Array.from([
        ...bytes.subarray(0, cut),
        ...piece,
        ...bytes.subarray(cut + Math.floor(random() * 64)),
      ]),
    ]
  }
  // The right bytes under another format's name.
  return [pick(NAMES), bytes]
}

/** The invariants of every article: blocks are non-empty ranges separated by exactly "\n\n". */
function wellFormed(article: ExtractedArticle): string | null {
  const { text, blocks } = article
  if (!text || !blocks.length) return 'no text'
  if (text !== text.normalize('NFC') || text !== text.trim() || /\n\n\n|\r/.test(text))
    return 'text not normalised'
  let cursor = 0
  for (const [i, b] of blocks.entries()) {
    if (i > 0 && text.slice(cursor, b.start) !== '\n\n') return `block ${i} not separated by a blank line`
    if (i === 0 && b.start !== 0) return 'first block not at 0'
    const own = text.slice(b.start, b.end)
    if (!own.trim() || own.includes('\n')) return `block ${i} empty or with a line break`
    cursor = b.end
  }
  return cursor === text.length ? null : 'blocks do not reach the end of the text'
}

describe('fuzzing the importer', () => {
  it('imports every fixture as it is', async () => {
    for (const [name, bytes] of FIXTURES) {
      const article = await extractArticle(name, bytes)
      expect(wellFormed(article), name).toBeNull()
    }
  })

  it(
    'answers every mutated input with a well-formed article or an ImportError',
    async () => {
      const random = mulberry32(SEED)
      const started = Date.now()
      const counts = { cases: 0, imported: 0, rejected: 0 }
      const reasons = new Map<string, number>()
      const problems: string[] = []
      let label = ''
      // A promise a reader forgot would crash the import worker. pdf.js's own stray rejections on
      // damaged files are dropped by the process that runs the reader (workers/pdfJsRejections.ts);
      // here they are only counted.
      let strayPdfJs = 0
      const unhandled = (error: unknown): void => {
        if (fromPdfJs(error)) strayPdfJs++
        else problems.push(`${label}: unhandled rejection ${String(error)}`)
      }
      process.on('unhandledRejection', unhandled)
      while (counts.cases < CASES) {
        const [name, bytes] = mutate(random)
        counts.cases++
        const outcome: { article: ExtractedArticle } | { error: unknown } = await extractArticle(name, bytes).then(
          (article) => ({ article }),
          (error: unknown) => ({ error }),
        )
        label = `case ${counts.cases} (${name}, ${bytes.length} bytes)`
        // One turn of the event loop, so that a rejection left by this case is reported against it.
        await new Promise((resolve) => setImmediate(resolve))
        if ('article' in outcome) {
          counts.imported++
          const problem = wellFormed(outcome.article)
          if (problem) problems.push(`${label}: ${problem}`)
        } else if (outcome.error instanceof ImportError) {
          counts.rejected++
          const reason = outcome.error.reason.replace(/“[^”]*”/g, '“…”')
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
          if (reason.startsWith(UNEXPECTED_FAILURE)) problems.push(`${label}: unforeseen failure: ${reason}`)
        } else {
          problems.push(`${label}: threw ${String(outcome.error)}`)
        }
      }
      // Rejections are reported after a macrotask turn; the last case's too.
      await new Promise((resolve) => setTimeout(resolve, 50))
      process.off('unhandledRejection', unhandled)
      console.log(
        `fuzz: ${counts.cases} cases in ${Date.now() - started} ms, ${counts.imported} imported, ${counts.rejected} rejected` +
          ` (pdf.js stray rejections caught: ${strayPdfJs})\n` +
          [...reasons]
            .sort((a, b) => b[1] - a[1])
            .map(([r, n]) => `  ${String(n).padStart(4)}  ${r}`)
            .join('\n'),
      )
      expect(problems).toEqual([])
      expect(counts.cases).toBe(CASES)
      // Both outcomes occur, so the mutations neither all break nor all spare the files.
      expect(counts.imported).toBeGreaterThan(0)
      expect(counts.rejected).toBeGreaterThan(0)
    },
    300_000,
  )
})
