import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const TITLE = 'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'
const PASSAGE = 'each traveled about 650 kilometers (400 miles)'

async function width(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return Math.round(box.width)
}

test('the library is dragged wider and keeps its width after a reload', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  const library = await width(w.library.root)
  const reader = await width(w.reader.root)

  await w.dragSplitter('library', 120)
  await expect.poll(() => width(w.library.root)).toBe(library + 120)
  expect(await width(w.reader.root)).toBe(reader - 120)
  await expect(w.splitter('library')).toHaveAttribute('aria-valuenow', String(library + 120))

  const side = (await width(w.sidePane())) + 80
  await w.dragSplitter('side', -80)
  await expect.poll(() => width(w.sidePane())).toBe(side)

  await app.page.reload()
  await w.library.article(TITLE).click()
  await expect(w.reader.title()).toHaveText(TITLE)
  expect(await width(w.library.root)).toBe(library + 120)
  expect(await width(w.sidePane())).toBe(side)

  await w.splitter('library').dblclick()
  await expect.poll(() => width(w.library.root)).toBe(library)
})

test('a splitter cannot squeeze the reader, however far it is dragged', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await w.dragSplitter('library', 2000)
  const max = Number(await w.splitter('library').getAttribute('aria-valuemax'))
  await expect.poll(() => width(w.library.root)).toBe(max)
  await w.dragSplitter('side', -2000)
  expect(await width(w.reader.root)).toBeGreaterThanOrEqual(440)
  await w.dragSplitter('library', -2000)
  await expect.poll(() => width(w.library.root)).toBe(Number(await w.splitter('library').getAttribute('aria-valuemin')))
})

test('a focused splitter moves with the arrow keys, Home and End', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  const splitter = w.splitter('side')
  const side = await width(w.sidePane())

  await splitter.focus()
  await expect(splitter).toBeFocused()
  await app.page.keyboard.press('ArrowLeft')
  await app.page.keyboard.press('ArrowLeft')
  await expect.poll(() => width(w.sidePane())).toBe(side + 32)
  await app.page.keyboard.press('ArrowRight')
  await expect.poll(() => width(w.sidePane())).toBe(side + 16)
  await expect(splitter).toHaveAttribute('aria-valuenow', String(side + 16))

  await app.page.keyboard.press('Home')
  await expect.poll(() => width(w.sidePane())).toBe(Number(await splitter.getAttribute('aria-valuemin')))
  await app.page.keyboard.press('End')
  await expect.poll(() => width(w.sidePane())).toBe(Number(await splitter.getAttribute('aria-valuemax')))

  // Tab reaches the library's splitter right after the library's list.
  await w.library.article(TITLE).focus()
  await app.page.keyboard.press('Tab')
  await expect(w.splitter('library')).toBeFocused()
  await app.page.keyboard.press('ArrowRight')
  await expect(w.splitter('library')).toHaveAttribute('aria-valuenow', String(280 + 16))
})

test('a deleted highlight comes back with Ctrl+Z and goes again with Ctrl+Shift+Z or Ctrl+Y', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await w.reader.select(PASSAGE)
  await app.page.keyboard.press('h')
  await expect(w.reader.highlights()).toHaveCount(1)
  await w.notes.root.getByRole('button', { name: 'Delete annotation' }).click()
  await expect(w.reader.highlights()).toHaveCount(0)

  await w.reader.title().click()
  await app.page.keyboard.press('Control+z')
  await expect(w.reader.highlights().filter({ hasText: PASSAGE })).toHaveCount(1)
  await expect(w.notes.annotations()).toHaveCount(1)
  await expect(w.status()).toHaveText('Annotation restored.')

  await app.page.keyboard.press('Control+Shift+z')
  await expect(w.reader.highlights()).toHaveCount(0)
  await expect(w.notes.annotations()).toHaveCount(0)
  await expect(w.status()).toHaveText('Annotation deleted again.')

  // Typing in a field keeps the field's own undo: the highlight stays gone.
  await app.page.keyboard.press('Control+z')
  await expect(w.reader.highlights()).toHaveCount(1)
  await w.notes.memo().click()
  await app.page.keyboard.type('Check the range')
  await app.page.keyboard.press('Control+Shift+z')
  await app.page.keyboard.press('Control+y')
  await expect(w.reader.highlights()).toHaveCount(1)

  await w.reader.title().click()
  await app.page.keyboard.press('Control+y')
  await expect(w.reader.highlights()).toHaveCount(0)

  // The deletion stuck in the store: after a reload the highlight is still gone.
  await app.page.reload()
  await w.library.article(TITLE).click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await expect(w.reader.highlights()).toHaveCount(0)
  await expect(w.notes.memo()).toHaveValue('Check the range')
})
