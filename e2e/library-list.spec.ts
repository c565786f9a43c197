import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const HARBOUR = 'Council approves the harbour budget'
const QUAY = 'Work on the quay begins'
const FERRY = 'Ferry timetable changes'
const PASSAGE = 'approved 12 million euros'
const NOTE = 'Check the figure against the minutes'

function article(title: string, publisher: string, body: string): string {
  return `---\ntitle: ${title}\npublisher: ${publisher}\n---\n\n${body}\n`
}

test('library list: filter by publisher and tag with counts, delete with the Delete key, undo brings it back with its note', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const { library } = w
  const files = [
    ['harbour.md', article(HARBOUR, 'Harbour Gazette', `The council ${PASSAGE} for the harbour on Tuesday.`)],
    ['quay.md', article(QUAY, 'Harbour Gazette', 'Work on the new quay is to begin in the spring.')],
    ['ferry.md', article(FERRY, 'Island Times', 'The ferry leaves an hour earlier from May.')],
  ].map(([name, text]) => {
    const file = join(app.workDir, name)
    writeFileSync(file, text)
    return file
  })
  await app.stubOpenDialog(files)
  await library.importButton().click()
  await expect(library.entries()).toHaveCount(3)

  // A note with a tag on the harbour article.
  await library.article(HARBOUR).click()
  await w.reader.select(PASSAGE)
  await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
  const note = w.notes.noteFields().first()
  await expect(note).toBeFocused()
  await note.fill(NOTE)
  await note.press('Control+Enter')
  const tags = w.notes.annotations().first().getByRole('combobox', { name: 'Tags' })
  await tags.fill('budget')
  await tags.press('Enter')
  await expect(w.notes.annotations()).toHaveCount(1)

  // Rows say how many notes and checked claims they have.
  await expect(library.article(HARBOUR)).toHaveAccessibleName(/1 note, no claims checked/)
  await expect(library.article(FERRY)).toHaveAccessibleName(/no notes, no claims checked/)

  // Filter by publisher: the choice shows its count, the chip shows the filter.
  const filters = library.root.getByRole('group', { name: 'Filters' })
  const publisher = filters.getByRole('combobox', { name: 'Filter by publisher' })
  await expect(publisher.getByRole('option', { name: 'Harbour Gazette (2)' })).toBeAttached()
  await publisher.selectOption('Harbour Gazette')
  await expect(library.entries()).toHaveCount(2)
  await expect(library.article(FERRY)).toHaveCount(0)
  const activeFilters = filters.getByRole('list', { name: 'Active filters' })
  await expect(activeFilters).toContainText('Publisher: Harbour Gazette')

  // And by tag as well.
  const tag = filters.getByRole('combobox', { name: 'Filter by tag' })
  await expect(tag.getByRole('option', { name: 'budget (1)' })).toBeAttached()
  await tag.selectOption('budget')
  await expect(library.entries()).toHaveCount(1)
  await expect(library.article(HARBOUR)).toBeVisible()
  await expectNoAxeViolations(app.page, 'the library list with two filters')
  await app.page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(app.page, 'the library list with two filters, dark theme')
  await app.page.emulateMedia({ colorScheme: 'light' })

  // Removing the publisher chip keeps the tag filter; Clear filters removes the rest.
  await filters.getByRole('button', { name: 'Remove the filter Publisher: Harbour Gazette' }).click()
  await expect(activeFilters).not.toContainText('Publisher')
  await expect(library.entries()).toHaveCount(1)
  await filters.getByRole('button', { name: 'Clear filters' }).click()
  await expect(library.entries()).toHaveCount(3)

  // Delete the harbour article from the keyboard: it asks first, naming it and its note.
  await library.article(HARBOUR).focus()
  await app.page.keyboard.press('Delete')
  const dialog = app.page.getByRole('alertdialog', { name: `Delete “${HARBOUR}”?` })
  await expect(dialog).toContainText('Its note goes with it')
  await expectNoAxeViolations(app.page, 'the question before deleting an article')
  await app.page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(app.page, 'the question before deleting an article, dark theme')
  await app.page.emulateMedia({ colorScheme: 'light' })
  await dialog.getByRole('button', { name: 'Delete article' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(library.entries()).toHaveCount(2)
  await expect(library.article(HARBOUR)).toHaveCount(0)
  await expect(w.status()).toContainText(`Deleted “${HARBOUR}”.`)

  // Ctrl+Z brings it back whole: its note, with its tag.
  await app.page.keyboard.press('Control+z')
  await expect(library.entries()).toHaveCount(3)
  await expect(library.article(HARBOUR)).toHaveAccessibleName(/1 note, no claims checked/)
  await expect(w.status()).toContainText(`Undone: Article “${HARBOUR}” deleted.`)
  await library.article(HARBOUR).click()
  await expect(w.notes.noteFields().first()).toHaveValue(NOTE)
  await expect(w.reader.highlights().filter({ hasText: PASSAGE })).toHaveCount(1)
  await expect(
    filters.getByRole('combobox', { name: 'Filter by tag' }).getByRole('option', { name: 'budget (1)' }),
  ).toBeAttached()
})

test('library list: the context menu deletes, Escape cancels, and the menu key opens it from the keyboard', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const { library } = w
  await library.openSampleButton().click()
  await expect(library.entries()).toHaveCount(1)
  const row = library.entries().first()

  await row.click({ button: 'right' })
  const menu = app.page.getByRole('menu', { name: 'Article' })
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused()
  await app.page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(row).toBeFocused()

  await app.page.keyboard.press('Shift+F10')
  await expect(menu).toBeVisible()
  await app.page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeFocused()
  await app.page.keyboard.press('Enter')
  const dialog = app.page.getByRole('alertdialog')
  await expect(dialog).toContainText('It has no notes.')
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(library.entries()).toHaveCount(1)
})

test('the question before deleting an article keeps Tab inside it, and Escape keeps the article', async ({ app }) => {
  const { library } = new DossierWindow(app.page)
  await library.openSampleButton().click()
  await expect(library.entries()).toHaveCount(1)
  const row = library.entries().first()
  await row.focus()
  await app.page.keyboard.press('Delete')
  const dialog = app.page.getByRole('alertdialog')
  const cancel = dialog.getByRole('button', { name: 'Cancel' })
  const remove = dialog.getByRole('button', { name: 'Delete article' })
  await expect(remove).toBeFocused()
  // Round and round its two buttons, both ways; the focus never leaves for the page behind.
  for (const [key, next] of [
    ['Tab', cancel],
    ['Tab', remove],
    ['Shift+Tab', cancel],
    ['Shift+Tab', remove],
  ] as const) {
    await app.page.keyboard.press(key)
    await expect(next).toBeFocused()
  }
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(row).toBeFocused()
  await expect(library.entries()).toHaveCount(1)
})
