import { join } from 'node:path'
import { CLAIM_A, CLAIM_B, PHRASE, STORY, writeStoryFolder } from '../src/test-support/storyFolder'
import { expect, test } from './fixtures'
import { CodesView } from './models/CodesView'
import { DossierWindow } from './models/DossierWindow'

const { claimA, claimB, radar, barrageCouncil, barrageEngineers, barrageBroadcaster, barrageResidents } =
  STORY
const CASE = 'Estuary works'
const FRAMED = 'Officials described the project as a symbol of national renewal'
const STATE_MEDIA = 'The state broadcaster called the critics enemies of progress'
const RADAR_PASSAGE = 'The radar station logged the track for eleven minutes'

test('workbench story: import 50, search, a case, a codebook, a claim judged and found twice', async ({
  app,
}) => {
  // Fifty imports, analyses and a dozen views on a busy machine: every step waits on what it shows.
  test.setTimeout(300_000)
  const { page } = app
  const w = new DossierWindow(page)
  const { library, reader } = w
  const codes = new CodesView(page)
  // The window's status line (search counts and match counts are statuses of their own).
  const statusLine = page.locator('.status-area')
  const folder = join(app.workDir, 'saved-articles')
  writeStoryFolder(folder)

  await test.step('import the folder: 50 articles', async () => {
    await app.stubOpenDialog([folder])
    await library.importFolderButton().click()
    await expect(statusLine).toContainText('Folder import finished: imported 50 articles', {
      timeout: 120_000,
    })
    await expect(library.caseEntry('All articles')).toHaveAccessibleName(/, 50 articles$/)
    await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 50 articles$/)
  })

  await test.step('make a case to collect the estuary articles in', async () => {
    await library.cases().getByRole('button', { name: 'New case' }).click()
    await library.caseNameField().fill(CASE)
    await library.caseNameField().press('Enter')
    await expect(library.caseEntry(CASE)).toHaveAccessibleName(/, 0 articles$/)
    await library.caseEntry('All articles').click()
    await expect(library.caseEntry('All articles')).toHaveAttribute('aria-current', 'true')
  })

  await test.step('search the library for a phrase, open a hit at its matches', async () => {
    await library.searchBox().click()
    await page.keyboard.type(`"${PHRASE}"`)
    await expect(library.searchSummary()).toHaveText(`4 articles match “"${PHRASE}"”`)
    await expect(library.hits()).toHaveCount(4)
    for (const a of [barrageCouncil, barrageEngineers, barrageBroadcaster, barrageResidents]) {
      await expect(library.hit(a.title).locator('mark').first()).toBeVisible()
    }
    await expect(library.hits().filter({ hasText: claimA.title })).toHaveCount(0)

    await library.hit(barrageCouncil.title).click()
    await expect(reader.title()).toHaveText(barrageCouncil.title)
    await expect(reader.matchCount()).toHaveText('1 of 1')
    await expect(reader.currentMatch()).toHaveText([PHRASE])
    await expect(reader.currentMatch().first()).toBeInViewport()
  })

  await test.step('into the case: two hits with "Add to case…", one dragged from the list', async () => {
    for (const a of [barrageCouncil, barrageBroadcaster]) {
      await library.hit(a.title).click()
      await expect(reader.title()).toHaveText(a.title)
      await library.cases().getByRole('button', { name: 'Add to case…' }).click()
      const menu = library.cases().getByRole('group', { name: `Add “${a.title}” to a case` })
      await menu.getByRole('button', { name: CASE }).click()
      await expect(statusLine).toContainText(`Added “${a.title}” to “${CASE}”.`)
    }
    await expect(library.caseEntry(CASE)).toHaveAccessibleName(/, 2 articles$/)

    await library.filter().fill('Engineers doubt')
    const row = library.entries().filter({ hasText: barrageEngineers.title })
    await expect(row).toHaveCount(1)
    await row.dragTo(library.caseEntry(CASE))
    await expect(library.caseEntry(CASE)).toHaveAccessibleName(/, 3 articles$/)
    await expect(library.caseEntry('Unfiled')).toHaveAccessibleName(/, 47 articles$/)
    await library.filter().fill('')
  })

  await test.step('open the case: its three articles', async () => {
    await library.caseEntry(CASE).click()
    await expect(library.entries()).toHaveCount(3)
    for (const a of [barrageCouncil, barrageEngineers, barrageBroadcaster]) {
      await expect(library.entries().filter({ hasText: a.title })).toHaveCount(1)
    }
    await expect(library.entries().filter({ hasText: barrageResidents.title })).toHaveCount(0)
  })

  await test.step('code a passage with c and a new code, "Framing"', async () => {
    await library.entries().filter({ hasText: barrageCouncil.title }).click()
    await expect(reader.title()).toHaveText(barrageCouncil.title)
    await reader.select(FRAMED)
    await page.keyboard.press('c')
    await expect(codes.coding()).toBeFocused()
    await page.keyboard.type('Framing')
    await expect(page.getByRole('option', { name: 'Create the code “Framing”' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await page.keyboard.press('Enter')
    await expect.poll(() => reader.highlightIdsOf(FRAMED)).toHaveLength(1)
    await expect(w.notes.annotations().first().getByRole('group', { name: 'Codes' })).toContainText('Framing')
  })

  await test.step('in the Codes view, make "State media" and move it under "Framing"', async () => {
    await codes.tab().click()
    await expect(codes.code('Framing')).toHaveAccessibleName(/1 passage · 1 article/)
    await codes.tree().getByRole('button', { name: 'New code' }).click()
    await codes.tree().getByRole('textbox', { name: 'New code name' }).fill('State media')
    await page.keyboard.press('Enter')
    await expect(codes.detail().getByRole('heading', { name: 'State media' })).toBeVisible()
    await codes.detail().getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Framing' })
    await codes.detail().getByRole('button', { name: 'Move', exact: true }).click()
    await expect(codes.detail().getByRole('heading', { name: 'Framing / State media' })).toBeVisible()
  })

  await test.step('code a passage of a second article with the child code', async () => {
    await page.getByRole('tab', { name: 'Reader' }).click()
    await library.entries().filter({ hasText: barrageBroadcaster.title }).click()
    await expect(reader.title()).toHaveText(barrageBroadcaster.title)
    await reader.select(STATE_MEDIA)
    await page.keyboard.press('c')
    await expect(codes.coding()).toBeFocused()
    await page.keyboard.type('State med')
    await expect(page.getByRole('option', { name: /State media/ })).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect.poll(() => reader.highlightIdsOf(STATE_MEDIA)).toHaveLength(1)
    await expect(w.notes.annotations().first().getByRole('group', { name: 'Codes' })).toContainText(
      'State media',
    )
  })

  await test.step('"Framing" and the codes under it: both passages, two articles; a click jumps back', async () => {
    await codes.tab().click()
    await codes.code('Framing').click()
    await expect(codes.detail().getByRole('heading', { name: 'Framing' })).toBeVisible()
    const include = codes.detail().getByRole('checkbox', { name: 'Include the codes under it' })
    if (await include.isChecked()) await include.uncheck()
    await expect(codes.passages()).toHaveCount(1)
    await include.check()
    await expect(codes.passages()).toHaveCount(2)
    await expect(codes.passages().filter({ hasText: FRAMED })).toContainText(barrageCouncil.title)
    await expect(codes.passages().filter({ hasText: STATE_MEDIA })).toContainText(barrageBroadcaster.title)
    await expect(codes.passages().filter({ hasText: STATE_MEDIA })).toContainText('State media')

    await codes.passages().filter({ hasText: FRAMED }).getByRole('button').click()
    await expect(reader.title()).toHaveText(barrageCouncil.title)
    await expect.poll(() => reader.highlightIdsOf(FRAMED)).toHaveLength(1)
    const [framed] = await reader.highlightIdsOf(FRAMED)
    await expect(reader.highlight(framed).first()).toBeInViewport()
  })

  const editor = page.getByRole('region', { name: 'Verdict' })
  await test.step('judge the claim in article A: checked, false, a conclusion, a web address as evidence', async () => {
    await library.caseEntry('All articles').click()
    await library.filter().fill('Coastguard tracks')
    await library.entries().filter({ hasText: claimA.title }).click()
    await expect(reader.title()).toHaveText(claimA.title)
    await w.tabs.tab('Claims').click()
    await w.claims.claim(CLAIM_A).getByRole('button', { name: 'Judge claim…' }).click()
    await expect(editor.locator('blockquote')).toHaveText(CLAIM_A)
    // A claim is checked once it has a rating: the editor says so, and the rating moves it on to checking.
    const checked = editor.getByRole('radio', { name: 'Checked' })
    await checked.click()
    await expect(editor.getByRole('alert')).toHaveText(
      'Give the claim a rating before marking it as checked.',
    )
    await expect(checked).not.toBeChecked()
    await editor.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'False' })
    await expect(editor.getByRole('combobox', { name: 'Rating' })).toHaveValue('false')
    await expect(editor.getByRole('radio', { name: 'Checking' })).toBeChecked()
    await expect(editor.getByRole('alert')).toHaveCount(0)
    // The radio follows the saved verdict: click, then wait for it.
    await checked.click()
    await expect(checked).toBeChecked()
    await editor
      .getByRole('textbox', { name: 'Conclusion' })
      .fill('The radar log shows a flight of eleven minutes, too short for 650 km.')
    await editor.getByRole('textbox', { name: 'Conclusion' }).blur()
    await expect(editor).toContainText(/Last changed by .+ on /)
    const form = editor.getByRole('form', { name: 'Add evidence' })
    await form.getByRole('textbox', { name: 'Web address' }).fill('https://example.org/ministry-statement')
    await form.getByRole('button', { name: 'Add evidence' }).click()
    await expect(editor.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1)
    await expect(page.getByRole('img', { name: 'Claim checked: false' })).toBeVisible()
  })

  await test.step('add a passage of another article as evidence', async () => {
    const form = editor.getByRole('form', { name: 'Add evidence' })
    await form.getByRole('combobox', { name: 'Kind of evidence' }).selectOption({ label: 'Passage' })
    await library.filter().fill('Radar station')
    await library.entries().filter({ hasText: radar.title }).click()
    await expect(reader.title()).toHaveText(radar.title)
    await expect(editor.locator('blockquote')).toHaveText(CLAIM_A)
    await reader.select(RADAR_PASSAGE)
    await expect(form).toContainText(`The passage selected in “${radar.title}”: “${RADAR_PASSAGE}”`)
    await form.getByRole('button', { name: 'Add evidence' }).click()
    const evidence = editor.getByRole('list', { name: 'Evidence' }).getByRole('listitem')
    await expect(evidence).toHaveCount(2)
    await expect(evidence.filter({ hasText: RADAR_PASSAGE })).toContainText(`From “${radar.title}”`)
  })

  await test.step('"Also in 1 article": the reworded claim from another publisher, linked', async () => {
    const same = editor.getByRole('region', { name: 'The same claim in other articles' })
    await expect(same.getByRole('heading')).toHaveText('Also in 1 article')
    await expect(same).toContainText(claimB.title)
    await expect(same).toContainText(CLAIM_B)
    await same.getByRole('button', { name: `Link the claim in “${claimB.title}”` }).click()
    await expect(same.getByRole('button', { name: `Unlink the claim in “${claimB.title}”` })).toBeVisible()
    await expect(same).toContainText('One verdict covers both.')
  })

  await test.step('the Claims board: both claims under the one verdict, filtered by rating', async () => {
    await page.getByRole('tab', { name: 'Claims board' }).click()
    const board = page.getByRole('region', { name: 'Claims board' })
    const rows = board.getByRole('table').locator('tbody tr')
    await expect(rows).toHaveCount(2)
    // Article, claim, status, rating, evidence, linked claims: one verdict, so the same judgement on both.
    for (const [title, claim] of [
      [claimA.title, CLAIM_A],
      [claimB.title, CLAIM_B],
    ]) {
      const cells = rows.filter({ hasText: title }).locator('td')
      await expect(cells.nth(1)).toHaveText(claim)
      await expect(cells.nth(2)).toHaveText('Checked')
      await expect(cells.nth(3)).toHaveText('False')
      await expect(cells.nth(4)).toHaveText('2')
      await expect(cells.nth(5)).toHaveText('1')
    }
    await board.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'True' })
    await expect(board).toContainText('No judged claims match the filter.')
    await board.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'False' })
    await expect(rows).toHaveCount(2)
  })

  await test.step('Ctrl+K: the palette runs a command', async () => {
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused()
    await page.keyboard.type('hide lib')
    await expect(palette.getByRole('option', { selected: true })).toContainText('Show or hide the library')
    await page.keyboard.press('Enter')
    await expect(palette).toHaveCount(0)
    await expect(library.root).toHaveCount(0)
  })
})
