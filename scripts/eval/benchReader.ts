/**
 * Reader benchmark: the built renderer (web target, as the e2e suite runs it: Chromium, the real IPC
 * handlers behind a Playwright binding, a real store) with a 20,000-word article carrying 2,000 highlights
 * with notes, beside the bundled ~900-word sample (10 highlights with notes) in the same run and browser.
 * Measured in the page with performance.now() and a long-task PerformanceObserver:
 * - open: click on the library row → the article's title, text and highlights drawn and a frame painted;
 * - addHighlight: the H key on a selection → the new highlight drawn and a frame painted;
 * - keypress: a key in a note → the frame after its input event painted;
 * - scroll.maxTaskMs: the longest task while the mouse wheel scrolls the reader through the article, top to
 *   bottom, median over SCROLLS passes (scroll.worstTaskMs: the longest in any pass).
 * Needs `npx electron-vite build` first (it serves out/renderer).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { serveRenderer } from '../../e2e/support/staticServer'
import { installWebBridge } from '../../e2e/support/webBridge'
import { createAnnotation } from '../../src/main/services/annotations/edit'
import { importBytes, importFile } from '../../src/main/services/articles/imports'
import { openLibrary, type Library } from '../../src/main/services/library'
import { transaction } from '../../src/main/services/store/db'
import { SAMPLE_PATH } from '../../src/test-support/tempDir'
import { tempDir } from '../../src/test-support/tempDir'
import { round } from './timing'

interface ReaderFigures {
  open: { ms: number }
  addHighlight: { ms: number }
  keypress: { ms: number }
  /** Each pass's longest task: the median over the passes, the worst, and the long tasks of all passes. */
  scroll: { maxTaskMs: number; worstTaskMs: number; longTasks: number }
}

export interface ReaderBench extends ReaderFigures {
  words: number
  highlights: number
  runs: number
  sample: ReaderFigures & { words: number; highlights: number }
}

const WORDS = 20_000
const HIGHLIGHTS = 2_000
const SAMPLE_HIGHLIGHTS = 10
const RUNS = 5
const KEYS = 20
const SCROLLS = 3
const LONG_TITLE = 'Twenty thousand words with two thousand highlights'

/** A Markdown article of about `words` words: the PolNeAR dev texts one after another, each under its own heading. */
function longArticle(words: number): string {
  const dir = '../shared/data/attribution-dev/text'
  const parts = [`# ${LONG_TITLE}`]
  let count = 0
  for (const name of readdirSync(dir).sort()) {
    if (count >= words) break
    parts.push(`## ${name.replace(/\.txt$/, '')}`)
    for (const paragraph of readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/)) {
      const p = paragraph.trim().replace(/\s+/g, ' ')
      if (!p || count >= words) continue
      parts.push(p)
      count += p.split(' ').length
    }
  }
  return parts.join('\n\n')
}

/** `count` highlights spread evenly over the article, each over a few words and with a note. */
function highlight(library: Library, articleId: string, count: number): void {
  const text = library.db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }
  const step = Math.floor(text.text.length / count)
  transaction(library.db, () => {
    for (let i = 0; i < count; i++) {
      let start = i * step
      while (start < text.text.length && /\s/.test(text.text[start])) start++
      const end = Math.min(text.text.length, start + Math.max(8, Math.floor(step / 2)))
      createAnnotation(library, {
        articleId,
        start,
        end,
        note: `Note ${i + 1}: check this against the wire copy.`,
      })
    }
  })
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Waits until the page has gone 500 ms without a long task (analysis arriving, saves), at most 15 s. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = performance.now()
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration)
        })
        observer.observe({ type: 'longtask' })
        const started = performance.now()
        const check = () => {
          const now = performance.now()
          if (now - last > 500 || now - started > 15_000) {
            observer.disconnect()
            done()
          } else setTimeout(check, 100)
        }
        setTimeout(check, 100)
      }),
  )
}

