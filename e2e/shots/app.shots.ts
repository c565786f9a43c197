import { resolve } from 'node:path'
import { expect, test } from '../fixtures'
import { CodesView } from '../models/CodesView'
import { DossierWindow } from '../models/DossierWindow'

const OUT = resolve(__dirname, '../../docs/screenshots')

test('screenshots: first run, then the reader with notes, light and dark', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const shoot = (name: string) => app.page.screenshot({ path: `${OUT}/${name}.png` })

  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await shoot(`first-run-${scheme}`)
  }
  await app.page.emulateMedia({ colorScheme: 'light' })
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()

  await w.reader.select('each traveled about 650 kilometers (400 miles)')
  await w.reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click()
  await w.notes.noteFields().first().fill('Compare with the JCS statement')
  await w.notes.noteFields().first().press('Control+Enter')
  await w.reader.select('a significant provocative act')
  await app.page.keyboard.press('h')
  await w.reader.select('Kim arrived in Russia on Tuesday')
  await app.page.keyboard.press('h')
  await w.notes.memo().fill('Launch times and distances: check against the JCS release and KCNA.')
  await w.notes.memo().blur()
  await expect(w.notes.annotations()).toHaveCount(3)
  // Jump to a highlight from the notes pane, so the shot shows highlights in the reader.
  await w.notes.annotations().nth(1).getByRole('button', { name: /each traveled/ }).click()
  await app.page.waitForTimeout(1200)

  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await shoot(`reader-${scheme}`)
  }
  await app.page.emulateMedia({ colorScheme: 'light' })
  await w.reader.select('about 650 kilometers')
  await shoot('selection-toolbar')
})

test('screenshots: the analysis, claims highlighted and a source chosen, light and dark', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  await expect(w.reader.layerToggle('Claims')).toBeChecked()
  await expect(w.reader.layerStarts('claim').first()).toBeVisible()
  await w.tabs.tab('Sources').click()
  await w.sources.source('Ankit Panda').click()
  await expect(w.reader.focusedSourceSpans('quote').first()).toBeInViewport()
  // Let the smooth scroll to the source's first words settle.
  await app.page.waitForTimeout(1200)

  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.page.screenshot({ path: `${OUT}/analysis-${scheme}.png` })
  }
})

test('screenshots: the Codes view with a code selected, light and dark', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const codes = new CodesView(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toBeVisible()
  for (const [passage, code] of [
    ['each traveled about 650 kilometers (400 miles)', 'Distances'],
    ['a significant provocative act', 'Official reaction'],
    ['Kim arrived in Russia on Tuesday', 'Distances'],
  ]) {
    await w.reader.select(passage)
    await app.page.keyboard.press('c')
    await app.page.keyboard.type(code)
    await app.page.keyboard.press('Enter')
    await expect(w.notes.annotations().filter({ hasText: passage }).getByRole('group', { name: 'Codes' })).toContainText(code)
  }
  await codes.tab().click()
  await codes.code('Distances').click()
  await expect(codes.passages()).toHaveCount(2)
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme })
    await app.page.screenshot({ path: `${OUT}/codes-${scheme}.png` })
  }
})
