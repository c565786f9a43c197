import { resolve } from 'node:path'
import { expect, test } from '../fixtures'
import { DossierWindow } from '../models/DossierWindow'

const OUT = resolve(__dirname, '../../docs/screenshots')

test('screenshots: the command palette and the Tags view, light and dark', async ({ app }) => {
  const { page } = app
  const w = new DossierWindow(page)
  const both = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: `${OUT}/${name}-${scheme}.png` })
    }
    await page.emulateMedia({ colorScheme: 'light' })
  }

  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  // Three tagged highlights, so that the Tags view has counts to show.
  await page.keyboard.press('Control+Shift+G')
  for (const tags of ['missiles, to verify', 'missiles, summit', 'summit']) {
    await page.keyboard.press('j')
    await page.keyboard.press('h')
    const field = w.notes.annotations().last().getByRole('combobox', { name: 'Tags' })
    await field.fill(tags)
    await field.press('Enter')
    await w.reader.text().focus()
  }
  await expect(w.notes.annotations()).toHaveCount(3)

  await page.keyboard.press('Control+k')
  await page.keyboard.type('show')
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
  await both('palette')
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: 'Tags' }).click()
  const view = page.getByRole('region', { name: 'Tags' })
  await expect(view.locator('[data-tag="missiles"]')).toContainText('2 notes')
  await view.locator('[data-tag="summit"]').getByRole('checkbox').check()
  await view.locator('[data-tag="to verify"]').getByRole('checkbox').check()
  await both('tags')
})