/** Clicks the library row of `title` and answers the ms until its text and highlights are painted. */
async function open(page: Page, title: string): Promise<number> {
  return page.evaluate(async (wanted) => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-article-id]')].find((r) =>
      r.textContent?.includes(wanted),
    )
    if (!row) throw new Error(`no library row for ${wanted}`)
    const button = row.matches('button') ? row : (row.querySelector<HTMLElement>('button') ?? row)
    const started = performance.now()
    button.click()
    await new Promise<void>((done) => {
      const check = () => {
        const pane = document.querySelector('.pane-reader')
        const ready =
          pane?.getAttribute('aria-busy') !== 'true' &&
          pane?.querySelector('.reader-article h1')?.textContent === wanted &&
          !!pane.querySelector('.reader-body mark[data-annotation-id]')
        // Seen in an animation-frame callback, so this frame paints them: the next task runs after its paint.
        if (ready) setTimeout(done, 0)
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    return performance.now() - started
  }, title)
}

/** Selects some words in a block on screen (no highlight starts there yet), presses H, answers the ms until the new highlight is painted. */
async function addHighlight(page: Page, run: number): Promise<number> {
  await page.evaluate((n) => {
    const pane = document.querySelector<HTMLElement>('.pane-reader')!
    const view = pane.getBoundingClientRect()
    const blocks = [...pane.querySelectorAll<HTMLElement>('.reader-body p[data-start]')].filter((b) => {
      const r = b.getBoundingClientRect()
      return r.top > view.top + 120 && r.bottom < view.bottom - 40
    })
    const block = blocks[n % blocks.length] ?? pane.querySelector<HTMLElement>('.reader-body p[data-start]')!
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text)
    const node = nodes.find((t) => t.length > 12) ?? nodes[0]
    const range = document.createRange()
    range.setStart(node, 1)
    range.setEnd(node, Math.min(node.length, 11))
    const sel = window.getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
    const before = new Set(
      [...document.querySelectorAll('.reader-body mark[data-annotation-id]')].map((m) =>
        m.getAttribute('data-annotation-id'),
      ),
    )
    const w = window as unknown as { __benchDone: Promise<number> }
    w.__benchDone = new Promise<number>((done) => {
      let started = 0
      window.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true })
      const check = () => {
        const marks = document.querySelectorAll('.reader-body mark[data-annotation-id]')
        const added = started > 0 && [...marks].some((m) => !before.has(m.getAttribute('data-annotation-id')))
        // As in open(): the frame whose callback sees it paints it, and the next task runs after that paint.
        if (added) setTimeout(() => done(performance.now() - started), 0)
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
  }, run)
  // The toolbar and the keys act on the selection once the page has read it.
  await page.getByRole('toolbar', { name: 'Selection' }).waitFor()
  await page.keyboard.press('h')
  return page.evaluate(() => (window as unknown as { __benchDone: Promise<number> }).__benchDone)
}

/** Types KEYS letters into the first note on screen; answers the median ms from each key to the frame after it. */
async function keypress(page: Page): Promise<number> {
  // CSS, not the accessible name: Playwright naming 2,000 text boxes takes longer than the measure. A long
  // list's note is text (a button) until pressed, when it becomes a text box with the cursor in it.
  const note = page.locator('.pane-notes .note-input').first()
  await note.click()
  await page.keyboard.press('End')
  const times: number[] = []
  for (let i = 0; i < KEYS; i++) {
    await page.evaluate(() => {
      const w = window as unknown as { __benchKey: Promise<number> }
      w.__benchKey = new Promise<number>((done) => {
        let started = 0
        window.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true })
        window.addEventListener(
          'input',
          () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0)),
          { capture: true, once: true },
        )
      })
    })
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)))
    times.push(await page.evaluate(() => (window as unknown as { __benchKey: Promise<number> }).__benchKey))
    await page.waitForTimeout(60)
  }
  // Leaves the note (saving it) so that the next measure starts from rest.
  await page.keyboard.press('Tab')
  return median(times)
}

/** Scrolls the reader from top to bottom with the mouse wheel; answers the longest task and how many there were. */
async function scroll(page: Page): Promise<{ maxTaskMs: number; longTasks: number }> {
  await page.evaluate(() => {
    document.querySelector('.pane-reader')!.scrollTop = 0
    const w = window as unknown as { __benchTasks: number[]; __benchObserver: PerformanceObserver }
    w.__benchTasks = []
    w.__benchObserver = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__benchTasks.push(e.duration)),
    )
    w.__benchObserver.observe({ type: 'longtask' })
  })
  await page.waitForTimeout(300)
  const box = (await page.locator('.pane-reader').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < 200; i++) {
    await page.mouse.wheel(0, 400)
    await page.waitForTimeout(16)
    const atEnd = await page.evaluate(() => {
      const pane = document.querySelector('.pane-reader')!
      return pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2
    })
    if (atEnd) break
  }
  await page.waitForTimeout(300)
  const tasks = await page.evaluate(() => {
    const w = window as unknown as { __benchTasks: number[]; __benchObserver: PerformanceObserver }
    w.__benchObserver.disconnect()
    return w.__benchTasks
  })
  return { maxTaskMs: round(Math.max(0, ...tasks)), longTasks: tasks.length }
}

