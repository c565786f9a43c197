import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const SAMPLE = 'Kim and Russia’s Putin meet'
const HARBOUR = 'Council approves the harbour budget'

/** Imports the sample and a small text file, as a person does from the empty library. */
async function importTwo(
  w: DossierWindow,
  workDir: string,
  stubOpenDialog: (paths: string[]) => Promise<void>,
) {
  await w.library.openSampleButton().click()
  await expect(w.library.article(SAMPLE)).toBeVisible()
  const file = join(workDir, 'harbour.txt')
  writeFileSync(file, `${HARBOUR}\n\nThe council approved 12 million euros for the harbour on Tuesday.\n`)
  await stubOpenDialog([file])
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(2)
  await expect(w.library.caseEntry('All articles')).toHaveAccessibleName(/, 2 articles$/)
  await expect(w.library.caseEntry('Unfiled')).toHaveAccessibleName(/, 2 articles$/)
}

test('cases: create by name, drag an article in, filter by case and unfiled, rename, delete keeping the articles', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const { library } = w
  await importTwo(w, app.workDir, app.stubOpenDialog)

  // Rows tell files apart: format, file name and date added.
  await expect(library.article(HARBOUR)).toContainText(/Text · harbour\.txt · added /)

  await library.cases().getByRole('button', { name: 'New case' }).click()
  await library.caseNameField().fill('Summit watch')
  await library.caseNameField().press('Enter')
  await expect(library.caseEntry('Summit watch')).toHaveAccessibleName(/, 0 articles$/)
  await expect(library.caseEntry('Summit watch')).toHaveAttribute('aria-current', 'true')
  await expect(library.entries()).toHaveCount(0)

  // A second case with the same name (in other letters' case) is refused, readably.
  await library.cases().getByRole('button', { name: 'New case' }).click()
  await library.caseNameField().fill('SUMMIT WATCH')
  await library.caseNameField().press('Enter')
  await expect(library.cases().getByRole('alert')).toHaveText(
    'There is already a case called “Summit watch”.',
  )
  await library.caseNameField().press('Escape')
  await expect(library.caseNameField()).toHaveCount(0)

  await library.caseEntry('All articles').click()
  await expect(library.entries()).toHaveCount(2)
  await library.article(SAMPLE).dragTo(library.caseEntry('Summit watch'))
  await expect(library.caseEntry('Summit watch')).toHaveAccessibleName(/, 1 article$/)
  await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 1 article$/)

  await library.caseEntry('Summit watch').click()
  await expect(library.entries()).toHaveCount(1)
  await expect(library.article(SAMPLE)).toBeVisible()
  await library.caseEntry('Unfiled').click()
  await expect(library.entries()).toHaveCount(1)
  await expect(library.article(HARBOUR)).toBeVisible()

  await library.caseEntry('Summit watch').click()
  await expectNoAxeViolations(app.page, 'the library pane showing a case')
  await library.cases().getByRole('button', { name: 'Rename the case “Summit watch”' }).click()
  await library.caseNameField().fill('Vostochny summit')
  await library.caseNameField().press('Enter')
  await expect(library.caseEntry('Vostochny summit')).toHaveAttribute('aria-current', 'true')
  await expect(library.caseEntry('Summit watch')).toHaveCount(0)

  await library.cases().getByRole('button', { name: 'Delete the case “Vostochny summit”' }).click()
  const confirm = library.cases().getByRole('group', { name: 'Confirm deletion' })
  await expect(confirm).toContainText('Its articles stay in the library.')
  await expectNoAxeViolations(app.page, 'the library pane asking to delete a case')
  await confirm.getByRole('button', { name: 'Delete case' }).click()
  await expect(library.caseEntry('Vostochny summit')).toHaveCount(0)
  await expect(library.caseEntry('All articles')).toHaveAttribute('aria-current', 'true')
  await expect(library.entries()).toHaveCount(2)
  await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 2 articles$/)
})

test('cases from the keyboard: name a case, put the open article in it, rename with F2', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const { library } = w
  const page = app.page
  await importTwo(w, app.workDir, app.stubOpenDialog)

  await library.cases().getByRole('button', { name: 'New case' }).focus()
  await page.keyboard.press('Enter')
  await expect(library.caseNameField()).toBeFocused()
  await page.keyboard.type('Harbour')
  await page.keyboard.press('Enter')
  await expect(library.caseEntry('Harbour')).toHaveAttribute('aria-current', 'true')

  // Back to all articles with the arrow keys, then open the harbour article.
  await library.caseEntry('Harbour').focus()
  await page.keyboard.press('Home')
  await expect(library.caseEntry('All articles')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(library.entries()).toHaveCount(2)
  await library.article(HARBOUR).focus()
  await page.keyboard.press('Enter')
  await expect(w.reader.title()).toHaveText(HARBOUR)

  const add = library.cases().getByRole('button', { name: 'Add to case…' })
  await add.focus()
  await page.keyboard.press('Enter')
  const menu = library.cases().getByRole('group', { name: `Add “${HARBOUR}” to a case` })
  await expect(menu.getByRole('button', { name: 'Harbour' })).toBeFocused()
  await expectNoAxeViolations(page, 'the Add to case menu')
  await page.keyboard.press('Enter')
  await expect(menu).toHaveCount(0)
  await expect(w.status()).toContainText(`Added “${HARBOUR}” to “Harbour”.`)
  await expect(library.caseEntry('Harbour')).toHaveAccessibleName(/, 1 article$/)

  await library.caseEntry('All articles').focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(library.caseEntry('Harbour')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(library.entries()).toHaveCount(1)
  await page.keyboard.press('F2')
  await expect(library.caseNameField()).toBeFocused()
  // Select all in the field: Cmd+A on macOS, where Ctrl+A moves to the line's start.
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Port budget')
  await page.keyboard.press('Enter')
  await expect(library.caseEntry('Port budget')).toHaveAccessibleName(/, 1 article$/)
})

test('a deleted case comes back with its articles on Ctrl+Z, and goes again on Ctrl+Y', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const { library } = w
  const page = app.page
  await importTwo(w, app.workDir, app.stubOpenDialog)

  await library.cases().getByRole('button', { name: 'New case' }).click()
  await library.caseNameField().fill('Summit watch')
  await library.caseNameField().press('Enter')
  await library.caseEntry('All articles').click()
  await library.article(SAMPLE).dragTo(library.caseEntry('Summit watch'))
  await library.article(HARBOUR).dragTo(library.caseEntry('Summit watch'))
  await expect(library.caseEntry('Summit watch')).toHaveAccessibleName(/, 2 articles$/)

  await library.caseEntry('Summit watch').click()
  await library.cases().getByRole('button', { name: 'Delete the case “Summit watch”' }).click()
  await library
    .cases()
    .getByRole('group', { name: 'Confirm deletion' })
    .getByRole('button', { name: 'Delete case' })
    .click()
  await expect(library.caseEntry('Summit watch')).toHaveCount(0)
  await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 2 articles$/)

  await library.caseEntry('All articles').focus()
  await page.keyboard.press('Control+z')
  await expect(w.status()).toContainText('Undone: Case “Summit watch” deleted.')
  await expect(library.caseEntry('Summit watch')).toHaveAccessibleName(/, 2 articles$/)
  await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 0 articles$/)
  await library.caseEntry('Summit watch').click()
  await expect(library.entries()).toHaveCount(2)

  await page.keyboard.press('Control+y')
  await expect(library.caseEntry('Summit watch')).toHaveCount(0)
  await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 2 articles$/)
})
