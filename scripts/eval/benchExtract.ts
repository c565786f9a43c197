/**
 * Extraction benchmark on ../shared/data/extraction-dev (20 real news pages): pages per second of
 * Dossier's extraction (extractArticle, as `dossier extract` runs it: format sniffing, decoding,
 * prepass, parse, metadata, Readability, blocks) beside the peer measured in the same run, Mozilla
 * Readability on linkedom in one process (the page's bytes decoded as UTF-8, parsed, Readability's parse).
 * Each run reads the pages REPEAT times through each, the two alternating, each from a heap just
 * collected (so neither pays for the other's garbage), and the figure is the median over RUNS runs.
 * F1 is the 4-word-shingle overlap with the data set's reference text, which is Readability's own
 * output (on jsdom): the peer scores near 1 by construction, so its F1 says how closely it
 * reproduces the reference, and ours is for comparison with earlier runs of ours.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractArticle } from '../../src/main/services/importers'
import { shingleScores } from '../../src/main/services/importers/shingles'
import { bodyScores, devPages, readDevPage, referenceText, type DevPage } from './extractionDev'
import { collectGarbage, round } from './timing'

export interface ExtractBench {
  pages: number
  runs: number
  pagesPerSec: number
  peerPagesPerSec: number
  /** pagesPerSec / peerPagesPerSec: 1 or more is as fast as the peer or faster. */
  ratio: number
  /** Median main-thread CPU ms per page: steadier than pages/s on a machine shared with other work. */
  cpuMsPerPage: number
  peerCpuMsPerPage: number
  f1: number
  peerF1: number
}

const RUNS = 7
const REPEAT = 2

/** The peer: the page's bytes decoded as UTF-8 (as readFileSync(file, 'utf8') would), parsed, read. */
function peer(bytes: Uint8Array): ReturnType<Readability['parse']> {
  const { document } = parseHTML(new TextDecoder().decode(bytes)) as unknown as { document: Document }
  return new Readability(document).parse()
}

/** One turn of the event loop between pages, as `dossier extract` takes between files. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

async function ours(pages: DevPage[]): Promise<void> {
  for (const page of pages) {
    await extractArticle(`${page.name}.html`, page.source)
    await nextTurn()
  }
}

async function peers(pages: DevPage[]): Promise<void> {
  for (const page of pages) {
    peer(page.source)
    await nextTurn()
  }
}

/** This thread's CPU time in ms (user + system). */
const threadCpuMs = (): number => {
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length

export async function benchExtract(log: (line: string) => void): Promise<ExtractBench> {
  const pages = devPages().map(readDevPage)
  const batch = Array.from({ length: REPEAT }, () => pages).flat()

  // Quality first (untimed), which also warms both up.
  const f1: number[] = []
  const peerF1: number[] = []
  for (const page of pages) {
    f1.push(bodyScores(await extractArticle(`${page.name}.html`, page.source), page).f1)
    const content = peer(page.source)?.content ?? ''
    peerF1.push(shingleScores(referenceText(`<body>${content}</body>`), page.reference).f1)
  }

  const ourRates: number[] = []
  const peerRates: number[] = []
  const ourCpu: number[] = []
  const peerCpu: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const timeOurs = async (): Promise<void> => {
      collectGarbage()
      const t = performance.now()
      const cpu = threadCpuMs()
      await ours(batch)
      ourCpu.push((threadCpuMs() - cpu) / batch.length)
      ourRates.push(batch.length / ((performance.now() - t) / 1000))
    }
    const timePeer = async (): Promise<void> => {
      collectGarbage()
      const t = performance.now()
      const cpu = threadCpuMs()
      await peers(batch)
      peerCpu.push((threadCpuMs() - cpu) / batch.length)
      peerRates.push(batch.length / ((performance.now() - t) / 1000))
    }
    // Alternating which goes first spreads the machine's other load over both.
    if (run % 2) {
      await timePeer()
      await timeOurs()
    } else {
      await timeOurs()
      await timePeer()
    }
  }
  const result: ExtractBench = {
    pages: batch.length,
    runs: RUNS,
    pagesPerSec: round(median(ourRates)),
    peerPagesPerSec: round(median(peerRates)),
    ratio: round(median(ourRates) / median(peerRates)),
    cpuMsPerPage: round(median(ourCpu)),
    peerCpuMsPerPage: round(median(peerCpu)),
    f1: Math.round(mean(f1) * 1000) / 1000,
    peerF1: Math.round(mean(peerF1) * 1000) / 1000,
  }
  log(
    `extraction (extraction-dev, ${pages.length} pages × ${REPEAT}, median of ${RUNS} runs): ` +
      `Dossier ${result.pagesPerSec} pages/s, Readability + linkedom ${result.peerPagesPerSec} pages/s ` +
      `(ratio ${result.ratio}); main-thread CPU ${result.cpuMsPerPage} and ${result.peerCpuMsPerPage} ms/page; mean F1 vs reference ${result.f1} and ${result.peerF1} ` +
      `(the reference is Readability's own output)`,
  )
  return result
}