async function measure(
  page: Page,
  title: string,
  other: string,
  log: (line: string) => void,
  label: string,
): Promise<ReaderFigures> {
  const opens: number[] = []
  for (let i = 0; i < RUNS; i++) {
    await open(page, other)
    await settle(page)
    opens.push(await open(page, title))
    await settle(page)
  }
  const adds: number[] = []
  for (let i = 0; i < RUNS; i++) {
    adds.push(await addHighlight(page, i))
    await settle(page)
  }
  const key = await keypress(page)
  await settle(page)
  const passes: { maxTaskMs: number; longTasks: number }[] = []
  for (let i = 0; i < SCROLLS; i++) {
    passes.push(await scroll(page))
    await settle(page)
  }
  const scrolled = {
    maxTaskMs: median(passes.map((p) => p.maxTaskMs)),
    worstTaskMs: Math.max(...passes.map((p) => p.maxTaskMs)),
    longTasks: passes.reduce((sum, p) => sum + p.longTasks, 0),
  }
  const figures = {
    open: { ms: round(median(opens)) },
    addHighlight: { ms: round(median(adds)) },
    keypress: { ms: round(key) },
    scroll: scrolled,
  }
  log(
    `reader: ${label.padEnd(28)} open ${figures.open.ms} ms, add highlight ${figures.addHighlight.ms} ms, ` +
      `key in a note ${figures.keypress.ms} ms (medians), scroll: longest task ${scrolled.maxTaskMs} ms ` +
      `(median of ${SCROLLS} passes; worst ${scrolled.worstTaskMs} ms; ${scrolled.longTasks} long tasks in all)`,
  )
  return figures
}

export async function benchReader(log: (line: string) => void): Promise<ReaderBench> {
  const folder = tempDir('dossier-bench-reader-')
  const library = openLibrary(folder.dir)
  const server = await serveRenderer()
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const sample = await importFile(library, SAMPLE_PATH)
    const long = await importBytes(library, 'long-article.md', new TextEncoder().encode(longArticle(WORDS)))
    if (!sample.id || !long.id)
      throw new Error(`reader bench: the import failed (${sample.error ?? long.error})`)
    highlight(library, sample.id, SAMPLE_HIGHLIGHTS)
    highlight(library, long.id, HIGHLIGHTS)
    const text = (id: string) =>
      (library.db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string }).text
    const words = (id: string) => text(id).split(/\s+/).filter(Boolean).length
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    // tsx (esbuild) names functions with a `__name` helper, which the functions sent to the page call too.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await installWebBridge(page, library, SAMPLE_PATH, { openPaths: [], openFolder: null, savePath: null })
    await page.goto(server.url)
    await page.locator('[data-article-id]').nth(1).waitFor()
    // Opens each once untimed: the analysis is computed and stored on first open.
    for (const title of [sample.title!, long.title!]) {
      await open(page, title)
      await settle(page)
    }
    log(
      `reader: ${words(long.id)} words with ${HIGHLIGHTS} highlights beside the sample (${words(sample.id)} words, ${SAMPLE_HIGHLIGHTS} highlights); Chromium, web target, built renderer`,
    )
    const baseline = await measure(page, sample.title!, long.title!, log, 'sample (baseline)')
    const figures = await measure(
      page,
      long.title!,
      sample.title!,
      log,
      `${WORDS / 1000}k words, ${HIGHLIGHTS} highlights`,
    )
    await context.close()
    return {
      words: words(long.id),
      highlights: HIGHLIGHTS,
      runs: RUNS,
      ...figures,
      sample: { words: words(sample.id), highlights: SAMPLE_HIGHLIGHTS, ...baseline },
    }
  } finally {
    await browser.close()
    await server.close()
    library.db.close()
    folder.cleanup()
  }
}
