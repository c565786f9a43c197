import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'
import { shortcutLabel } from './support/platform'

const SAMPLE = 'Kim and Russia’s Putin meet'

test('the command palette: Ctrl+K from anywhere, type, the keys shown, Enter runs the command', async ({
  app,
}) => {
  const { page } = app
  const w = new DossierWindow(page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toContainText(SAMPLE)

  // It opens from a text field too, and gives the focus back there when closed.
  await w.library.searchBox().click()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  const field = palette.getByRole('combobox', { name: 'Command' })
  await expect(field).toBeFocused()
  await expect(palette.getByRole('option', { name: /Find in the article/ })).toContainText(
    shortcutLabel('Ctrl+F', '⌘F'),
  )
  await expectNoAxeViolations(page, 'the command palette')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'the command palette, dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.keyboard.press('Escape')
  await expect(palette).toHaveCount(0)
  await expect(w.library.searchBox()).toBeFocused()

  await page.keyboard.press('Control+k')
  await page.keyboard.type('hide lib')
  const option = palette.getByRole('option', { selected: true })
  await expect(option).toContainText('Show or hide the library')
  await expect(option).toContainText(shortcutLabel('Ctrl+\\', '⌘\\'))
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  await expect(w.library.root).toHaveCount(0)

  // The command just run comes first next time; the arrow keys reach the others.
  await page.keyboard.press('Control+k')
  await expect(palette.getByRole('group').first()).toContainText('Recently used')
  await expect(palette.getByRole('option', { selected: true })).toContainText('Show or hide the library')
  await page.keyboard.type('shortcuts')
  await expect(palette.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Open the command palette',
  )
})
