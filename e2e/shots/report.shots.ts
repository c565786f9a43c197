import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, expect, test } from '@playwright/test'
import { EXPORT_WRITERS } from '../../src/main/services/exporters/registry'
import { resolveExportScope } from '../../src/main/services/exporters/scope'
import { openDb } from '../../src/main/services/store/db'
import { seedExportLibrary } from '../../src/test-support/exportLibrary'
import { tempDir } from '../../src/test-support/tempDir'
import { chromiumLaunchOptions } from '../support/chromium'

const OUT = resolve(__dirname, '../../docs/screenshots')

test('screenshot: the HTML report of an article, opened from its file, loading nothing else', async () => {
  const folder = tempDir('dossier-report-shot-')
  const db = openDb(join(folder.dir, 'store'))
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const { library, articleId } = seedExportLibrary(db)
    const out = await EXPORT_WRITERS.html!.write(
      library,
      resolveExportScope(db, { kind: 'articles', ids: [articleId] }),
    )
    const file = join(folder.dir, 'report.html')
    writeFileSync(file, 'text' in out ? out.text : '')
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } })
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(pathToFileURL(file).href)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council budget')
    await page.screenshot({ path: `${OUT}/report.png`, fullPage: true })
    expect(requests).toEqual([pathToFileURL(file).href])
  } finally {
    await browser.close()
    db.close()
    folder.cleanup()
  }
})
