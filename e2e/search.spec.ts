import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, SAMPLE_PATH, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'
import { expectNoAxeViolations } from './support/axe'

const SAMPLE_TITLE =
  'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'
const NOTE_TITLE = 'Harbour briefing on missile tests'
const NOTE_TEXT = `${NOTE_TITLE}

The harbour master said the ballistic missiles fired this week changed nothing for shipping.

Ferries keep their timetable; the coast guard watches the east coast.`

test('search the library, open a hit at its matches, step with F3, and find in the article', async ({ app }) => {
  const w = new DossierWindow(app.page)
  const notePath = join(app.workDir, 'harbour-briefing.txt')
  writeFileSync(notePath, NOTE_TEXT)
  await app.stubOpenDialog([SAMPLE_PATH, notePath])
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(2)

  // Typing searches by itself once the typing pauses: both articles mention ballistic missiles.
  await w.library.searchBox().click()
  await app.page.keyboard.type('ballistic missiles')
  await expect(w.library.searchSummary()).toHaveText('2 articles match “ballistic missiles”')
  await expect(w.library.hits()).toHaveCount(2)
  await expect(w.library.hit(NOTE_TITLE).locator('mark')).toHaveText(['ballistic', 'missiles'])
  await expect(w.library.hit(SAMPLE_TITLE).locator('mark').first()).toBeVisible()
  await expectNoAxeViolations(app.page, 'the library search results')
  await app.page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(app.page, 'the library search results, dark')
  await app.page.emulateMedia({ colorScheme: 'light' })

  // A query the search cannot take says why, in words.
  await w.library.searchBox().fill('missiles -after:2020-01-01')
  await app.page.keyboard.press('Enter')
  await expect(w.library.searchSummary()).toContainText('cannot be negated')
  await w.library.searchBox().fill('zzzqqq')
  await app.page.keyboard.press('Enter')
  await expect(w.library.searchSummary()).toHaveText('No articles match “zzzqqq”.')

  // From the keyboard: Enter runs the search, ↓ reaches the results, Enter opens the focused one.
  await w.library.searchBox().fill('missiles')
  await app.page.keyboard.press('Enter')
  await expect(w.library.hits()).toHaveCount(2)
  await app.page.keyboard.press('ArrowDown')
  const sampleIndex = (await w.library.hits().first().textContent())?.includes(SAMPLE_TITLE) ? 0 : 1
  if (sampleIndex === 1) await app.page.keyboard.press('ArrowDown')
  await expect(w.library.hit(SAMPLE_TITLE)).toBeFocused()
  await app.page.keyboard.press('Enter')

  // The reader opens the sample with every match marked and the first one current.
  await expect(w.reader.title()).toHaveText(SAMPLE_TITLE)
  await expect(w.reader.matchCount()).toHaveText(/^1 of \d+$/)
  const total = Number((await w.reader.matchCount().textContent())!.split(' of ')[1])
  expect(total).toBeGreaterThan(2)
  await expect(w.reader.currentMatch().first()).toHaveText(/missiles/i)
  await expect(w.reader.currentMatch().first()).toBeInViewport()
  expect(await w.reader.matches().count()).toBeGreaterThanOrEqual(total)

  // F3 moves to the next match, Shift+F3 back.
  await app.page.keyboard.press('F3')
  await expect(w.reader.matchCount()).toHaveText(`2 of ${total}`)
  await expect(w.reader.currentMatch().first()).toBeInViewport()
  await app.page.keyboard.press('F3')
  await expect(w.reader.matchCount()).toHaveText(`3 of ${total}`)
  await app.page.keyboard.press('Shift+F3')
  await expect(w.reader.matchCount()).toHaveText(`2 of ${total}`)

  // Ctrl+F: find in the article, case and accents ignored, with a count; Enter steps; Escape clears.
  await app.page.keyboard.press('Control+f')
  await expect(w.reader.findInput()).toBeFocused()
  await app.page.keyboard.type('VOSTOCHNY')
  await expect(w.reader.matchCount()).toHaveText(/^1 of \d+$/)
  const found = Number((await w.reader.matchCount().textContent())!.split(' of ')[1])
  expect(found).toBeGreaterThan(1)
  await expect(w.reader.currentMatch().first()).toHaveText('Vostochny')
  await app.page.keyboard.press('Enter')
  await expect(w.reader.matchCount()).toHaveText(`2 of ${found}`)
  await app.page.keyboard.press('Shift+Enter')
  await expect(w.reader.matchCount()).toHaveText(`1 of ${found}`)
  await expectNoAxeViolations(app.page, 'the find bar')
  await app.page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(app.page, 'the find bar, dark')
  await app.page.keyboard.press('Escape')
  await expect(w.reader.findBar()).toBeHidden()
  await expect(w.reader.matches()).toHaveCount(0)
})
