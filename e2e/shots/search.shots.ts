import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PHRASE, STORY, renderArticle } from '../../src/test-support/storyFolder'
import { expect, test } from '../fixtures'
import { DossierWindow } from '../models/DossierWindow'

const OUT = resolve(__dirname, '../../docs/screenshots')

test('screenshots: library search results with one hit open at its matches, light and dark', async ({
  app,
}) => {
  const { page } = app
  const w = new DossierWindow(page)
  const articles = Object.values(STORY)
  // A folder, so that the status line says one thing rather than one line per article.
  const folder = join(app.workDir, 'saved')
  mkdirSync(folder)
  articles.forEach((a, i) => {
    const date = `2024-06-${String(10 + i).padStart(2, '0')}`
    writeFileSync(join(folder, `${i + 1}.${a.format}`), renderArticle({ ...a, file: '', date }, i))
  })
  await app.stubOpenDialog([folder])
  await w.library.importFolderButton().click()
  await expect(w.library.caseEntry('All articles')).toHaveAccessibleName(
    new RegExp(`, ${articles.length} articles$`),
  )

  await w.library.searchBox().click()
  await page.keyboard.type(`"${PHRASE}"`)
  await expect(w.library.searchSummary()).toHaveText(`4 articles match “"${PHRASE}"”`)
  await w.library.hit(STORY.barrageCouncil.title).click()
  await expect(w.reader.title()).toHaveText(STORY.barrageCouncil.title)
  await expect(w.reader.matchCount()).toHaveText('1 of 1')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: `${OUT}/search-${scheme}.png` })
  }
})
