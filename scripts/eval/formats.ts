/**
 * Extraction quality per saved format on ../shared/data/extraction-dev. Each page's source.html
 * is opened in Chromium (Debian's, as the e2e tests use it) with JavaScript off and every network
 * request aborted, then saved the ways a person saves a page from Chrome:
 *   - MHTML: CDP Page.captureSnapshot, which is what "Save as… Webpage, single file" writes;
 *   - PDF: page.pdf() with the print dialog's defaults (running header with date and title,
 *     footer with URL and page numbers, 1 cm margins).
 * The bytes go through extractArticle, the app's import path, under a matching file name, and are
 * scored like extraction.ts scores HTML (4-word shingle P/R/F1 of the body against Readability's
 * reference, title equality); the HTML source is scored in the same run as the baseline.
 * Scripts are off as the brief for this evaluation asks, so a page that hides its body until a
 * script shows it prints blank (seattletimes-1: an "anti-flicker" `body { visibility: hidden }`);
 * its PDF then fails with "no text", which is the right answer for that file.
 * Run: npm run eval:formats   (or npx tsx scripts/eval/formats.ts; --keep keeps the saved files)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { extractArticle } from '../../src/main/services/importers'
import { bodyScores, devPages, readDevPage, titleMatches, type DevPage } from './extractionDev'

const FORMATS = ['html', 'mhtml', 'pdf'] as const
type Format = (typeof FORMATS)[number]

interface Result {
  p: number
  r: number
  f1: number
  title: boolean
  ours: string | null
  error?: string
}

/** Where the page is said to live: its canonical or og:url address when it gives one. */
function pageUrl(page: DevPage): string {
  const head = page.source.toString('latin1').slice(0, 200_000)
  const found =
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head)?.[1] ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(head)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head)?.[1]
  try {
    const url = new URL(found ?? '')
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href
  } catch {
    // not an absolute address
  }
  return `https://${page.name}.example/article`
}

/**
 * The Content-Type a server would send. Sites send their charset in the HTTP header, and some
 * pages (nytimes-1/2, telegraph) declare none of their own; without it Chromium would read their
 * UTF-8 as windows-1252.
 */
function contentType(source: Buffer): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(source)
    return 'text/html; charset=utf-8'
  } catch {
    return 'text/html'
  }
}

/** Loads the page offline in Chromium and saves it as MHTML and PDF. */
async function saveFromChromium(
  browser: Browser,
  page: DevPage,
): Promise<{ mhtml: Uint8Array; pdf: Uint8Array; blocked: number }> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  try {
    const url = pageUrl(page)
    let blocked = 0
    let served = false
    await context.route('**/*', async (route) => {
      // The document itself, once, from the file; everything else (images, styles, frames,
      // fonts, beacons) is aborted: nothing is fetched.
      if (!served && route.request().isNavigationRequest() && route.request().url() === url) {
        served = true
        await route.fulfill({ status: 200, contentType: contentType(page.source), body: page.source })
      } else {
        blocked++
        await route.abort()
      }
    })
    const tab = await context.newPage()
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 })
    const cdp = await context.newCDPSession(tab)
    const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string }
    await cdp.detach()
    const pdf = await tab.pdf({
      displayHeaderFooter: true, // Chrome's default templates: date and title, URL and n/N
      margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' },
    })
    return { mhtml: Buffer.from(data, 'utf8'), pdf, blocked }
  } finally {
    await context.close()
  }
}

async function score(fileName: string, bytes: Uint8Array, page: DevPage): Promise<Result> {
  try {
    const article = await extractArticle(fileName, bytes)
    const { precision: p, recall: r, f1 } = bodyScores(article, page)
    return { p, r, f1, title: titleMatches(article, page.expected), ours: article.title }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { p: 0, r: 0, f1: 0, title: false, ours: null, error: message }
  }
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep')
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dossier-formats-'))
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true })
  const rows: { page: string; blocked: number; results: Record<Format, Result> }[] = []
  try {
    for (const name of devPages()) {
      const page = readDevPage(name)
      let saved: { mhtml: Uint8Array; pdf: Uint8Array; blocked: number } | null = null
      let saveError = ''
      try {
        saved = await saveFromChromium(browser, page)
        writeFileSync(path.join(tmp, `${name}.mhtml`), saved.mhtml)
        writeFileSync(path.join(tmp, `${name}.pdf`), saved.pdf)
      } catch (error) {
        saveError = `Chromium could not save it: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
      }
      const failed: Result = { p: 0, r: 0, f1: 0, title: false, ours: null, error: saveError }
      rows.push({
        page: name,
        blocked: saved?.blocked ?? 0,
        results: {
          html: await score(`${name}.html`, page.source, page),
          mhtml: saved ? await score(`${name}.mhtml`, saved.mhtml, page) : failed,
          pdf: saved ? await score(`${name}.pdf`, saved.pdf, page) : failed,
        },
      })
    }
  } finally {
    await browser.close()
    if (!keep) rmSync(tmp, { recursive: true, force: true })
  }

  const f = (n: number): string => n.toFixed(3)
  const cell = (r: Result): string => (r.error ? '  failed'.padEnd(17) : `${f(r.p)} ${f(r.r)} ${f(r.f1)}`)
  const t = (r: Result): string => (r.error ? '!' : r.title ? '+' : '-')
  console.log(
    `${'page'.padEnd(18)} ${'HTML P/R/F1'.padEnd(17)}   ${'MHTML P/R/F1'.padEnd(17)}   ${'PDF P/R/F1'.padEnd(17)}   title h/m/p  blocked`,
  )
  for (const row of rows) {
    const { html, mhtml, pdf } = row.results
    console.log(
      `${row.page.padEnd(18)} ${cell(html)}   ${cell(mhtml)}   ${cell(pdf)}   ${t(html)} ${t(mhtml)} ${t(pdf)}        ${String(row.blocked).padStart(4)}`,
    )
  }
  console.log('')
  for (const format of FORMATS) {
    const results = rows.map((row) => row.results[format])
    const mean = (key: 'p' | 'r' | 'f1'): number => results.reduce((s, r) => s + r[key], 0) / results.length
    const ok = results.filter((r) => !r.error)
    console.log(
      `${format.toUpperCase().padEnd(5)} mean P ${f(mean('p'))}  R ${f(mean('r'))}  F1 ${f(mean('f1'))}  (min F1 ${f(Math.min(...results.map((r) => r.f1)))})  title ${results.filter((r) => r.title).length}/${results.length}  failures ${results.length - ok.length}`,
    )
  }
  const failures = rows.flatMap((row) =>
    FORMATS.flatMap((format) => {
      const error = row.results[format].error
      return error ? [`  ${row.page} (${format}): ${error}`] : []
    }),
  )
  console.log(failures.length ? `\nfailures:\n${failures.join('\n')}` : '\nfailures: none')
  const misses = rows.flatMap((row) =>
    FORMATS.flatMap((format) => {
      const r = row.results[format]
      return !r.error && !r.title ? [`  ${row.page} (${format}): ${JSON.stringify(r.ours)}`] : []
    }),
  )
  if (misses.length) console.log(`\ntitles missed (ours):\n${misses.join('\n')}`)
  if (keep) console.log(`\nsaved files kept in ${tmp}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
