import { resolve } from 'node:path'
import { expect, test } from '../fixtures'
import { DossierWindow } from '../models/DossierWindow'

const OUT = resolve(__dirname, '../../docs/screenshots')

test('screenshots: the Export dialog on the open article, light and dark', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  await app.menu('export')
  const dialog = app.page.getByRole('dialog', { name: 'Export' })
  await expect(dialog.getByRole('radio', { name: /^Markdown/ })).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.page.screenshot({ path: `${OUT}/export-${scheme}.png` })
  }
})
