import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'
import { shortcutLabel } from './support/platform'

const TITLE =
  'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'
// One sentence of the sample article, as its file has it.
const SENTENCE =
  'South Korea’s Joint Chiefs of Staff said the two ballistic missiles fired by North Korea Wednesday morning each traveled about 650 kilometers (400 miles) before falling into the waters off the east coast of the Korean Peninsula.'

test('a passage is highlighted and annotated without the mouse', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)

  // Ctrl+Shift+G puts the focus on the article text; J walks the sentences.
  await app.page.keyboard.press('Control+Shift+G')
  await expect(w.reader.text()).toBeFocused()
  await w.reader.stepTo('650 kilometers')
  await expect(w.reader.announcement()).toHaveText(new RegExp(`^Sentence \\d+ of \\d+: ${escape(SENTENCE)}$`))
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe(SENTENCE)
  await expect(w.reader.selectionToolbar()).toBeVisible()
  await expectNoAxeViolations(app.page, 'a sentence chosen with the keyboard')

  await app.page.keyboard.press('h')
  // The highlight's marks are split where analysis spans begin and end; together they are the sentence.
  await expect.poll(async () => (await w.reader.highlights().allTextContents()).join('')).toBe(SENTENCE)
  await expect(w.notes.annotations()).toHaveCount(1)
  await expect(w.notes.annotations().first()).toContainText(SENTENCE)

  // Back one sentence, extend forward over two: Add note takes both and puts the cursor in the note.
  await app.page.keyboard.press('Alt+ArrowUp')
  await app.page.keyboard.press('Shift+J')
  await expect(w.reader.announcement()).toHaveText(/^2 sentences: /)
  const twoSentences = await app.page.evaluate(() => window.getSelection()?.toString() ?? '')
  expect(twoSentences.endsWith(SENTENCE)).toBe(true)
  await app.page.keyboard.press('n')
  await expect(w.notes.noteFields().nth(0)).toBeFocused()
  await app.page.keyboard.type('Two launches, same range')
  await expect(w.notes.annotations()).toHaveCount(2)

  // Escape clears a selection made with the keys.
  await w.reader.text().focus()
  await app.page.keyboard.press('j')
  await expect(w.reader.selectionToolbar()).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(w.reader.selectionToolbar()).toBeHidden()
  await expect(w.reader.announcement()).toHaveText('Selection cleared.')
})

test('? lists every shortcut; Escape closes the list and gives the focus back', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await w.reader.text().focus()
  await app.page.keyboard.press('Shift+?')
  await expect(w.shortcutsDialog()).toBeVisible()
  for (const group of ['General', 'View', 'Reading', 'Analysis highlights', 'Panes and dialogs'])
    await expect(w.shortcutsDialog().getByRole('heading', { name: group, exact: true })).toBeVisible()
  await expect(w.shortcutsDialog().getByRole('row', { name: /Select the next sentence/ })).toContainText(
    shortcutLabel('Alt+↓', '⌥↓'),
  )
  await expectNoAxeViolations(app.page, 'the keyboard shortcuts list')
  await app.page.keyboard.press('Escape')
  await expect(w.shortcutsDialog()).toBeHidden()
  await expect(w.reader.text()).toBeFocused()

  await app.menu('shortcuts')
  await expect(w.shortcutsDialog()).toBeVisible()
  await w.shortcutsDialog().getByRole('button', { name: 'Close' }).click()
  await expect(w.shortcutsDialog()).toBeHidden()
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
