import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '../fixtures'
import { DossierWindow } from '../models/DossierWindow'

const OUT = resolve(__dirname, '../../docs/screenshots')

const ARTICLES = [
  [
    'harbour.md',
    'Council approves the harbour budget',
    'Harbour Gazette',
    'The council approved 12 million euros.',
  ],
  [
    'quay.md',
    'Work on the quay begins',
    'Harbour Gazette',
    'Work on the new quay is to begin in the spring.',
  ],
  ['ferry.md', 'Ferry timetable changes', 'Island Times', 'The ferry leaves an hour earlier from May.'],
  [
    'ferry-copy.md',
    'Ferry timetable changes',
    'Island Times',
    'The ferry leaves an hour earlier from May 2.',
  ],
]

test('screenshots: the library list with filters and counts, and the question before deleting, light and dark', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const shoot = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme })
      await app.page.screenshot({ path: `${OUT}/${name}-${scheme}.png` })
    }
    await app.page.emulateMedia({ colorScheme: 'light' })
  }
  const files = ARTICLES.map(([name, title, publisher, body]) => {
    const file = join(app.workDir, name)
    writeFileSync(file, `---\ntitle: ${title}\npublisher: ${publisher}\n---\n\n${body}\n`)
    return file
  })
  await app.stubOpenDialog(files)
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(4)
  await w.library.article('Council approves').click()
  await w.reader.select('12 million euros')
  await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
  await w.notes.noteFields().first().fill('Check against the minutes')
  await w.notes.noteFields().first().press('Control+Enter')
  const tags = w.notes.annotations().first().getByRole('combobox', { name: 'Tags' })
  await tags.fill('budget')
  await tags.press('Enter')
  await expect(w.library.article('Council approves')).toHaveAccessibleName(/1 note/)
  await w.library.root.getByRole('combobox', { name: 'Filter by publisher' }).selectOption('Harbour Gazette')
  await expect(w.library.entries()).toHaveCount(2)
  await shoot('library-list')

  await w.library.article('Council approves').focus()
  await app.page.keyboard.press('Delete')
  await expect(app.page.getByRole('alertdialog')).toBeVisible()
  await shoot('delete-article')
})
