import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'

const TITLE = 'Kim and Russia’s Putin meet'

/** The Tags view in the centre, and its row for one tag. */
const tagsView = (page: Page) => page.getByRole('region', { name: 'Tags' })
const tagRow = (page: Page, name: string) => tagsView(page).locator(`[data-tag="${name}"]`)

test('tags: typed with suggestions, renamed and merged in the Tags view, the merge undone with Ctrl+Z', async ({
  app,
}) => {
  const { page } = app
  const w = new DossierWindow(page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toContainText(TITLE)

  // Two highlights from the keyboard: the first sentence, then the next.
  await page.keyboard.press('Control+Shift+G')
  await page.keyboard.press('j')
  await page.keyboard.press('h')
  await expect(w.notes.annotations()).toHaveCount(1)
  await page.keyboard.press('j')
  await page.keyboard.press('h')
  await expect(w.notes.annotations()).toHaveCount(2)

  const tagsOf = (i: number) => w.notes.annotations().nth(i).getByRole('combobox', { name: 'Tags' })
  await tagsOf(0).click()
  await page.keyboard.type('military')
  await page.keyboard.press('Enter')

  // The second note's field offers the library's tag as it is typed.
  await tagsOf(1).click()
  await page.keyboard.type('mil')
  const suggestions = w.notes.root.getByRole('listbox', { name: 'Tags in your library' })
  await expect(suggestions.getByRole('option')).toHaveText(['military'])
  await expectNoAxeViolations(page, 'the tags field with suggestions')
  await page.keyboard.press('ArrowDown')
  await expect(tagsOf(1)).toHaveAttribute('aria-activedescendant', /.+/)
  await page.keyboard.press('Enter')
  await expect(tagsOf(1)).toHaveValue('military, ')
  await page.keyboard.type('army')
  await page.keyboard.press('Enter')

  await page.getByRole('tab', { name: 'Tags' }).click()
  await expect(tagRow(page, 'military')).toContainText('2 notes in 1 article')
  await expect(tagRow(page, 'army')).toContainText('1 note in 1 article')
  await expectNoAxeViolations(page, 'the Tags view')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'the Tags view, dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await tagRow(page, 'army').getByRole('button', { name: 'Rename the tag “army”' }).click()
  const rename = tagsView(page).getByRole('textbox', { name: 'New name for “army”' })
  await expect(rename).toBeFocused()
  await rename.fill('soldiers')
  await rename.press('Enter')
  await expect(tagRow(page, 'soldiers')).toContainText('1 note in 1 article')
  await expect(tagRow(page, 'army')).toHaveCount(0)
  await expect(tagsOf(1)).toHaveValue('military, soldiers')

  await tagRow(page, 'military').getByRole('checkbox').check()
  await tagRow(page, 'soldiers').getByRole('checkbox').check()
  await tagsView(page).getByRole('button', { name: 'Merge 2 tags…' }).click()
  const confirm = tagsView(page).getByRole('group', { name: 'Confirm merge' })
  await expect(confirm).toContainText('Merge “military” and “soldiers” into one tag')
  await expectNoAxeViolations(page, 'the Tags view asking to merge')
  await confirm.getByRole('textbox', { name: 'Merged tag name' }).fill('armed forces')
  await confirm.getByRole('button', { name: 'Merge tags' }).click()
  await expect(tagRow(page, 'armed forces')).toContainText('2 notes in 1 article')
  await expect(tagRow(page, 'military')).toHaveCount(0)
  await expect(tagsOf(0)).toHaveValue('armed forces')

  await page.getByRole('tab', { name: 'Tags' }).focus()
  await page.keyboard.press('Control+z')
  await expect(w.status()).toContainText('Undone: Tags “military” and “soldiers” merged into “armed forces”.')
  await expect(tagRow(page, 'military')).toContainText('2 notes in 1 article')
  await expect(tagRow(page, 'soldiers')).toContainText('1 note in 1 article')
  await expect(tagRow(page, 'armed forces')).toHaveCount(0)
  await expect(tagsOf(0)).toHaveValue('military')
  await expect(tagsOf(1)).toHaveValue('military, soldiers')

  // A tag lists the articles its notes are on.
  await tagRow(page, 'soldiers').getByRole('button', { name: 'soldiers', exact: true }).click()
  await expect(w.library.searchBox()).toHaveValue('tag:"soldiers"')
  await expect(w.library.hits()).toHaveCount(1)
})
