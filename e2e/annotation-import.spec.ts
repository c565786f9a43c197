import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const SAMPLE = 'Kim and Russia’s Putin meet'

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
  const w = new DossierWindow(page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toContainText(SAMPLE)

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
