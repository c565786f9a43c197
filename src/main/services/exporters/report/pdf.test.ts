import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedExportLibrary } from '../../../../test-support/exportLibrary'
import { tempStore } from '../../../../test-support/tempStore'
import type { Db } from '../../store/db'
import { EXPORT_WRITERS } from '../registry'
import { resolveExportScope } from '../scope'
import { chromiumPrinter, findChromium, pdfWriter, setDefaultPdfPrinter } from './pdf'

let db: Db
const store = tempStore((opened) => (db = opened))

/** A folder holding a fake `chromium` command running `script`, for PATH. */
function fakeChromium(script: string): string {
  const bin = join(store.dir, 'bin')
  mkdirSync(bin, { recursive: true })
  writeFileSync(join(bin, 'chromium'), `#!/bin/sh\n${script}\n`)
  chmodSync(join(bin, 'chromium'), 0o755)
  return bin
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')

describe('the PDF export', () => {
  it('finds Chromium on PATH by its usual names, and nothing in a folder without it', () => {
    const bin = fakeChromium('exit 0')
    expect(findChromium(`${join(store.dir, 'none')}:${bin}`)).toBe(join(bin, 'chromium'))
    expect(findChromium(join(store.dir, 'none'))).toBeNull()
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

  it('says Chromium is needed when none is on PATH', async () => {
    await expect(chromiumPrinter(join(store.dir, 'none'))('<p>x</p>')).rejects.toThrow(
      /^Making a PDF needs Chromium, and none was found on PATH \(looked for chromium, /,
    )
  })

  it('names the failure when Chromium fails or writes nothing', async () => {
    const failing = fakeChromium('echo "cannot open display" >&2; exit 3')
    await expect(chromiumPrinter(failing)('<p>x</p>')).rejects.toThrow(
      `Chromium (${join(failing, 'chromium')}) could not print the report: cannot open display`,
    )
    const silent = fakeChromium('exit 0')
    await expect(chromiumPrinter(silent)('<p>x</p>')).rejects.toThrow('finished without writing the PDF')
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
