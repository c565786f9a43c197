import { afterEach, describe, expect, it, vi } from 'vitest'
import { extractArticle, ImportError } from './index'
import { pdfDate, plausibleAuthor, plausibleTitle, printedByBrowser, titleAsPrinted } from './pdf'
import { joinLines, linesOfPage, paragraphsOf, withoutRunningLines, type TextLine } from './pdfLayout'
import { buildPdf, layoutPdfPages, type PdfLine } from '../../../test-support/fileFixtures'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'

const line = (text: string, y: number, page = 1, more: Partial<TextLine> = {}): TextLine => ({
  text,
  x: 72,
  y,
  width: text.length * 5,
  size: 10,
  page,
  ...more,
})

async function failure(file: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await extractArticle(file, bytes).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('PDF lines', () => {
  it('joins runs on one baseline, spacing them only where the layout has a gap', () => {
    const lines = linesOfPage(
      [
        { str: 'The pier', x: 72, y: 700, width: 40, size: 10, hasEOL: false },
        { str: 'will', x: 115, y: 700, width: 18, size: 10, hasEOL: false },
        { str: 'close', x: 133, y: 700, width: 22, size: 10, hasEOL: true },
        { str: 'Engi', x: 72, y: 686, width: 20, size: 10, hasEOL: false },
        { str: 'neers said.', x: 92, y: 686, width: 45, size: 10, hasEOL: false },
        { str: '', x: 0, y: 0, width: 0, size: 0, hasEOL: true },
        { str: 'Later', x: 72, y: 672, width: 25, size: 10, hasEOL: false },
      ],
      1,
    )
    expect(lines.map((l) => l.text)).toEqual(['The pier willclose', 'Engineers said.', 'Later'])
    expect(lines[1]).toMatchObject({ x: 72, y: 686, width: 65, size: 10, page: 1 })
  })

  it('undoes hyphenation at a line end but keeps real compounds', () => {
    const words = new Set(['well-known', 'talks'])
    expect(joinLines('the inter-', 'national talks', words)).toBe('the international talks')
    expect(joinLines('the Moscow-', 'Pyongyang axis', words)).toBe('the Moscow-Pyongyang axis')
    expect(joinLines('a well-', 'known case', words)).toBe('a well-known case')
    expect(joinLines('a co\u00AD', 'operative', words)).toBe('a cooperative')
    expect(joinLines('ends here', 'and goes on', words)).toBe('ends here and goes on')
    expect(joinLines('pages 12-', '14 of it', words)).toBe('pages 12- 14 of it')
  })

  it('drops running headers, footers and page numbers, but not repeated body lines', () => {
    const body = [
      ['The pier closes.', 'A line every page has in the middle.', 'Engineers found rust.'],
      ['Shops asked for a delay.', 'A line every page has in the middle.', 'The council agreed.'],
      ['Work starts in May.', 'A line every page has in the middle.', 'It ends in June.'],
    ]
    const page = (n: number): TextLine[] => [
      line('Harbour Gazette · Special report', 770, n),
      line(body[n - 1][0], 700, n),
      line(body[n - 1][1], 650, n),
      line(body[n - 1][2], 600, n),
      line(`Page ${n} of 3`, 40, n),
    ]
    const kept = withoutRunningLines([page(1), page(2), page(3)])
    expect(kept.map((p) => p.map((l) => l.text))).toEqual(body)
    // A lone page number at the bottom goes even on a one-page document; a short last line stays.
    expect(
      withoutRunningLines([
        [line('Text.', 700), line('More text here.', 686), line('Last.', 672), line('7', 40)],
      ])[0].map((l) => l.text),
    ).toEqual(['Text.', 'More text here.', 'Last.'])
  })

  it('keeps line-end hyphens of a page printed by a browser, which never hyphenates words itself', () => {
    const words = new Set(['international', 'talks'])
    const browser = { hyphensAreText: true }
    expect(joinLines('for low-', 'income families', words, browser)).toBe('for low-income families')
    expect(joinLines('the co-', 'founder said', words, browser)).toBe('the co-founder said')
    expect(joinLines('the private water-', 'service lines', words, browser)).toBe(
      'the private water-service lines',
    )
    // The document's own spelling still wins, and soft hyphens are still breaks.
    expect(joinLines('the inter-', 'national talks', words, browser)).toBe('the international talks')
    expect(joinLines('a co\u00AD', 'operative', words, browser)).toBe('a cooperative')
    // A typeset document is still de-hyphenated.
    expect(joinLines('for low-', 'income families', words)).toBe('for lowincome families')
  })

  const WORDS = [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
  ]
  it('drops a browser’s running header and footer even where it cuts the URL to fit the page number', () => {
    const url = 'https://gazette.example/2024/03/12/pier-to-close-for-repairs-after-engineers-found-corrosion'
    const pages = Array.from({ length: 10 }, (_, i) => [
      line(
        '3/12/24, 9:30 AM Pier to close for repairs after engineers found corrosion | Harbour Gaz…',
        770,
        i + 1,
      ),
      line(`The ${WORDS[i]} paragraph of the article, which goes on.`, 700, i + 1),
      line('The same words in the middle of every page.', 650, i + 1),
      line(`And the ${WORDS[i]} one ends here.`, 600, i + 1),
      // One character fewer once the page number has two digits.
      line(`${url.slice(0, i + 1 < 10 ? 80 : 79)}… ${i + 1}/10`, 17, i + 1),
    ])
    expect(withoutRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual(
      pages.map((p) => [p[1].text, p[2].text, p[3].text]),
    )
    // A one-page print: the footer ends with its "1/1" counter; a fraction in the text stays.
    expect(
      withoutRunningLines([
        [line('It rose by 3/4 over the year.', 700), line('Rents went up 1/1.', 686), line(`${url} 1/1`, 17)],
      ])[0].map((l) => l.text),
    ).toEqual(['It rose by 3/4 over the year.', 'Rents went up 1/1.'])
  })

  it('starts paragraphs at wider gaps, short sentence ends and indents, and runs them across pages', () => {
    const full = 'x'.repeat(60)
    const drafts = paragraphsOf([
      [
        line('A headline in large type', 760, 1, { size: 20, width: 300 }),
        line(`${full} first`, 720, 1, { width: 400 }),
        line(`${full} and ends.`, 706, 1, { width: 400 }),
        line('Gap before this one', 680, 1, { width: 400 }),
        line('which is short.', 666, 1, { width: 90 }),
        line('Third paragraph, not indented, still', 652, 1, { width: 400 }),
        line('runs on to the next page and', 638, 1, { width: 400 }),
      ],
      [
        line('ends on it.', 720, 2, { width: 60 }),
        line('Indented fourth paragraph.', 706, 2, { x: 90, width: 380 }),
      ],
    ])
    expect(drafts).toEqual([
      { type: 'heading', level: 1, text: 'A headline in large type' },
      { type: 'paragraph', text: `${full} first ${full} and ends.` },
      { type: 'paragraph', text: 'Gap before this one which is short.' },
      {
        type: 'paragraph',
        text: 'Third paragraph, not indented, still runs on to the next page and ends on it.',
      },
      { type: 'paragraph', text: 'Indented fourth paragraph.' },
    ])
  })
})

describe('PDF metadata', () => {
  it('reads PDF dates, keeping the offset, and refuses implausible ones', () => {
    expect(pdfDate("D:20230913100000+02'00'")).toBe('2023-09-13T10:00:00+02:00')
    expect(pdfDate('D:20230913100000Z')).toBe('2023-09-13T10:00:00Z')
    expect(pdfDate('D:20230913')).toBe('2023-09-13')
    expect(pdfDate('D:19700101000000Z')).toBeNull()
    expect(pdfDate('D:20231345')).toBeNull()
    expect(pdfDate(undefined)).toBeNull()
  })

  it('knows a browser’s PDF by its Creator or Producer', () => {
    expect(
      printedByBrowser({
        Creator:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
        Producer: 'Skia/PDF m120',
      }),
    ).toBe(true)
    expect(printedByBrowser({ Producer: 'Skia/PDF m120' })).toBe(true)
    expect(
      printedByBrowser({ Creator: 'Microsoft® Word for Microsoft 365', Producer: 'Microsoft® Word' }),
    ).toBe(false)
    expect(printedByBrowser({ Creator: 'LaTeX with hyperref', Producer: 'pdfTeX-1.40.25' })).toBe(false)
    expect(printedByBrowser({})).toBe(false)
  })

  it('takes the headline out of a page title that adds the site’s name, when the page prints it', () => {
    const drafts = [
      { type: 'paragraph' as const, text: 'Home News Sport' },
      { type: 'heading' as const, level: 1 as const, text: 'Diet pills “burned her up from within”' },
      { type: 'paragraph' as const, text: 'The body.' },
    ]
    expect(titleAsPrinted('Diet pills "burned her up from within" - BuzzFeed News', drafts)).toBe(
      'Diet pills "burned her up from within"',
    )
    expect(titleAsPrinted('Harbour Gazette | Diet pills "burned her up from within"', drafts)).toBe(
      'Diet pills "burned her up from within"',
    )
    // Nothing printed matches a part: the title stays whole; so does a title with no separator.
    expect(titleAsPrinted('Pier to close - Harbour Gazette', drafts)).toBe('Pier to close - Harbour Gazette')
    expect(titleAsPrinted('Russia: Space ship breaks up', drafts)).toBe('Russia: Space ship breaks up')
  })

  it('keeps real titles and authors, not file names, placeholders or account names', () => {
    expect(plausibleTitle('  Pier to close for repairs ')).toBe('Pier to close for repairs')
    for (const bad of [
      'Microsoft Word - draft.docx',
      'report_final_v2',
      'Untitled',
      'untitled-1.indd',
      '123',
      '',
      null,
    ]) {
      expect(plausibleTitle(bad)).toBeNull()
    }
    expect(plausibleAuthor('Jane Doe')).toBe('Jane Doe')
    for (const bad of ['Administrator', 'user01', 'x', 42]) expect(plausibleAuthor(bad)).toBeNull()
  })
})

const ARTICLE = [
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs, a decision that fishermen had expected for months but still greeted with dismay.',
  'Engineers found corrosion in the pilings during a routine inspection last spring, and the authority said the work could not wait for another season without risking a collapse of the structure.',
  'Local businesses, which depend on visitors who come to watch the boats unload, asked for a phased closure so that at least part of the pier stays open through the summer months.',
  'The authority said it would consider the request but warned that safety came first, and that a final schedule would be published before the end of the month.',
]

/** A three-page report: running header, "Page n of 3" footers, a headline, and a hyphenated break. */
function reportPdf(info: Record<string, string> = {}): Uint8Array {
  const pages = layoutPdfPages(ARTICLE.slice(1), { width: 70, linesPerPage: 6, top: 640 })
  const first: PdfLine[] = [
    { text: 'Pier to close for repairs', y: 700, size: 20, font: 2 },
    { text: 'The harbour authority confirmed on Tuesday that the northern pier will', y: 660 },
    { text: 'close for repairs, a decision that fishermen had expected for mo-', y: 646 },
    { text: 'nths but still greeted with dismay.', y: 632 },
  ]
  return buildPdf({
    pages: [first, ...pages].map((lines, i, all) => [
      { text: 'Harbour Gazette - Special report', y: 760, size: 8 },
      ...lines,
      { text: `Page ${i + 1} of ${all.length}`, y: 40, size: 8 },
    ]),
    info: {
      Title: 'Pier to close for repairs',
      Author: 'Jane Doe',
      CreationDate: "D:20240312093000+01'00'",
      ...info,
    },
    lang: 'en-GB',
  })
}

describe('PDF import', () => {
  afterEach(() => vi.restoreAllMocks())

  it('rebuilds the article: paragraphs across lines and pages, no headers, footers or page numbers', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    const article = await extractArticle('report.pdf', reportPdf())
    expectWellFormed(article)
    expect(article).toMatchObject({
      format: 'pdf',
      title: 'Pier to close for repairs',
      byline: 'Jane Doe',
      publisher: null,
      // The CreationDate says when the file was made, not when the article was published.
      published: null,
      documentDate: '2024-03-12T09:30:00+01:00',
      lang: 'en-GB',
      url: null,
    })
    expect(article.text).toBe(ARTICLE.join('\n\n'))
    expect(article.blocks.every((b) => b.type === 'paragraph')).toBe(true)
    // pdf.js never reached for the network (no worker script, no fonts, no CMaps).
    expect(fetch).not.toHaveBeenCalled()
  })

  it('reads a page printed from a browser: no header, footer or counter, hyphens kept, the headline as title', async () => {
    const url = 'https://gazette.example/2024/03/12/pier-to-close'
    const body: PdfLine[][] = [
      [
        { text: 'Home   News   Sport   Weather', y: 730, size: 9 },
        { text: 'Pier to close for repairs', y: 690, size: 22, font: 2 },
        { text: 'The harbour authority confirmed on Tuesday that the northern pier will close for', y: 650 },
        { text: 'repairs, a decision that hurts low-', y: 636 },
        { text: 'income families who fish there.', y: 622 },
      ],
      [
        { text: 'Engineers found corrosion in the pilings during a routine inspection last spring,', y: 740 },
        { text: 'and the authority said the work could not wait for another season.', y: 726 },
      ],
    ]
    const bytes = buildPdf({
      pages: body.map((lines, i) => [
        { text: '3/12/24, 9:30 AM', x: 24, y: 770, size: 8 },
        { text: 'Pier to close for repairs - Harbour Gazette', x: 240, y: 770, size: 8 },
        ...lines,
        { text: url, x: 24, y: 17, size: 8 },
        { text: `${i + 1}/2`, x: 570, y: 17, size: 8 },
      ]),
      info: {
        Title: 'Pier to close for repairs - Harbour Gazette',
        Creator:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
        Producer: 'Skia/PDF m120',
      },
    })
    const article = await extractArticle('pier.pdf', bytes)
    expectWellFormed(article)
    expect(article.title).toBe('Pier to close for repairs')
    expect(article.text).toContain('a decision that hurts low-income families who fish there.')
    expect(article.text).not.toMatch(/gazette\.example|9:30 AM|\b[12]\/2\b/)
  })

  it('takes the headline for the title when the info dictionary has a file name', async () => {
    const article = await extractArticle(
      'report.pdf',
      reportPdf({ Title: 'Microsoft Word - pier.docx', Author: 'admin' }),
    )
    expect(article.title).toBe('Pier to close for repairs')
    expect(article.byline).toBeNull()
    expect(article.text.startsWith('The harbour authority')).toBe(true)
  })

  it('reads a PDF handed over as a Node Buffer, as files read from disk are', async () => {
    const article = await extractArticle('report.pdf', Buffer.from(reportPdf()))
    expect(article.title).toBe('Pier to close for repairs')
  })

  it('reads a PDF by its bytes whatever its name, and a page named .pdf as a page', async () => {
    expect((await extractArticle('saved.html', reportPdf())).format).toBe('pdf')
    expect((await extractArticle('noext', reportPdf())).format).toBe('pdf')
    const page = await extractArticle(
      'page.pdf',
      utf8('<!doctype html><title>T</title><p>A page, saved under the wrong name.</p>'),
    )
    expect(page).toMatchObject({ format: 'html', text: 'A page, saved under the wrong name.' })
  })

  it.each([
    [
      'garbage after the header',
      utf8('%PDF-1.7\nthis is not a PDF body at all'),
      'the PDF is damaged or not a PDF',
    ],
    [
      'random bytes',
      Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
      'the PDF is damaged or not a PDF',
    ],
    [
      'a password',
      buildPdf({ pages: [[{ text: 'Secret.', y: 700 }]], encrypted: true }),
      'the PDF is password-protected',
    ],
    ['no text', buildPdf({ pages: [[]] }), 'the PDF has no text to import (it may be scanned pages)'],
  ])('refuses a PDF with %s', async (_, bytes, reason) => {
    const error = await failure('report.pdf', bytes)
    expect(error.reason).toBe(reason)
    expect(error.message).toBe(`Could not import “report.pdf”: ${reason}.`)
  })

  it('reads what is left of a truncated PDF, or says it is damaged', async () => {
    const whole = reportPdf()
    for (const size of [20, 400, Math.floor(whole.length / 2), whole.length - 30]) {
      const result = await extractArticle('cut.pdf', whole.subarray(0, size)).then(
        (a) => a,
        (e: unknown) => e,
      )
      if (result instanceof ImportError) expect(result.reason).toMatch(/^the PDF (?:is damaged|has no text)/)
      else expectWellFormed(result as Awaited<ReturnType<typeof extractArticle>>)
    }
  })
})
