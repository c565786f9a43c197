import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const TITLE = 'Harbour records of a long year'
const FAR_PASSAGE = 'the harbour master signed the final ledger'
const NOTE = 'Check the ledger against the port authority copy'

/** A Markdown article of 400 paragraphs (about 90,000 characters), with one sentence near its end that says something new. */
function longArticle(): string {
  const paragraphs = [`# ${TITLE}`]
  for (let i = 1; i <= 400; i++) {
    const close = i === 390 ? ` On that day ${FAR_PASSAGE} before the tide turned.` : ''
    paragraphs.push(
      `Entry ${i}: ships came and went from the quay, cargo was counted twice, and the clerks wrote each crate into the day book by lamp light.${close}`,
    )
  }
  return paragraphs.join('\n\n')
}

test('a long article: find a passage near its end, note it, and come back to it from the notes', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const file = join(app.workDir, 'harbour.md')
  writeFileSync(file, longArticle())
  await app.stubOpenDialog([file])
  await w.library.importButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await expect(w.reader.root).toContainText('Entry 1: ships came and went')
  // Only the paragraphs near the view are drawn: the end of the article is not on the page yet.
  await expect(w.reader.root).not.toContainText(FAR_PASSAGE)

  // Find brings the passage into view.
  await app.page.keyboard.press('Control+f')
  await expect(w.reader.findInput()).toBeFocused()
  await app.page.keyboard.type(FAR_PASSAGE)
  await expect(w.reader.matchCount()).toHaveText('1 of 1')
  await expect(w.reader.currentMatch().first()).toBeInViewport()
  await app.page.keyboard.press('Escape')

  // Noted with the selection toolbar, as anywhere else.
  await w.reader.select(FAR_PASSAGE)
  await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
  await expect(w.reader.highlights().filter({ hasText: FAR_PASSAGE })).toHaveCount(1)
  const note = w.notes.noteFields().first()
  await expect(note).toBeFocused()
  await note.fill(NOTE)
  await note.press('Control+Enter')

  // Back at the top the highlight is out of the page; the note's quote brings it back into view.
  await w.reader.text().focus()
  // Home scrolls to the top on every OS (macOS has no Ctrl+Home).
  await app.page.keyboard.press('Home')
  await expect(w.reader.root).toContainText('Entry 1: ships came and went')
  await expect(w.reader.highlights()).toHaveCount(0)
  await w.notes.annotations().first().getByRole('button', { name: FAR_PASSAGE }).click()
  const highlight = w.reader.highlights().filter({ hasText: FAR_PASSAGE })
  await expect(highlight).toHaveCount(1)
  await expect(highlight).toBeInViewport()

  // The note is edited there and kept.
  await note.fill(`${NOTE}, and the harbour log`)
  await note.press('Control+Enter')
  await app.page.reload()
  await w.library.article(TITLE).click()
  await expect(w.notes.noteFields().first()).toHaveValue(`${NOTE}, and the harbour log`)
  await w.notes.annotations().first().getByRole('button', { name: FAR_PASSAGE }).click()
  await expect(w.reader.highlights().filter({ hasText: FAR_PASSAGE })).toBeInViewport()
})
