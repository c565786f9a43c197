import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildEpub,
  buildMhtml,
  buildPdf,
  layoutPdfPages,
  xhtmlChapter,
  type PdfLine,
} from '../src/test-support/fileFixtures'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

// Plain ASCII: the test PDF builder writes Latin-1 only.
const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs in May, after engineers found corrosion in twelve of its forty steel piles.',
  'Fishermen who moor there said the closure would cost them the spring season. The authority said it would open berths on the southern quay for the duration of the work.',
  "The repairs are expected to take eleven weeks and cost about 2.4 million euros, paid for by the regional government and the harbour's own reserves.",
]

/** A two-page PDF as a word processor prints it: running header, page numbers, a hyphenated word. */
function reportPdf(): Uint8Array {
  const first: PdfLine[] = [
    { text: 'Pier to close for repairs', y: 700, size: 20, font: 2 },
    { text: 'Engineers found the damage during an inspec-', y: 660 },
    { text: 'tion of the piles in January.', y: 646 },
  ]
  const rest = layoutPdfPages(PARAGRAPHS, { width: 70, linesPerPage: 8, top: 620 })
  return buildPdf({
    pages: [first, ...rest].map((lines, i, all) => [
      { text: 'Harbour Gazette - Special report', y: 760, size: 8 },
      ...lines,
      { text: `Page ${i + 1} of ${all.length}`, y: 40, size: 8 },
    ]),
    info: { Title: 'Pier to close for repairs', Author: 'Jane Doe' },
  })
}

function windows1252(text: string): Buffer {
  // Every character used below is in windows-1252; the curly quotes and the é are single bytes.
  const map: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, é: 0xe9 }
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)))
}

test('PDF, EPUB, MHTML and non-UTF-8 text import through the Import dialog and read clean', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const files = {
    'pier-report.pdf': reportPdf(),
    'harbour-book.epub': buildEpub({
      chapters: [
        {
          name: 'one.xhtml',
          html: xhtmlChapter('One', '<h1>The harbour book</h1><p>Chapter one tells of the pier.</p>'),
        },
        {
          name: 'two.xhtml',
          html: xhtmlChapter('Two', '<h2>Winter</h2><p>Chapter two tells of the storms.</p>'),
        },
      ],
      metadata: '<dc:title>The harbour book</dc:title><dc:language>en</dc:language>',
    }),
    'council-vote.mhtml': buildMhtml([
      {
        type: 'text/html',
        location: 'https://news.example.org/2024/03/council-vote',
        body: `<!doctype html><html><head><title>Council votes to rebuild the pier | Example News</title></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Council votes to rebuild the pier</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Subscribe to our newsletter</footer></body></html>`,
      },
    ]),
    'notes-utf16.txt': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Quay notes\n\nThe southern quay will take twenty boats during the closure.\n', 'utf16le'),
    ]),
    'old-export.txt': windows1252(
      'Café owners’ letter\r\n\r\nThe “café owners” on the quay wrote to the council.\r\n',
    ),
  }
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(app.workDir, name)
    writeFileSync(path, bytes)
    return path
  })

  await app.stubOpenDialog(paths)
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(5)
  for (const title of [
    'Pier to close for repairs',
    'The harbour book',
    'Council votes to rebuild the pier',
    'Quay notes',
    'Café owners’ letter',
  ])
    await expect(w.library.article(title)).toBeVisible()

  // The PDF: the hyphenated word is whole again; the running header and page numbers are gone.
  await w.library.article('Pier to close for repairs').click()
  await expect(w.reader.title()).toHaveText('Pier to close for repairs')
  await expect(w.reader.root).toContainText('during an inspection of the piles in January.')
  await expect(w.reader.root).toContainText(PARAGRAPHS[2])
  await expect(w.reader.root).not.toContainText('Harbour Gazette - Special report')
  await expect(w.reader.root).not.toContainText(/Page \d of \d/)

  // The EPUB: both chapters, in spine order.
  await w.library.article('The harbour book').click()
  await expect(w.reader.root).toContainText('Chapter one tells of the pier.')
  await expect(w.reader.root).toContainText('Chapter two tells of the storms.')

  // The MHTML: the article without the page's navigation and footer, and where it was saved from.
  await w.library.article('Council votes to rebuild the pier').click()
  await expect(w.reader.root).toContainText(PARAGRAPHS[1])
  await expect(w.reader.root).not.toContainText('Subscribe to our newsletter')
  await expect(w.reader.root).toContainText('news.example.org')

  // Text in UTF-16 and windows-1252 is decoded as what it is.
  await w.library.article('Café owners’ letter').click()
  await expect(w.reader.root).toContainText('The “café owners” on the quay wrote to the council.')
  await w.library.article('Quay notes').click()
  await expect(w.reader.root).toContainText('The southern quay will take twenty boats during the closure.')
})

test('files dropped on the window are imported', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const epub = Buffer.from(
    buildEpub({
      chapters: [
        {
          name: 'one.xhtml',
          html: xhtmlChapter('One', '<h1>Dropped book</h1><p>It arrived by drag and drop.</p>'),
        },
      ],
      metadata: '<dc:title>Dropped book</dc:title>',
    }),
  ).toString('base64')
  const dataTransfer = await app.page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const transfer = new DataTransfer()
    transfer.items.add(new File([bytes], 'dropped.epub', { type: 'application/epub+zip' }))
    return transfer
  }, epub)
  const target = app.page.getByRole('region', { name: 'Reader' })
  await target.dispatchEvent('dragenter', { dataTransfer })
  await expect(app.page.getByText('Drop to import')).toBeVisible()
  await target.dispatchEvent('dragover', { dataTransfer })
  await target.dispatchEvent('drop', { dataTransfer })

  await expect(app.page.getByText('Drop to import')).toHaveCount(0)
  await expect(w.library.article('Dropped book')).toBeVisible()
  await w.library.article('Dropped book').click()
  await expect(w.reader.root).toContainText('It arrived by drag and drop.')
})
