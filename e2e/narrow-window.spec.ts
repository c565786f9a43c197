import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'

const TITLE =
  'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'
// A reader narrower than this wraps the reading face at well under 60 characters a line.
const READABLE_WIDTH = 600

async function width(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return Math.round(box.width)
}

/**
 * Every visible button in a pane header or the view bar whose box is not wholly inside the
 * window, or whose middle or corners are covered by something else (clipped by its pane, or
 * under another element).
 */
function clippedHeaderButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = []
    const buttons = document.querySelectorAll<HTMLElement>(
      'header button, [role="group"][aria-label="View"] button',
    )
    for (const button of buttons) {
      if (!button.checkVisibility()) continue
      const r = button.getBoundingClientRect()
      const inside =
        r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight
      // Corners 4 px in: buttons have 6 px rounded corners, and a point closer to the edge can fall
      // outside the rounding on a fractional position, which is not a clipped button.
      const points: [number, number][] = [
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        [r.left + 4, r.top + 4],
        [r.right - 4, r.top + 4],
        [r.left + 4, r.bottom - 4],
        [r.right - 4, r.bottom - 4],
      ]
      const uncovered = points.every(([x, y]) => {
        const hit = document.elementFromPoint(x, y)
        return !!hit && (hit === button || button.contains(hit))
      })
      if (!inside || !uncovered) bad.push(button.textContent ?? '')
    }
    return bad
  })
}

test('at 1024×700 the side pane folds away, no header button is clipped, and the panes toggle from the keyboard', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  await app.page.setViewportSize({ width: 1024, height: 700 })
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)

  await expect(w.sidePane()).toBeHidden()
  await expect(w.viewToggle('Side pane')).toHaveAttribute('aria-pressed', 'false')
  expect(await width(w.reader.root)).toBeGreaterThanOrEqual(READABLE_WIDTH)
  await expect(w.library.importButton()).toBeVisible()
  expect(await clippedHeaderButtons(app.page)).toEqual([])
  await expectNoAxeViolations(app.page, 'the reader at 1024×700')

  // Ctrl+Shift+\ opens the side pane: the library narrows, its buttons wrap, nothing is clipped.
  await app.page.keyboard.press('Control+Shift+Backslash')
  await expect(w.sidePane()).toBeVisible()
  await expect(w.notes.memo()).toBeVisible()
  expect(await width(w.reader.root)).toBeGreaterThanOrEqual(440)
  expect(await clippedHeaderButtons(app.page)).toEqual([])

  // Ctrl+\ hides the library and gives the reader its room.
  await app.page.keyboard.press('Control+Backslash')
  await expect(w.library.root).toBeHidden()
  await expect(w.splitter('library')).toHaveCount(0)
  expect(await width(w.reader.root)).toBeGreaterThanOrEqual(READABLE_WIDTH)
  expect(await clippedHeaderButtons(app.page)).toEqual([])

  // The toggle buttons are buttons: Tab to one and press Space.
  await w.viewToggle('Library').focus()
  await app.page.keyboard.press('Space')
  await expect(w.library.root).toBeVisible()
  await expect(w.viewToggle('Library')).toHaveAttribute('aria-pressed', 'true')

  // Focus mode: the reader alone, its article in the middle; Escape leaves it.
  await app.page.keyboard.press('Control+Shift+F')
  await expect(w.library.root).toBeHidden()
  await expect(w.sidePane()).toBeHidden()
  await expect(w.viewToggle('Focus')).toHaveAttribute('aria-pressed', 'true')
  expect(await width(w.reader.root)).toBe(1024)
  const article = await w.reader.root.locator('article').boundingBox()
  expect(Math.abs(article!.x - (1024 - article!.x - article!.width))).toBeLessThanOrEqual(2)
  await expectNoAxeViolations(app.page, 'focus mode')
  await w.reader.text().focus()
  await app.page.keyboard.press('Escape')
  await expect(w.viewToggle('Focus')).toHaveAttribute('aria-pressed', 'false')
  await expect(w.library.root).toBeVisible()
  await expect(w.sidePane()).toBeVisible()
})

test('the last article, the hidden panes and focus mode come back after a reload', async ({ app }) => {
  const w = new DossierWindow(app.page)
  await w.library.openSampleButton().click()
  await expect(w.reader.title()).toHaveText(TITLE)
  await w.viewToggle('Library').click()
  await expect(w.library.root).toBeHidden()

  await app.page.reload()
  await expect(w.reader.title()).toHaveText(TITLE)
  await expect(w.library.root).toBeHidden()
  await expect(w.sidePane()).toBeVisible()

  await w.viewToggle('Focus').click()
  await app.page.reload()
  await expect(w.reader.title()).toHaveText(TITLE)
  await expect(w.viewToggle('Focus')).toHaveAttribute('aria-pressed', 'true')
  await expect(w.sidePane()).toBeHidden()
  await app.page.keyboard.press('Control+Shift+F')
  await expect(w.sidePane()).toBeVisible()
  await expect(w.library.root).toBeHidden()
})
