import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'

const SAMPLE = 'Kim and Russia’s Putin meet'

/** The window with the sample article open in the reader. */
async function withSampleOpen(page: Page): Promise<DossierWindow> {
  const w = new DossierWindow(page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toContainText(SAMPLE)
  return w
}

/** A W3C Web Annotation collection as another tool writes it: one page, the annotations given. */
function annotationFile(items: object[]): string {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/export',
    type: 'AnnotationCollection',
    total: items.length,
    first: { id: 'https://annotations.example/export/page1', type: 'AnnotationPage', startIndex: 0, items },
  })
}

test('Import annotations… from the palette: the one that fits the open article is highlighted with its note, the other is reported as orphaned', async ({
  app,
}) => {
  const { page } = app
  const w = await withSampleOpen(page)

  // The quote is taken from the article as the reader shows it, as another tool would have seen it.
  const text = (await w.reader.text().innerText()).replace(/\s+/g, ' ')
  const sentence = /Video released by the Kremlin[^.]*\./.exec(text)?.[0]
  expect(sentence).toBeTruthy()
  const exact = sentence!.slice(0, sentence!.indexOf(' shaking hands'))
  const at = text.indexOf(exact)
  const file = join(app.workDir, 'hypothesis-notes.jsonld')
  writeFileSync(
    file,
    annotationFile([
      {
        id: 'urn:uuid:7d3c1e52-4a0b-4c1e-9f57-0a2b8e6d4c11',
        type: 'Annotation',
        motivation: 'commenting',
        body: [
          { type: 'TextualBody', value: 'Which video? Find the Kremlin’s own upload.', purpose: 'commenting' },
          { type: 'TextualBody', value: 'provenance', purpose: 'tagging' },
        ],
        target: {
          source: 'https://edition.cnn.example/kim-putin',
          selector: { type: 'TextQuoteSelector', exact, prefix: text.slice(at - 20, at), suffix: text.slice(at + exact.length, at + exact.length + 20) },
        },
      },
      {
        id: 'urn:uuid:7d3c1e52-4a0b-4c1e-9f57-0a2b8e6d4c12',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'Budget line missing from the annex.', purpose: 'commenting' },
        target: {
          source: 'https://council.example/harbour-budget',
          selector: { type: 'TextQuoteSelector', exact: 'the harbour authority tabled a revised budget of 40 million euros' },
        },
      },
    ]),
  )

  await app.stubOpenDialog([file])
  await page.keyboard.press('Control+k')
  await page.keyboard.type('Import annotations')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette.getByRole('option', { selected: true })).toContainText('Import annotations…')
  await page.keyboard.press('Enter')

  await expect(w.status()).toContainText(
    '1 annotation imported; 1 could not be placed on a passage and is kept as orphaned.',
  )
  // The anchored one: a highlight over exactly the quote, its note on hover and in the notes pane.
  // (A highlight is drawn in pieces where the analysis marks a source mention inside it.)
  await expect.poll(async () => (await w.reader.highlights().allTextContents()).join('')).toBe(exact)
  await expect(w.reader.highlights().first()).toHaveAttribute('title', 'Which video? Find the Kremlin’s own upload.')
  await expect(w.notes.annotations()).toHaveCount(1)
  await expect(w.notes.annotations().first()).toContainText(exact)
  await expect(w.notes.noteFields()).toHaveValue('Which video? Find the Kremlin’s own upload.')
  await expect(w.notes.annotations().first().getByRole('combobox', { name: 'Tags' })).toHaveValue('provenance')
  // The orphan was not forced onto the article.
  await expect(w.reader.root).not.toContainText('Budget line missing')
})

const HARBOUR = 'Council approves the harbour budget'

test('Unplaced annotations…: orphans listed with quote, note, tags, codes and origin; Delete removes one; importing the article that holds the other places it with its codes and colour', async ({
  app,
}) => {
  const { page } = app
  const w = await withSampleOpen(page)
  const file = join(app.workDir, 'council-notes.jsonld')
  const orphan = (n: number, exact: string, note: string, tag: string) => ({
    id: `urn:uuid:5b1f0c3e-2d4a-4e7b-8c9d-00000000000${n}`,
    type: 'Annotation',
    motivation: 'commenting',
    body: [
      { type: 'TextualBody', value: note, purpose: 'commenting' },
      { type: 'TextualBody', value: tag, purpose: 'tagging' },
      { type: 'SpecificResource', purpose: 'classifying', source: { label: `Framing/${tag}` } },
    ],
    target: {
      source: 'https://council.example/harbour-budget',
      styleClass: 'dossier-green',
      selector: { type: 'TextQuoteSelector', exact },
    },
  })
  writeFileSync(
    file,
    annotationFile([
      orphan(1, 'approved 12 million euros for the harbour', 'Compare with last year’s 9 million.', 'budget'),
      orphan(2, 'the quay will be rebuilt by a private operator', 'Which operator?', 'procurement'),
    ]),
  )
  await app.stubOpenDialog([file])
  await app.menu('import-annotations')
  await expect(w.status()).toContainText('0 annotations imported; 2 could not be placed on a passage and are kept as orphaned.')

  await page.keyboard.press('Control+k')
  await page.keyboard.type('Unplaced annotations')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Unplaced annotations' })
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  const items = dialog.getByRole('list', { name: 'Unplaced annotations' }).getByRole('listitem')
  await expect(items).toHaveCount(2)
  const budget = items.filter({ hasText: 'approved 12 million euros for the harbour' })
  await expect(budget).toContainText('Compare with last year’s 9 million.')
  await expect(budget).toContainText('Tags: budget')
  await expect(budget).toContainText('Codes: Framing/budget')
  await expect(budget).toContainText('From “council-notes.jsonld”')
  await expect(budget).toContainText('https://council.example/harbour-budget')
  await expectNoAxeViolations(page, 'the Unplaced annotations dialog')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'the Unplaced annotations dialog, dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Delete, from the keyboard: the one about the quay goes, for good.
  const quay = items.filter({ hasText: 'the quay will be rebuilt' })
  await quay.getByRole('button', { name: /^Delete the unplaced annotation/ }).focus()
  await page.keyboard.press('Enter')
  await expect(items).toHaveCount(1)
  await expect(dialog).not.toContainText('Which operator?')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // The article that holds the other one's passage arrives: it is placed there with its note, tag, code and colour.
  const article = join(app.workDir, 'harbour.txt')
  writeFileSync(article, `${HARBOUR}\n\nThe council approved 12 million euros for the harbour on Tuesday.\n`)
  await app.stubOpenDialog([article])
  await w.library.importButton().click()
  await expect(w.status()).toContainText(`1 unplaced annotation fits “${HARBOUR}” and was placed on it`)
  await expect(w.reader.title()).toContainText(HARBOUR)
  await expect(w.reader.highlights()).toHaveText('approved 12 million euros for the harbour')
  await expect(w.notes.noteFields()).toHaveValue('Compare with last year’s 9 million.')
  await expect(w.notes.annotations()).toHaveClass(/annotation-green/)
  await expect(w.notes.annotations().getByRole('group', { name: 'Codes' })).toHaveText(/budget/)

  await app.menu('unplaced-annotations')
  await expect(dialog).toContainText('No unplaced annotations: every imported annotation is on an article.')
  await expect(dialog.getByRole('listitem')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
})
