import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

function htmlArticle(n: number): string {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) => `<p>Paragraph ${i + 1} of report ${n}: the committee heard evidence from ${i + 3} witnesses about the harbour.</p>`,
  ).join('\n')
  return `<!doctype html><html lang="en"><head><title>Report ${n} | Gazette</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Report ${n}</h1>${paragraphs}</article></body></html>`
}

test('a folder imports recursively with a summary that lists the file that failed', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const folder = join(app.workDir, 'saved')
  mkdirSync(join(folder, 'week-2'), { recursive: true })
  writeFileSync(join(folder, 'one.html'), htmlArticle(1))
  writeFileSync(join(folder, 'week-2', 'two.md'), '# Second report\n\nThe second report body, in Markdown.')
  writeFileSync(join(folder, 'week-2', 'broken.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe, 0, 0]))
  writeFileSync(join(folder, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))

  await app.stubOpenDialog([folder])
  await w.library.importFolderButton().click()

  await expect(w.status()).toContainText('Folder import finished: imported 2 articles, 1 file failed.')
  await expect(w.alert()).toContainText('broken.txt')
  await expect(w.library.entries()).toHaveCount(2)
  await expect(w.library.article('Report 1')).toBeVisible()
  await expect(w.library.article('Second report')).toBeVisible()
})

test('a long folder import shows its progress and can be cancelled, keeping what it imported', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const folder = join(app.workDir, 'archive')
  mkdirSync(folder)
  // Enough files that the import is still running when Cancel is clicked, even on a fast machine:
  // the test cannot pause the import, so it is made long (a few seconds at ~150 files/s) instead.
  const total = 1500
  for (let n = 1; n <= total; n++) writeFileSync(join(folder, `report-${String(n).padStart(3, '0')}.html`), htmlArticle(n))

  await app.stubOpenDialog([folder])
  await w.library.importFolderButton().click()

  const progress = w.library.root.getByRole('progressbar', { name: 'Import progress' })
  await expect(progress).toBeVisible()
  await expect(w.library.root).toContainText(new RegExp(`Importing \\d+ of ${total}`))
  await expect(w.library.root).toContainText(/report-\d{3}\.html/)
  await w.library.root.getByRole('button', { name: 'Cancel import' }).click()

  await expect(w.status()).toContainText(/Folder import cancelled: imported \d+ article/)
  await expect(progress).toHaveCount(0)
  // What the summary says was imported is what the library lists.
  const message = (await w.status().textContent()) ?? ''
  const imported = Number(/imported (\d+) article/.exec(message)?.[1])
  expect(imported).toBeGreaterThan(0)
  expect(imported).toBeLessThan(total)
  await expect.poll(() => w.library.listedCount()).toBe(imported)
})
