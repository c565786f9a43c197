import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { CodesView } from './models/CodesView'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'

const SAMPLE = 'Kim and Russia’s Putin meet'
const HARBOUR = 'Council approves the harbour budget'
const PASSAGE = 'each traveled about 650 kilometers (400 miles)'
const SECOND = 'The council approved 12 million euros'

test('code a passage with c, build the codebook, code a second article, open the Codes view and jump back', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const codes = new CodesView(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toContainText(SAMPLE)

  // Select text, press c, type a new code's name, Enter: the passage is highlighted and coded.
  await w.reader.select(PASSAGE)
  await app.page.keyboard.press('c')
  await expect(codes.coding()).toBeFocused()
  await app.page.keyboard.type('Distances')
  await expect(app.page.getByRole('option', { name: 'Create the code “Distances”' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await app.page.keyboard.press('Enter')
  await expect(w.reader.highlights()).toHaveCount(1)
  await expect(w.notes.annotations().first().getByRole('group', { name: 'Codes' })).toContainText('Distances')

  // In the Codes view: a new top-level code, a child of it, and the child dragged under "Distances".
  await codes.tab().click()
  await expect(codes.code('Distances')).toHaveAccessibleName(/1 passage · 1 article/)
  await codes.tree().getByRole('button', { name: 'New code' }).click()
  await codes.tree().getByRole('textbox', { name: 'New code name' }).fill('Framing')
  await app.page.keyboard.press('Enter')
  await expect(codes.detail().getByRole('heading', { name: 'Framing' })).toBeVisible()
  await codes.detail().getByRole('button', { name: 'New code under it' }).click()
  await codes.detail().getByRole('textbox', { name: 'New code under “Framing”' }).fill('Numbers')
  await app.page.keyboard.press('Enter')
  await expect(codes.detail().getByRole('heading', { name: 'Framing / Numbers' })).toBeVisible()
  await codes.row('Numbers').dragTo(codes.row('Distances'))
  await expect(codes.detail().getByRole('heading', { name: 'Distances / Numbers' })).toBeVisible()

  // A second article, coded from the selection toolbar with the autocomplete.
  const file = join(app.workDir, 'harbour.txt')
  writeFileSync(file, `${HARBOUR}\n\n${SECOND} for the harbour on Tuesday.\n`)
  await app.stubOpenDialog([file])
  await w.library.importButton().click()
  await expect(w.reader.title()).toHaveText(HARBOUR)
  await w.reader.select(SECOND)
  await w.reader.selectionToolbar().getByRole('button', { name: 'Code…' }).click()
  await expect(codes.coding()).toBeFocused()
  await app.page.keyboard.type('dist')
  await expect(app.page.getByRole('option', { name: 'Distances', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await app.page.keyboard.press('Enter')
  await expect(w.notes.annotations().first().getByRole('group', { name: 'Codes' })).toContainText('Distances')

  // The Codes view lists both passages; one click opens its article scrolled to the highlight.
  await codes.tab().click()
  await codes.code('Distances').click()
  await expect(codes.passages()).toHaveCount(2)
  await expect(codes.passages().nth(0)).toContainText(HARBOUR)
  await expect(codes.passages().nth(1)).toContainText(PASSAGE)
  await expectNoAxeViolations(app.page, 'the Codes view with a code selected')
  await codes.passages().nth(1).getByRole('button').click()
  await expect(w.reader.title()).toContainText(SAMPLE)
  // (Its flash lasts 1.6 s, too short to assert on a busy machine; the scroll stays.)
  await expect(w.reader.highlights().filter({ hasText: PASSAGE })).toBeInViewport()

  // Ctrl+Z undoes the last coding: the harbour passage is no longer coded.
  await app.page.keyboard.press('Control+z')
  await expect(w.status()).toContainText('Undone: Passage coded “Distances”.')
  await codes.tab().click()
  await expect(codes.code('Distances')).toHaveAccessibleName(/1 passage · 1 article/)
  await expect(codes.passages()).toHaveCount(1)
})
