import { afterEach, describe, expect, it } from 'vitest'
import { EXPORT_FORMAT_IDS } from '../../../shared/model/export'
import { seedExportLibrary } from '../../../test-support/exportLibrary'
import { tempStore } from '../../../test-support/tempStore'
import type { Db } from '../store/db'
import { EXPORT_WRITERS } from './registry'
import { chromiumPrinter, setDefaultPdfPrinter } from './report/pdf'
import { resolveExportScope } from './scope'

let db: Db
tempStore((opened) => (db = opened))
afterEach(() => setDefaultPdfPrinter(chromiumPrinter()))

describe('the export table', () => {
  // The command line refuses a binary format without --out before writing: the mark must say what the writer makes.
  it.each([...EXPORT_FORMAT_IDS])('marks %s as binary exactly when it writes bytes', async (format) => {
    setDefaultPdfPrinter(async () => new Uint8Array([37, 80, 68, 70]))
    const { library, articleId } = seedExportLibrary(db)
    const writer = EXPORT_WRITERS[format]
    const output = await writer.write(library, resolveExportScope(db, { kind: 'articles', ids: [articleId] }))
    expect('bytes' in output).toBe(writer.binary === true)
  })
})
