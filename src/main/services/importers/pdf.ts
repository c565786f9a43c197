/**
 * PDF, through unpdf's build of pdf.js: no native modules, and it runs its "worker" in this
 * thread (no worker script is loaded, nothing is fetched), and this build compiles no font into
 * code. The standard-font and CMap folders are not set and worker fetches are off, so pdf.js
 * reads only the file. Reading stops at a page count and a time limit; the layout rules that rebuild
 * paragraphs are in pdfLayout.ts.
 */
import type { ExtractedArticle } from '../../../shared/model/article'
import { assembleBlocks, normalizeBlockText, type BlockDraft } from '../../../shared/text/blocks'
import { toIsoDate } from './dates'
import { Unreadable } from './importError'
import { IMPORT_LIMITS } from './limits'
import { linesOfPage, paragraphsOf, withoutRunningLines, type TextLine, type TextRun } from './pdfLayout'

type PdfJs = Awaited<ReturnType<typeof import('unpdf').getResolvedPDFJS>>
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

const DAMAGED = 'the PDF is damaged or not a PDF'
const TOO_SLOW = `the PDF took more than ${IMPORT_LIMITS.pdfMillis / 1000} seconds to read`

/** The reason for one of pdf.js's errors, in the person's terms. */
function reasonFor(error: unknown): string {
  if (error instanceof Unreadable) return error.reason
  return (error as Error | null)?.name === 'PasswordException' ? 'the PDF is password-protected' : DAMAGED
}

/** Settles with the promise, or rejects with the time-out reason once the deadline passes. */
function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Unreadable(TOO_SLOW)), Math.max(0, deadline - Date.now()))
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** "D:20230913100000+02'00'" (the PDF date format) as ISO 8601; null unless plausibly a real date. */
export function pdfDate(value: unknown): string | null {
  const m =
    /^(?:D:)?(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?\s*(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(
      typeof value === 'string' ? value.trim() : '',
    )
  if (!m) return null
  const [, y, mo, d, h, mi, s, z, sign, oh, om] = m
  // Before PDF existed or after next year: a default or a broken clock, not a date to show.
  if (+y < 1993 || +y > new Date().getFullYear() + 1) return null
  let iso = `${y}-${mo}-${d}`
  if (h !== undefined) iso += `T${h}:${mi}:${s ?? '00'}${z ? 'Z' : sign ? `${sign}${oh}:${om ?? '00'}` : ''}`
  return toIsoDate(iso)
}

/** The info dictionary's Title, unless it is a file name, a template's placeholder or a path. */
export function plausibleTitle(value: unknown): string | null {
  const title = normalizeBlockText(typeof value === 'string' ? value : '')
  if (title.length < 3 || title.length > 300 || !/\p{L}{2}/u.test(title)) return null
  if (
    /^(?:untitled|document\s*\d*$|microsoft (?:word|powerpoint|excel)\b|slide \d+$|title$|presentation\d*$)/i.test(
      title,
    )
  )
    return null
  if (/\.(?:docx?|pdf|indd|txt|rtf|odt|pages|qxd|tex|html?|xlsx?|pptx?|ps|dvi)$/i.test(title)) return null
  if (/^[\w\\/:.-]+$/.test(title) && /[\\/_]/.test(title)) return null
  return title
}

/** The info dictionary's Author, unless it is an account name rather than a person's. */
export function plausibleAuthor(value: unknown): string | null {
  const author = normalizeBlockText(typeof value === 'string' ? value : '')
  if (author.length < 2 || author.length > 100 || !/\p{L}/u.test(author)) return null
  return /^(?:admin(?:istrator)?|user|owner|unknown|author|default|root|pc|windows user|[a-z]+\d+)$/i.test(
    author,
  )
    ? null
    : author
}

/** Made by a browser's "Print… Save as PDF" (Chrome, Edge, Firefox, Safari), by Creator or Producer. */
export function printedByBrowser(info: Record<string, unknown>): boolean {
  const made = [info.Creator, info.Producer].filter((v) => typeof v === 'string').join(' ')
  return /\b(?:(?:Headless)?Chrome|Chromium|Firefox|Safari|Edge?)\/\d|\bSkia\/PDF\b/i.test(made)
}

/** " | ", " - ", " — "…: where a page title puts the site's name or the section after the headline. */
const TITLE_SEPARATOR = /\s+[|\-–—·•»/]\s+/g

/**
 * A printed page's info Title is its `<title>`, which usually adds the site's name ("Pier to
 * close - Harbour Gazette"). When the document prints a part of it by itself as a heading or a
 * paragraph near its start, that part is the headline and is the title.
 */
export function titleAsPrinted(title: string, drafts: BlockDraft[]): string {
  // Compared without case and quote styles: a <title> often has straight quotes, the headline curly.
  const key = (text: string): string =>
    normalizeBlockText(text)
      .toLowerCase()
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’‚]/g, "'")
  const early = new Set(drafts.slice(0, 120).map((d) => key(d.text)))
  if (early.has(key(title))) return title
  let best: string | null = null
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    for (const part of [title.slice(0, m.index), title.slice(m.index + m[0].length)]) {
      const candidate = normalizeBlockText(part)
      if (candidate.length >= 3 && early.has(key(candidate)) && candidate.length > (best?.length ?? 0))
        best = candidate
    }
  }
  return best ?? title
}

