import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, SAMPLE_PATH, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const TITLE = 'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'
const PASSAGE = 'each traveled about 650 kilometers (400 miles)'
const NOTE = 'Compare with the JCS statement'

test('import the sample, note a passage, find it after a reload, export it as Markdown', async ({ app }) => {
  const w = new DossierWindow(app.page)

  await app.stubOpenDialog([SAMPLE_PATH])
  await w.library.importButton().click()
  const entry = w.library.article(TITLE)
  await expect(entry).toBeVisible()
  await expect(entry).toContainText('CNN')
  await expect(w.reader.title()).toHaveText(TITLE)

  await w.reader.select(PASSAGE)
  await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
  await expect(w.reader.highlights().filter({ hasText: PASSAGE })).toHaveCount(1)
  const note = w.notes.noteFields().first()
  await expect(note).toBeFocused()
  await note.fill(NOTE)
  await note.press('Control+Enter')
  await expect(w.notes.annotations()).toHaveCount(1)

  await app.page.reload()
  await w.library.article(TITLE).click()
  await expect(w.reader.highlights().filter({ hasText: PASSAGE })).toHaveCount(1)
  await expect(w.notes.annotations().first()).toContainText(PASSAGE)
  await expect(w.notes.noteFields().first()).toHaveValue(NOTE)

  const out = join(app.workDir, 'kim-putin-notes.md')
  await app.stubSaveDialog(out)
  await w.notes.exportButton('Markdown').click()
  await expect(w.status()).toContainText('Notes exported')
  const markdown = readFileSync(out, 'utf8')
  expect(markdown).toContain(`> ${PASSAGE}`)
  expect(markdown).toContain(NOTE)
  expect(markdown).toContain(`# ${TITLE}`)
})

test('first run offers the sample article and opens it', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await expect(w.library.entries()).toHaveCount(0)
  await w.library.openSampleButton().click()
  await expect(w.library.article(TITLE)).toBeVisible()
  await expect(w.reader.title()).toHaveText(TITLE)
  await expect(w.reader.root).toContainText('North Korean leader Kim Jong Un and Russian President Vladimir Putin met')
  await expect(w.reader.root).not.toContainText('[ad_1]')
})
