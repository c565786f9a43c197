import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCsv } from '../src/test-support/rfc4180'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const SAMPLE = 'Kim and Russia’s Putin meet'
const HARBOUR = 'Council approves the harbour budget'

test('File → Export…: a case as a folder of Markdown notes and as JSON, read back from disk; Cancel and Escape write nothing', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const { library, page } = { library: w.library, page: app.page }
  await library.openSampleButton().click()
  await expect(library.article(SAMPLE)).toBeVisible()
  const file = join(app.workDir, 'harbour.txt')
  writeFileSync(file, `${HARBOUR}\n\nThe council approved 12 million euros for the harbour on Tuesday.\n`)
  await app.stubOpenDialog([file])
  await library.importButton().click()
  await expect(library.entries()).toHaveCount(2)

  await library.cases().getByRole('button', { name: 'New case' }).click()
  await library.caseNameField().fill('Harbour watch')
  await library.caseNameField().press('Enter')
  await library.caseEntry('All articles').click()
  await library.article(SAMPLE).dragTo(library.caseEntry('Harbour watch'))
  await library.article(HARBOUR).dragTo(library.caseEntry('Harbour watch'))
  await expect(library.caseEntry('Harbour watch')).toHaveAccessibleName(/, 2 articles$/)

  // Markdown of the case into a vault folder.
  await app.menu('export')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: /^Markdown/ }).check()
  await dialog.getByRole('radio', { name: 'A case' }).check()
  await dialog.getByRole('combobox', { name: 'Case to export' }).selectOption({ label: 'Harbour watch (2)' })
  await expect(dialog.getByRole('checkbox', { name: /One note per article in a folder/ })).toBeChecked()
  await expectNoAxeViolations(page, 'the Export dialog')
  const vault = join(app.workDir, 'vault')
  await app.stubOpenDialog([vault])
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(w.status()).toContainText(`Exported notes of 2 articles into ${vault}`)
  const notes = readdirSync(vault)
  expect(notes).toHaveLength(3)
  const texts = notes.map((n) => readFileSync(join(vault, n), 'utf8'))
  expect(texts.some((t) => t.includes(`# ${HARBOUR}`))).toBe(true)
  expect(texts.some((t) => /^# North Korea’s Kim and Russia’s Putin meet/m.test(t))).toBe(true)
  const index = texts.find((t) => t.includes('# Harbour watch')) ?? ''
  expect(index).toContain(`- [[${HARBOUR} — notes]]`)

  // The same case as JSON (Markdown's folder option is not offered for it).
  await app.menu('export')
  await dialog.getByRole('radio', { name: /^Dossier JSON/ }).check()
  await dialog.getByRole('radio', { name: 'A case' }).check()
  await dialog.getByRole('combobox', { name: 'Case to export' }).selectOption({ label: 'Harbour watch (2)' })
  await expect(dialog.getByRole('checkbox')).toHaveCount(0)

  // Cancelling the save dialog writes nothing and leaves the Export dialog open.
  const out = join(app.workDir, 'harbour.json')
  await app.stubSaveDialog(null)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeEnabled()
  expect(existsSync(out)).toBe(false)

  await app.stubSaveDialog(out)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(w.status()).toContainText(`Exported 2 articles to ${out}`)
  const json = JSON.parse(readFileSync(out, 'utf8')) as { dossierExport: number; articles: { title: string }[] }
  expect(json.dossierExport).toBe(2)
  const titles = json.articles.map((a) => a.title)
  expect(titles).toHaveLength(2)
  expect(titles).toContain(HARBOUR)
  expect(titles.some((t) => t.includes(SAMPLE))).toBe(true)

  // Reopened, it remembers JSON; Escape closes it and gives the focus back.
  await app.menu('export')
  await expect(dialog.getByRole('radio', { name: /^Dossier JSON/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /^Dossier JSON/ })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('the palette opens Export…, which starts on the open article', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.library.article(SAMPLE)).toBeVisible()
  await app.page.keyboard.press('Control+k')
  await app.page.keyboard.type('Export… (a format')
  await app.page.keyboard.press('Enter')
  const dialog = app.page.getByRole('dialog', { name: 'Export' })
  await expect(dialog.getByRole('radio', { name: /^This article — “North Korea’s Kim and Russia’s Putin meet/ })).toBeChecked()
  const out = join(app.workDir, 'kim.md')
  await app.stubSaveDialog(out)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(w.status()).toContainText(`Exported 1 article to ${out}`)
  expect(readFileSync(out, 'utf8')).toMatch(/^# North Korea’s Kim and Russia’s Putin meet/m)
})

test('File → Export… as CSV: one row per claim of the open article, with its metadata, the rows remembered', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.library.article(SAMPLE)).toBeVisible()
  await app.menu('export')
  const dialog = app.page.getByRole('dialog', { name: 'Export' })
  await expect(dialog.getByRole('group', { name: 'Rows' })).toHaveCount(0)
  await dialog.getByRole('radio', { name: /^CSV/ }).check()
  const rows = dialog.getByRole('group', { name: 'Rows' })
  await expect(rows.getByRole('radio', { name: /^Highlights/ })).toBeChecked()
  await rows.getByRole('radio', { name: /^Claims/ }).check()
  await expectNoAxeViolations(app.page, 'the Export dialog with CSV rows')
  const out = join(app.workDir, 'kim-claims.csv')
  await app.stubSaveDialog(out)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(w.status()).toContainText(`Exported 1 article to ${out}`)
  const text = readFileSync(out, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const [header, ...records] = parseCsv(text.slice(1))
  expect(header.slice(0, 2)).toEqual(['article_id', 'article_title'])
  expect(header).toContain('claim')
  expect(header).not.toContain('annotation_id')
  expect(records.length).toBeGreaterThan(0)
  for (const record of records) expect(record[header.indexOf('article_title')]).toContain(SAMPLE)

  await app.menu('export')
  await expect(rows.getByRole('radio', { name: /^Claims/ })).toBeChecked()
})