async function pageLines(pdf: PdfDocument, number: number): Promise<TextLine[]> {
  const page = await pdf.getPage(number)
  try {
    const content = await page.getTextContent()
    const runs: TextRun[] = []
    for (const item of content.items) {
      if (!('str' in item)) continue // marked-content boundaries carry no text
      const [, , c, d, e, f] = item.transform as number[]
      runs.push({
        str: item.str,
        x: e,
        y: f,
        width: item.width,
        size: Math.hypot(c, d) || item.height,
        hasEOL: item.hasEOL,
      })
    }
    return linesOfPage(runs, number)
  } finally {
    page.cleanup()
  }
}

async function readDocument(pdf: PdfDocument, deadline: number): Promise<Omit<ExtractedArticle, 'format'>> {
  if (pdf.numPages > IMPORT_LIMITS.pdfPages) {
    throw new Unreadable(`the PDF has more than ${IMPORT_LIMITS.pdfPages.toLocaleString('en')} pages`)
  }
  const { info } = (await beforeDeadline(pdf.getMetadata(), deadline).catch(() => ({ info: {} }))) as {
    info: Record<string, unknown>
  }
  const pages: TextLine[][] = []
  let chars = 0
  for (let number = 1; number <= pdf.numPages && chars <= IMPORT_LIMITS.textChars; number++) {
    // A page pdf.js cannot read is left out; the others still make the article.
    const lines = await beforeDeadline(pageLines(pdf, number), deadline).catch((error: unknown) => {
      if (error instanceof Unreadable) throw error
      return []
    })
    pages.push(lines)
    for (const line of lines) chars += line.text.length
  }
  const drafts = paragraphsOf(withoutRunningLines(pages), { hyphensAreText: printedByBrowser(info) })
  if (!drafts.length) throw new Unreadable('the PDF has no text to import (it may be scanned pages)')

  // The info Title when it is a real one, else a heading that opens the first page.
  const opening = drafts.findIndex((d) => d.type === 'heading')
  const infoTitle = plausibleTitle(info.Title)
  const title = infoTitle
    ? titleAsPrinted(infoTitle, drafts)
    : opening === 0
      ? normalizeBlockText(drafts[0].text)
      : null
  if (
    title &&
    opening >= 0 &&
    opening < 3 &&
    normalizeBlockText(drafts[opening].text).toLowerCase() === title.toLowerCase()
  ) {
    drafts.splice(opening, 1)
  }
  const { text, blocks } = assembleBlocks(drafts)
  return {
    title,
    byline: plausibleAuthor(info.Author),
    publisher: null,
    // The info dictionary only says when the file was made (for a printed web page, the day it
    // was printed), which is not when the article was published.
    published: null,
    documentDate: pdfDate(info.CreationDate),
    lang: typeof info.Language === 'string' ? info.Language : null,
    url: null,
    text,
    blocks,
  }
}

/**
 * On a damaged file pdf.js also leaves rejections nobody awaits; the process that runs this drops
 * them (workers/pdfJsRejections.ts).
 */
export async function extractPdf(bytes: Uint8Array): Promise<Omit<ExtractedArticle, 'format'>> {
  const deadline = Date.now() + IMPORT_LIMITS.pdfMillis
  const { getResolvedPDFJS } = await import('unpdf')
  const { getDocument } = await getResolvedPDFJS()
  let task: ReturnType<typeof getDocument> | null = null
  try {
    task = getDocument({
      // A plain Uint8Array copy: pdf.js refuses a Buffer and takes ownership of what it is given.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      stopAtErrors: false,
      verbosity: 0,
    })
    const pdf = await beforeDeadline(task.promise, deadline)
    return await readDocument(pdf, deadline)
  } catch (error) {
    throw new Unreadable(reasonFor(error))
  } finally {
    // Also stops a parse still running after a time-out.
    await task?.destroy().catch(() => undefined)
  }
}
