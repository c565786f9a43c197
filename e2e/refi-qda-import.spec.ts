import { sharedPath } from '../src/test-support/shared'
import { expect, test } from './fixtures'
import { CodesView } from './models/CodesView'
import { DossierWindow } from './models/DossierWindow'

// ATLAS.ti's "standard project" export as the REFI-QDA conformance set has it: a codebook of 14 flat codes (some
// described, two named with ATLAS.ti's "::" grouping, one in quotes) and six text sources whose text the export
// does not hold (its Sources/ folder is empty), so no articles and no coded passages come in.
const PROJECT = 'ATLAS.ti standard project'
const CODES = [
  'happiness',
  'Feelings',
  'disgust',
  'waste of time',
  'Coke::full-fat Coke',
  'Coke::diet Coke',
  'Coke',
  'milk',
  'serene',
  'bacon and eggs',
  'sleepy',
  'Breakfast food',
  'cornflakes',
  '"rushed"',
]

test('File → Import… an ATLAS.ti project (.qdpx): its codes fill the Codes view, its textless sources are said to be left out', async ({
  app,
}) => {
  const w = new DossierWindow(app.page)
  const codes = new CodesView(app.page)
  await app.stubOpenDialog([sharedPath('conformance', 'refi-qda', 'samples', 'TestProject.qdpx')])
  await w.library.importButton().click()
  await expect(w.status()).toContainText(
    `Imported project “${PROJECT}”: 0 articles, 14 codes, 0 coded passages (6 text sources left out: the project does not hold their text)`,
  )
  await expect(w.library.entries()).toHaveCount(0)

  await codes.tab().click()
  const rows = codes.tree().getByRole('list', { name: 'Codes' }).getByRole('listitem')
  await expect(rows).toHaveCount(CODES.length)
  for (const name of CODES) await expect(codes.code(name)).toHaveAccessibleName(/0 passages · 0 articles/)

  // A code's description comes with it.
  await codes.code('Coke').click()
  await expect(codes.detail().getByRole('heading', { name: 'Coke', exact: true })).toBeVisible()
  await expect(codes.detail()).toContainText('the breakfast of champions')
})
