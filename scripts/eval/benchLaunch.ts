/**
 * How long the window takes to show the library: the built renderer (`npm run build` first) opened in Chromium
 * on the e2e `web` target, whose window.dossier runs the real handlers in this process against a store on disk.
 * Timed by the page, from its navigation to the first row of the list painted, and to the whole list fetched (the
 * library pane no longer busy), median of 5 loads each, for the 10,000-article library of benchList.ts and, as
 * the same-run baseline, a library of one article. The bridge carries each answer as JSON through the DevTools
 * protocol, which costs more than Electron's IPC, so the figures are upper bounds for the app.
 * Part `launch` of `npm run bench`.
 */
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { serveRenderer } from '../../e2e/support/staticServer'
import { installWebBridge } from '../../e2e/support/webBridge'
import { importFile } from '../../src/main/services/articles/imports'
import { openLibrary, type Library } from '../../src/main/services/library'
import { SAMPLE_PATH, tempDir } from '../../src/test-support/tempDir'
import { build } from './benchList'
import { round } from './timing'

const LOADS = 5

interface Shown {
  /** The list's first row on screen. */
  firstRow: number
  /** The whole list fetched (the library pane no longer busy). */
  whole: number
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Watches the page from its first script: the moment the first row is in the document and the next frame has
 * been painted, and the moment the library pane stops being busy after that. The page keeps its own times
 * because Playwright's polling runs in this process, which is also the bridge's main: while a handler answers
 * (the whole list is 2.4 MB of JSON) Playwright cannot look, though the renderer has long painted the first
 * rows. In the app, main and the renderer are separate processes in the same way.
 */
function watchLaunch(): void {
  const w = window as unknown as { __launch: { firstRow?: number; whole?: number } }
  w.__launch = {}
  const afterPaint = (then: (ms: number) => void): void =>
    void requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => then(performance.now())
      channel.port2.postMessage(null)
    })
  const check = (): void => {
    if (w.__launch.firstRow === undefined && document.querySelector('[data-article-id]')) {
      w.__launch.firstRow = -1
      afterPaint((ms) => (w.__launch.firstRow = ms))
    }
    if (w.__launch.firstRow !== undefined && w.__launch.whole === undefined) {
      if (document.querySelector('.pane-library[aria-busy="false"]')) {
        w.__launch.whole = -1
        afterPaint((ms) => (w.__launch.whole = ms))
      }
    }
  }
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  })
}

async function shownMs(browser: Browser, url: string, library: Library): Promise<Shown> {
  const firstRows: number[] = []
  const wholes: number[] = []
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    // tsx compiles the bridge's page script with esbuild's name helper, which the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f')
    const page = await context.newPage()
    await installWebBridge(page, library, SAMPLE_PATH, { openPaths: [], openFolder: null, savePath: null })
    await page.addInitScript(watchLaunch)
    await page.goto(url)
    await page.locator('[data-article-id]').first().waitFor({ state: 'visible', timeout: 60_000 })
    await page.locator('.pane-library[aria-busy="false"]').waitFor({ state: 'attached', timeout: 60_000 })
    // From the start of navigation, in the page's own clock.
    const times = await page.waitForFunction(() => {
      const launch = (window as unknown as { __launch: { firstRow?: number; whole?: number } }).__launch
      return (launch.firstRow ?? -1) > 0 && (launch.whole ?? -1) > 0 && launch
    })
    const { firstRow, whole } = (await times.jsonValue()) as Shown
    firstRows.push(firstRow)
    wholes.push(whole)
    await context.close()
  }
  return { firstRow: median(firstRows), whole: median(wholes) }
}

export interface LaunchBench {
  articles: number
  loads: number
  /** The list's first row on screen, ms after navigation, with 10,000 articles. */
  firstRow: { ms: number }
  /** The whole list fetched. */
  whole: { ms: number }
  /** The same with one article. */
  baseline: { firstRow: { ms: number }; whole: { ms: number } }
}

export async function benchLaunch(log: (line: string) => void): Promise<LaunchBench> {
  const server = await serveRenderer()
  const browser = await chromium.launch(chromiumLaunchOptions())
  const big = tempDir('dossier-launch-')
  const small = tempDir('dossier-launch-one-')
  try {
    const library = openLibrary(big.dir)
    build(library.db)
    const one = openLibrary(small.dir)
    await importFile(one, SAMPLE_PATH)
    const baseline = await shownMs(browser, server.url, one)
    const shown = await shownMs(browser, server.url, library)
    log(
      `launch: the list's first row on screen ${round(shown.firstRow)} ms after navigation with 10,000 articles ` +
        `(the whole list fetched at ${round(shown.whole)} ms); ${round(baseline.firstRow)} ms with one ` +
        `(median of ${LOADS} loads each; web target, built renderer)`,
    )
    library.db.close()
    one.db.close()
    return {
      articles: 10_000,
      loads: LOADS,
      firstRow: { ms: round(shown.firstRow) },
      whole: { ms: round(shown.whole) },
      baseline: { firstRow: { ms: round(baseline.firstRow) }, whole: { ms: round(baseline.whole) } },
    }
  } finally {
    await browser.close()
    await server.close()
    big.cleanup()
    small.cleanup()
  }
}
