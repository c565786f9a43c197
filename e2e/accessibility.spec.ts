import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { axeViolations, expectNoAxeViolations } from './support/axe'

const PASSAGE = 'each traveled about 650 kilometers (400 miles)'

async function openSample(w: DossierWindow) {
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  await expect(w.reader.legend()).toContainText(/\d+ check-worthy claims?/)
}

test('the axe check names each violation with its rule, impact and element', async ({ app }) => {
  await expect(new DossierWindow(app.page).library.openSampleButton()).toBeVisible()
  await app.page.evaluate(() => {
    const button = document.createElement('button')
    button.id = 'mismatched'
    button.setAttribute('aria-label', 'Add claim to notes')
    button.textContent = 'Add to notes'
    document.querySelector('main')!.append(button)
  })
  expect(await axeViolations(app.page)).toContainEqual(
    expect.stringMatching(/^label-content-name-mismatch \(serious\) at #mismatched: /),
  )
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    // axe walks every element of the sample's page, once per view: allow three times the usual time.
    test.slow()
    test.beforeEach(async ({ app }) => {
      await app.page.emulateMedia({ colorScheme: scheme })
    })

    test('the empty library has a top heading and no axe violations', async ({ app }) => {
      const w = new DossierWindow(app.page)
      await expect(w.library.openSampleButton()).toBeVisible()
      await expect(app.page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expectNoAxeViolations(app.page, `the empty library (${scheme})`)
    })

    test('the reader, a tooltip, notes, Sources, Claims and View original have no axe violations', async ({
      app,
    }) => {
      const w = new DossierWindow(app.page)
      await openSample(w)
      await expectNoAxeViolations(app.page, `the reader with the sample (${scheme})`)

      await w.reader.layerStarts('claim').first().hover()
      await expect(w.reader.tooltip()).toBeVisible()
      await expectNoAxeViolations(app.page, `a highlight's tooltip (${scheme})`)
      await app.page.mouse.move(0, 0)

      await w.reader.select(PASSAGE)
      await expect(w.reader.selectionToolbar()).toBeVisible()
      await expectNoAxeViolations(app.page, `the selection toolbar (${scheme})`)
      await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
      await w.notes.noteFields().first().fill('Compare with the JCS statement')
      await expect(w.notes.annotations()).toHaveCount(1)
      await expectNoAxeViolations(app.page, `the notes with a note (${scheme})`)

      await w.tabs.tab('Sources').click()
      await w.sources.source('Ankit Panda').click()
      await expect(w.sources.quotes().first()).toBeVisible()
      await expectNoAxeViolations(app.page, `the Sources tab with a source chosen (${scheme})`)

      await w.tabs.tab('Claims').click()
      await w.claims.claim(PASSAGE).getByRole('button', { name: 'Add to notes', exact: true }).click()
      await expect(w.claims.claim(PASSAGE).getByRole('button', { name: 'In notes' })).toBeVisible()
      await w.tabs.tab('Claims').click()
      await expectNoAxeViolations(app.page, `the Claims tab (${scheme})`)

      await w.reader.root.getByRole('button', { name: 'View original' }).click()
      await expect(app.page.getByRole('dialog', { name: 'Original file' })).toBeVisible()
      await expectNoAxeViolations(app.page, `the View original dialog (${scheme})`)
    })

    test('the folder import summary has no axe violations', async ({ app }) => {
      const w = new DossierWindow(app.page)
      const folder = join(app.workDir, 'saved')
      mkdirSync(folder)
      writeFileSync(join(folder, 'one.md'), '# One report\n\nThe first report body, in Markdown.')
      writeFileSync(join(folder, 'broken.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe, 0, 0]))
      await app.stubOpenDialog([folder])
      await w.library.importFolderButton().click()
      await expect(w.alert()).toContainText('broken.txt')
      await expectNoAxeViolations(app.page, `the folder import summary (${scheme})`)
    })
  })
}
