import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './fixtures'
import { DossierWindow } from './models/DossierWindow'

const ALPHA = 'Missile test over the sea'
const BETA = 'Neighbours protest the launch'
const SHARED = 'The missile flew 650 kilometres before falling into the sea on Tuesday.'

test('verdicts: judge a claim false, add evidence, link the same claim, see both on the Claims board, undo', async ({
  app,
}) => {
  const { page } = app
  const w = new DossierWindow(page)
  const alpha = join(app.workDir, 'alpha.txt')
  const beta = join(app.workDir, 'beta.txt')
  writeFileSync(
    alpha,
    `${ALPHA}\n\nOfficials in Seoul said a launch took place at dawn. ${SHARED} Markets barely moved.\n`,
  )
  writeFileSync(beta, `${BETA}\n\nThe foreign ministry summoned the ambassador. ${SHARED}\n`)
  await app.stubOpenDialog([alpha, beta])
  await w.library.importButton().click()
  await expect(w.library.entries()).toHaveCount(2)

  await w.library.article(ALPHA).click()
  await page.getByRole('tab', { name: 'Claims', exact: true }).click()
  const claim = page
    .getByRole('list', { name: 'Claims list' })
    .getByRole('listitem')
    .filter({ hasText: SHARED })
    .first()
  await claim.getByRole('button', { name: 'Judge claim…' }).click()

  const editor = page.getByRole('region', { name: 'Verdict' })
  await expect(editor.locator('blockquote')).toHaveText(SHARED)
  await editor.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'False' })
  await editor.getByRole('radio', { name: 'Checked' }).check()
  await expect(editor.getByRole('radio', { name: 'Checked' })).toBeChecked()
  await editor.getByRole('textbox', { name: 'Conclusion' }).fill('Radar data show the missile flew 420 km.')
  await editor.getByRole('textbox', { name: 'Conclusion' }).blur()

  const form = editor.getByRole('form', { name: 'Add evidence' })
  await form.getByRole('textbox', { name: 'Web address' }).fill('not an address')
  await form.getByRole('button', { name: 'Add evidence' }).click()
  await expect(form.getByRole('alert')).toHaveText('Enter a web address starting with http:// or https://.')
  await form.getByRole('textbox', { name: 'Web address' }).fill('https://example.org/radar-track')
  await form.getByRole('button', { name: 'Add evidence' }).click()
  await form.getByRole('combobox', { name: 'Kind of evidence' }).selectOption({ label: 'Note' })
  await form.getByRole('textbox', { name: 'Note' }).fill('The ministry confirmed the radar figures by phone.')
  await form.getByRole('button', { name: 'Add evidence' }).click()
  const evidence = editor.getByRole('list', { name: 'Evidence' }).getByRole('listitem')
  await expect(evidence).toHaveCount(2)
  await expect(evidence.nth(0)).toContainText('https://example.org/radar-track')
  await expect(evidence.nth(1)).toContainText('The ministry confirmed the radar figures by phone.')
  await expect(evidence.nth(0)).toContainText(/Added by .+ on /)

  // The reader marks the judged claim.
  await expect(page.getByRole('img', { name: 'Claim checked: false' })).toBeVisible()

  const same = editor.getByRole('region', { name: 'The same claim in other articles' })
  await expect(same.getByRole('heading')).toHaveText('Also in 1 article')
  await expect(same).toContainText(BETA)
  await expectNoAxeViolations(page, 'the verdict editor')
  await same.getByRole('button', { name: `Link the claim in “${BETA}”` }).click()
  await expect(same.getByRole('button', { name: `Unlink the claim in “${BETA}”` })).toBeVisible()

  await page.getByRole('tab', { name: 'Claims board' }).click()
  const board = page.getByRole('region', { name: 'Claims board' })
  const rows = board.getByRole('table').locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: ALPHA })).toContainText('False')
  await expect(rows.filter({ hasText: BETA })).toContainText('False')
  await expectNoAxeViolations(page, 'the Claims board')

  await board.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'True' })
  await expect(board).toContainText('No judged claims match the filter.')
  await board.getByRole('combobox', { name: 'Rating' }).selectOption({ label: 'False' })
  await expect(rows).toHaveCount(2)

  // Ctrl+Z undoes the last change: the link.
  await rows.first().focus()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.status-area')).toContainText(`Undone: Claim in “${BETA}” linked.`)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(ALPHA)

  // A row opens the article at the claim.
  await rows.first().press('Enter')
  await expect(page.getByRole('region', { name: 'Claims board' })).toBeHidden()
  await expect(page.getByRole('img', { name: 'Claim checked: false' })).toBeVisible()
})
