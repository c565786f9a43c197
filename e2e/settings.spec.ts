import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APP_VERSION, expect, SAMPLE_PATH, test } from './fixtures'
import { AppDialogs } from './models/AppDialogs'
import { expectNoAxeViolations } from './support/axe'
import { DossierWindow } from './models/DossierWindow'

const TITLE =
  'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'

test('About shows the version, the library folder and the licences of the bundled libraries', async ({
  app,
}) => {
  const dialogs = new AppDialogs(app.page)
  await app.menu('about')
  await expect(dialogs.about()).toBeVisible()
  await expect(dialogs.aboutFact('Version')).toHaveText(APP_VERSION)
  await expect(dialogs.aboutFact('Library folder')).not.toBeEmpty()
  const react = JSON.parse(readFileSync(require.resolve('react/package.json'), 'utf8'))
  await expect(dialogs.licenseRow('react')).toContainText(react.version)
  await expect(dialogs.licenseRow('react')).toContainText('MIT')
  await expect(dialogs.licenseRow('vitest')).toHaveCount(0)
  await app.page.keyboard.press('Escape')
  await expect(dialogs.about()).toHaveCount(0)
})

test('Settings moves the library to another folder: the articles come along, and About names the new folder', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const dialogs = new AppDialogs(app.page)
  await app.stubOpenDialog([SAMPLE_PATH])
  await w.library.importButton().click()
  await expect(w.library.article(TITLE)).toBeVisible()

  await app.menu('settings')
  await expect(dialogs.settings()).toBeVisible()
  const before = (await dialogs.libraryFolder().textContent()) ?? ''
  expect(existsSync(join(before, 'dossier.sqlite'))).toBe(true)

  const target = join(app.workDir, 'Research library')
  await app.stubOpenDialog([target])
  await dialogs.moveLibraryButton().click()
  await expect(dialogs.settings().getByRole('status')).toHaveText(`The library is now in “${target}”.`)
  await expect(dialogs.libraryFolder()).toHaveText(target)
  expect(existsSync(join(target, 'dossier.sqlite'))).toBe(true)
  expect(existsSync(join(before, 'dossier.sqlite'))).toBe(false)
  await app.page.keyboard.press('Escape')

  await w.library.article(TITLE).click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await app.menu('about')
  await expect(new AppDialogs(app.page).aboutFact('Library folder')).toHaveText(target)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`About and Settings have no axe violations (${scheme})`, async ({ app }) => {
    const dialogs = new AppDialogs(app.page)
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.menu('about')
    await expect(dialogs.licenseRow('react')).toBeVisible()
    await expectNoAxeViolations(app.page, `About Dossier (${scheme})`)
    await app.page.keyboard.press('Escape')
    await app.menu('settings')
    await expect(dialogs.libraryFolder()).not.toHaveText('…')
    await expectNoAxeViolations(app.page, `Settings (${scheme})`)
  })
}
