/**
 * A PDF has no paragraphs, only runs of text placed on pages. This rebuilds the article from
 * their positions: runs on one baseline make a line; lines repeated at the top or bottom of most
 * pages (running headers, footers) and page numbers are dropped; lines join into paragraphs until
 * a wider gap, a short line ending a sentence, an indent or a change of type size says one ended;
 * words hyphenated at a line's end are joined again. Pure functions over plain data, so the rules
 * can be tested without a PDF.
 */
import type { BlockDraft } from '../../../shared/text/blocks'

/** A run of text as pdf.js reports it, in PDF units (origin at the page's bottom left). */
export interface TextRun {
  str: string
  x: number
  y: number
  width: number
  size: number
  hasEOL: boolean
}

export interface TextLine {
  text: string
  x: number
  y: number
  width: number
  size: number
  page: number
}

/** Groups a page's runs (in content order) into lines: a new line at an end of line or a new baseline. */
export function linesOfPage(runs: TextRun[], page: number): TextLine[] {
  const lines: TextLine[] = []
  let line: (TextLine & { right: number }) | null = null
  let ended = false
  const finish = (): void => {
    if (line && line.text.trim()) {
      const { right, ...rest } = line
      lines.push({ ...rest, text: rest.text.trim(), width: right - rest.x })
    }
    line = null
  }
  for (const run of runs) {
    if (!run.str) {
      if (run.hasEOL) ended = true
      continue
    }
    const size = run.size > 0 ? run.size : 10
    if (line && (ended || Math.abs(run.y - line.y) > 0.5 * Math.max(size, line.size))) finish()
    if (!line) {
      line = { text: run.str, x: run.x, y: run.y, width: 0, size, page, right: run.x + run.width }
    } else {
      // Runs of one line are often split mid-word; a space goes in only where the layout has one.
      const gap = run.x - line.right
      const spaced = /\s$/.test(line.text) || /^\s/.test(run.str)
      line.text += !spaced && gap > 0.2 * size ? ` ${run.str}` : run.str
      line.right = Math.max(line.right, run.x + run.width)
      line.x = Math.min(line.x, run.x)
      if (run.str.trim()) line.size = Math.max(line.size, size)
    }
    ended = run.hasEOL
  }
  finish()
  return lines
}

/**
 * A line's text with its numbers masked, so "Page 3 of 9" repeats as "page # of #", and its height
 * on the page, where a running header or footer stays.
 */
const runningKey = (line: TextLine): string =>
  `${Math.round(line.y / 4)}|${line.text
    .toLowerCase()
    .replace(/\d+/g, '#')
    // A browser cuts a long title or URL to fit beside the page number, one character more or
    // less as the number grows ("…-amazo… 9/10", "…-amaz… 10/10"): the cut word is not compared.
    .replace(/\S*…/g, '…')
    .replace(/\s+/g, ' ')
    .trim()}`

const PAGE_NUMBER =
  /^(?:(?:page|p\.|seite|pág\.?|página)\s*)?\d{1,4}(?:\s*(?:of|\/|de|von)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlc]{1,6}$/i

/** "1/3", "Page 1 of 3" closing a line, as browsers print them after the URL or title. */
const PAGE_COUNTER = /(?:^|\s)(?:(?:page|p\.)\s*)?(\d{1,4})\s*(?:\/|of)\s*(\d{1,4})$/i

/** An edge line that ends with this page's own "n/N" counter: a footer even on a one-page document. */
function endsWithPageCounter(line: TextLine, pageCount: number): boolean {
  const m = PAGE_COUNTER.exec(line.text.trim())
  return !!m && +m[2] === pageCount && +m[1] === line.page
}

/** How many lines at each edge of a page may be a running header or footer. */
const EDGE_LINES = 2

function edgeLines(lines: TextLine[]): TextLine[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y)
  return byHeight.length <= EDGE_LINES * 2
    ? byHeight
    : [...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)]
}

/**
 * Drops running headers and footers — lines at a page's top or bottom edge that recur, numbers
 * aside, on at least half the pages (two at least) — and page numbers at the edges.
 */
