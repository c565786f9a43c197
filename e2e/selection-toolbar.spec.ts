import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const PASSAGE = 'each traveled about 650 kilometers (400 miles)'

test('View original hides the selection toolbar and its keys; closing it brings the toolbar back', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()

  await w.reader.select(PASSAGE)
  await expect(w.reader.selectionToolbar()).toBeVisible()
  await w.reader.root.getByRole('button', { name: 'View original' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Original file' })
  await expect(dialog).toBeVisible()
  await expect(w.reader.selectionToolbar()).toHaveCount(0)
  await app.page.keyboard.press('h')
  await expect(w.reader.highlights()).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(w.reader.selectionToolbar()).toBeVisible()
  await expect(w.reader.highlights()).toHaveCount(0)
})

test('Escape dismisses the selection toolbar and the selection', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()

  await w.reader.select(PASSAGE)
  await expect(w.reader.selectionToolbar()).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(w.reader.selectionToolbar()).toHaveCount(0)
  expect(await app.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('')
  await app.page.keyboard.press('h')
  await expect(w.reader.highlights()).toHaveCount(0)
})
