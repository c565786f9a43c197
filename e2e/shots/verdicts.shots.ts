import { resolve } from 'node:path'
import { expect, test } from '../fixtures'
import { DossierWindow } from '../models/DossierWindow'

const OUT = resolve(__dirname, '../../docs/screenshots')

test('screenshots: the verdict editor and the Claims board, light and dark', async ({ app }) => {
  const { page } = app
  const w = new DossierWindow(page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  await page.getByRole('tab', { name: 'Claims', exact: true }).click()
  const claim = page
    .getByRole('list', { name: 'Claims list' })
    .getByRole('listitem')
    .filter({ hasText: '650 kilometers' })
    .first()
  await claim.getByRole('button', { name: 'Judge claim…' }).click()
  const editor = page.getByRole('region', { name: 'Verdict' })
  await editor.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'Mostly true' })
  await editor.getByRole('radio', { name: 'Checked' }).check()
  await editor.getByRole('textbox', { name: 'Conclusion' }).fill('The JCS release gives the same distance.')
  await editor.getByRole('textbox', { name: 'Conclusion' }).blur()
  const form = editor.getByRole('form', { name: 'Add evidence' })
  await form.getByRole('textbox', { name: 'Web address' }).fill('https://example.org/jcs-release')
  await form.getByRole('button', { name: 'Add evidence' }).click()
  await expect(editor.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('img', { name: 'Claim checked: mostly true' })).toBeVisible()
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: `${OUT}/verdict-editor-${scheme}.png` })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByRole('tab', { name: 'Claims board' }).click()
  await expect(page.getByRole('region', { name: 'Claims board' }).locator('tbody tr')).toHaveCount(1)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: `${OUT}/claims-board-${scheme}.png` })
  }
})