export function withoutRunningLines(pages: TextLine[][]): TextLine[][] {
  const edges = pages.map(edgeLines)
  const pagesWith = new Map<string, number>()
  for (const lines of edges) {
    for (const key of new Set(lines.map(runningKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((lines, i) => {
    const drop = new Set(
      edges[i].filter(
        (l) =>
          PAGE_NUMBER.test(l.text.trim()) ||
          endsWithPageCounter(l, pages.length) ||
          (pagesWith.get(runningKey(l)) ?? 0) >= needed,
      ),
    )
    return lines.filter((l) => !drop.has(l))
  })
}

/** The most frequent value (rounded to halves), weighted; `fallback` when there is none. */
function mode(values: [number, number][], fallback: number): number {
  const counts = new Map<number, number>()
  for (const [value, weight] of values) {
    const key = Math.round(value * 2) / 2
    counts.set(key, (counts.get(key) ?? 0) + weight)
  }
  let best = fallback
  let bestCount = 0
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count]
  return best
}

function quantile(values: number[], q: number, fallback: number): number {
  if (!values.length) return fallback
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/** Ends a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
const TERMINAL = /[.!?…:]["'”’»)\]]*$/

export interface LayoutOptions {
  /**
   * The document was printed by a web browser, which breaks lines only at spaces and at hyphens
   * the text has (pages almost never ask for automatic hyphenation): a hyphen at a line's end is
   * then part of the text ("low-" + "income"), unless the document writes the joined word.
   */
  hyphensAreText?: boolean
}

/** Joins two lines of one paragraph, undoing a hyphenation at the first one's end. */
export function joinLines(
  first: string,
  second: string,
  words: ReadonlySet<string>,
  { hyphensAreText = false }: LayoutOptions = {},
): string {
  if (first.endsWith('\u00AD')) return first.slice(0, -1) + second // a soft hyphen: always a break
  const hyphenated = /(\p{L}+)[-\u2010]$/u.exec(first)
  const next = /^\p{L}+/u.exec(second)
  if (hyphenated && next) {
    // "Moscow-" + "Pyongyang": a capital after the hyphen makes it a real compound.
    if (/^\p{Lu}/u.test(next[0])) return first + second
    const compound = `${hyphenated[1]}-${next[0]}`.toLowerCase()
    const joined = `${hyphenated[1]}${next[0]}`.toLowerCase()
    // The document's own words decide where they can: "well-known" written whole elsewhere stays so.
    if (words.has(compound) && !words.has(joined)) return first + second
    if (hyphensAreText && !words.has(joined)) return first + second
    return first.slice(0, -1) + second
  }
  return `${first} ${second}`
}

/** Every word and hyphenated compound the document writes within a line, lowercased. */
function wordsOf(lines: TextLine[]): Set<string> {
  const words = new Set<string>()
  for (const line of lines) {
    for (const w of line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*(?=[^-\p{L}]|$)/gu) ?? []) words.add(w)
  }
  return words
}

/** Lines (running lines already dropped) to paragraphs and headings, across pages. */
export function paragraphsOf(pages: TextLine[][], options: LayoutOptions = {}): BlockDraft[] {
  const lines = pages.flat()
  if (!lines.length) return []
  const bodySize = mode(
    lines.map((l) => [l.size, l.text.length]),
    10,
  )
  const isBody = (l: TextLine): boolean => Math.abs(l.size - bodySize) <= bodySize * 0.1
  const gaps: [number, number][] = []
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]]
    const gap = a.y - b.y
    if (a.page === b.page && isBody(a) && isBody(b) && gap > 0 && gap < bodySize * 3) gaps.push([gap, 1])
  }
  const lineGap = mode(gaps, bodySize * 1.2)
  const fullWidth = quantile(
    lines.filter(isBody).map((l) => l.width),
    0.85,
    0,
  )
  const leftMargin = mode(
    lines.filter(isBody).map((l) => [l.x, 1]),
    0,
  )
  const isHeading = (l: TextLine): boolean => l.size >= bodySize * 1.2 && l.text.length <= 200
  const words = wordsOf(lines)

  const drafts: BlockDraft[] = []
  let current: BlockDraft | null = null
  let previous: TextLine | null = null
  for (const line of lines) {
    if (current && previous && !endsParagraph(previous, line)) {
      current.text = joinLines(current.text, line.text, words, options)
    } else {
      current = isHeading(line)
        ? {
            type: 'heading',
            level: line.size >= bodySize * 1.6 ? 1 : line.size >= bodySize * 1.35 ? 2 : 3,
            text: line.text,
          }
        : { type: 'paragraph', text: line.text }
      drafts.push(current)
    }
    previous = line
  }
  return drafts

  function endsParagraph(a: TextLine, b: TextLine): boolean {
    if (isHeading(a) !== isHeading(b) || Math.abs(a.size - b.size) > bodySize * 0.15) return true
    const terminal = TERMINAL.test(a.text)
    const short = a.width < fullWidth * 0.8
    const indented = b.x > leftMargin + bodySize * 0.8 && b.x < leftMargin + bodySize * 6
    const gap = a.y - b.y
    // Headings are set with their own, wider leading.
    const expectedGap = isBody(a) ? lineGap : a.size * 1.25
    if (a.page === b.page) {
      if (gap > expectedGap * 1.35 + 0.5) return true
      if (gap <= 0 && terminal) return true // up the page: a new column, after a sentence's end
    }
    return terminal && (short || indented)
  }
}
