/**
 * Median analysis time for 1,000 / 10,000 / 100,000 words (inputs built by repeating PolNeAR dev
 * articles), with compromise-only tagging (people, organisations, places) as a baseline; then claim
 * scoring (benchClaims.ts, key claims.score10k.ms), the search benchmark (benchSearch.ts), the
 * library list benchmark (benchList.ts), the reader at density (benchReader.ts), extraction beside
 * Readability on linkedom (benchExtract.ts), the CLI's start-up (benchCli.ts), the folder import
 * (benchImport.ts) and the window showing a 10,000-article library (benchLaunch.ts). The reader and launch parts
 * open the built renderer: `npm run build` first.
 * Run: npm run bench [-- --json] [-- --only PART]; with --json the last line is one JSON object with every
 * figure measured; --only runs one part (analysis, claims, search, list, reader, extract, cli, import, launch).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'
import { analyzeText } from '../../src/main/services/analysis'
import { benchClaims } from './benchClaims'
import { benchCli } from './benchCli'
import { benchExtract } from './benchExtract'
import { benchImport } from './benchImport'
import { benchLaunch } from './benchLaunch'
import { benchList } from './benchList'
import { benchReader } from './benchReader'
import { benchSearch } from './benchSearch'

const dir = '../shared/data/attribution-dev/text'
const paragraphs = readdirSync(dir)
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter(Boolean)

function input(words: number): string {
  const out: string[] = []
  let n = 0
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length]
    out.push(p)
    n += p.split(/\s+/).length
  }
  return out.join('\n\n')
}

function median(run: () => void, times: number): number {
  const ms: number[] = []
  run() // warm-up
  for (let i = 0; i < times; i++) {
    const t = performance.now()
    run()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return ms[Math.floor(ms.length / 2)]
}

// `--only PART` runs one part alone.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
const selected = (part: string): boolean => !only || only === part

const analysis: { words: number; runs: number; analyzeText: { medianMs: number }; compromise: { medianMs: number } }[] = []
for (const [words, runs] of selected('analysis')
  ? ([
      [1_000, 21],
      [10_000, 9],
      [100_000, 3],
    ] as const)
  : []) {
  const text = input(words)
  const engine = median(() => analyzeText(text), runs)
  const compromise = median(() => {
    const doc = nlp(text)
    doc.people().out('array')
    doc.organizations().out('array')
    doc.places().out('array')
  }, runs)
  console.log(
    `${String(words).padStart(7)} words: analyzeText median ${engine.toFixed(1)} ms (${runs} runs); compromise-only tagging median ${compromise.toFixed(1)} ms`,
  )
  const round = (ms: number) => Math.round(ms * 10) / 10
  analysis.push({ words, runs, analyzeText: { medianMs: round(engine) }, compromise: { medianMs: round(compromise) } })
}

async function main(): Promise<void> {
  const claims = selected('claims') ? benchClaims(console.log) : undefined
  const search = selected('search') ? benchSearch(console.log) : undefined
  const list = selected('list') ? benchList(console.log) : undefined
  const reader = selected('reader') ? await benchReader(console.log) : undefined
  const extract = selected('extract') ? await benchExtract(console.log) : undefined
  const cli = selected('cli') ? (benchCli(console.log) ?? undefined) : undefined
  const imports = selected('import') ? await benchImport(console.log) : undefined
  const launch = selected('launch') ? await benchLaunch(console.log) : undefined
  const library = list && { list: { ms: list.shown.ms } }
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify({ analysis, claims, search, list, library, reader, extract, cli, import: imports, launch }),
    )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
