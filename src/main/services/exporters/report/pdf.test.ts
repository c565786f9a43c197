import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedExportLibrary } from '../../../../test-support/exportLibrary'
import { fakeChromium, PRINTING_CHROMIUM } from '../../../../test-support/fakeChromium'
import { tempStore } from '../../../../test-support/tempStore'
import type { Db } from '../../store/db'
import { EXPORT_WRITERS } from '../registry'
import { resolveExportScope } from '../scope'
import { chromiumPrinter, pdfWriter, setDefaultPdfPrinter } from './pdf'

let db: Db
const store = tempStore((opened) => (db = opened))

/** A search of only the folder that holds `command`, as this machine searches PATH. */
const onlyIn = (command: string) => ({ env: { PATH: dirname(command), PATHEXT: '.EXE;.CMD' } })
const nowhere = () => ({ env: { PATH: join(store.dir, 'none') }, applications: [join(store.dir, 'none')] })

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')

describe('the PDF export', () => {
  it('hands the system Chromium the page and where to write the PDF, and returns what it wrote', async () => {
    const command = fakeChromium(join(store.dir, 'bin'), PRINTING_CHROMIUM)
    const html = '<title>A & B</title><p>100% “sure”</p>'
    const pdf = Buffer.from(await chromiumPrinter(onlyIn(command))(html)).toString('utf8')
    const [, args, page] = /^%PDF-fake (\[.*?\]) ([\s\S]*)$/.exec(pdf) ?? []
    expect(page).toBe(html)
    expect(JSON.parse(args!)).toEqual(
      expect.arrayContaining(['--headless', '--no-pdf-header-footer', expect.stringMatching(/^--user-data-dir=/)]),
    )
  })

  it('prints the HTML report of the selection with the printer it is given', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const printed: string[] = []
    const writer = pdfWriter(async (html) => {
      printed.push(html)
      return new Uint8Array([37, 80, 68, 70])
    })
    const out = await writer.write(library, resolveExportScope(db, { kind: 'articles', ids: [articleId] }))
    expect(out).toEqual({ bytes: new Uint8Array([37, 80, 68, 70]) })
    expect(printed).toHaveLength(1)
    expect(printed[0]).toContain('<h1>Council budget</h1>')
  })

  it('prints with the printer the app sets (Electron\'s in the desktop app) when the format table names none', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const printed: string[] = []
    setDefaultPdfPrinter(async (html) => {
      printed.push(html)
      return new Uint8Array([37, 80, 68, 70, 45])
    })
    try {
      const out = await EXPORT_WRITERS.pdf.write(library, resolveExportScope(db, { kind: 'articles', ids: [articleId] }))
      expect(out).toEqual({ bytes: new Uint8Array([37, 80, 68, 70, 45]) })
      expect(printed[0]).toContain('<h1>Council budget</h1>')
    } finally {
      setDefaultPdfPrinter(chromiumPrinter())
    }
  })

  it('says Chromium is needed, and where it was looked for, when there is none', async () => {
    await expect(chromiumPrinter({ ...nowhere(), platform: 'linux' })('<p>x</p>')).rejects.toThrow(
      /^Making a PDF needs Chromium, and none was found on PATH \(looked for chromium, chromium-browser, google-chrome, google-chrome-stable\)\. Install Chromium, /,
    )
    await expect(chromiumPrinter({ ...nowhere(), platform: 'darwin' })('<p>x</p>')).rejects.toThrow(
      /^Making a PDF needs Chromium, and none was found on PATH \(looked for chromium, .*\) or in \/Applications and ~\/Applications \(looked for Google Chrome\.app, Chromium\.app, Microsoft Edge\.app\)\. Install Chromium, /,
    )
    await expect(chromiumPrinter({ ...nowhere(), platform: 'win32' })('<p>x</p>')).rejects.toThrow(
      /^Making a PDF needs Chromium, and none was found on PATH \(looked for chromium, chrome, msedge\) or where Chrome, Chromium and Edge install themselves \(in Program Files, Program Files \(x86\) and AppData\\Local\)\. Install Chromium, /,
    )
  })

  it('names the failure when Chromium fails or writes nothing', async () => {
    const failing = fakeChromium(
      join(store.dir, 'failing'),
      "process.stderr.write('starting\\ncannot open display\\n'); process.exit(3)",
    )
    await expect(chromiumPrinter(onlyIn(failing))('<p>x</p>')).rejects.toThrow(
      `Chromium (${failing}) could not print the report: cannot open display`,
    )
    const silent = fakeChromium(join(store.dir, 'silent'), 'process.exit(0)')
    await expect(chromiumPrinter(onlyIn(silent))('<p>x</p>')).rejects.toThrow(
      `Chromium (${silent}) finished without writing the PDF.`,
    )
  })

  it('prints a real PDF of the report with the system Chromium', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const out = await EXPORT_WRITERS.pdf!.write(
      library,
      resolveExportScope(db, { kind: 'articles', ids: [articleId] }),
    )
    expect('bytes' in out).toBe(true)
    const pdf = latin1('bytes' in out ? out.bytes : new Uint8Array())
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(pdf).toMatch(/\/Type\s*\/Page\b/)
    // The document title Chromium takes from the page's <title>.
    expect(pdf).toMatch(/\/Title\s*[(<]/)
  }, 120_000)
})
