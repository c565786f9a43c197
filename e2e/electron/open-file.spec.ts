// Files handed over by the OS: on the first launch's command line, to a running Dossier through a
// second launch (single instance), and through macOS's open-file event. Each is imported into the
// one running library and its article opens.
import { spawn } from 'node:child_process'
import { DossierWindow } from '../models/DossierWindow'
import { APP_DIR } from '../support/electronApp'
import { expect, test } from './fixtures'

const article = (title: string) =>
  `# ${title}\n\nThe harbour council met on Monday and voted on the budget.\n`

test('a file on the command line is imported and opened when Dossier starts', async ({ shell }) => {
  const file = shell.file('harbour.md', article('Harbour council approves the budget'))
  const { page } = await shell.launch(['--some-chromium-switch', file, shell.file('setup.exe', 'MZ')])
  const w = new DossierWindow(page)
  await expect(w.reader.title()).toHaveText('Harbour council approves the budget')
  await expect(w.library.entries()).toHaveCount(1)
})

test('a second launch hands its files to the running Dossier and exits', async ({ shell }) => {
  const { electronApp, page } = await shell.launch()
  const w = new DossierWindow(page)
  await expect(w.library.openSampleButton()).toBeVisible()
  const file = shell.file('ferry.md', article('Ferry timetable changes in spring'))
  // The same executable and user-data folder, as a double-click or "Open with" starts it.
  const electronPath = await electronApp.evaluate(() => process.execPath)
  // --no-sandbox as Playwright starts the first one: CI runners lack the setuid sandbox helper.
  const second = spawn(electronPath, ['--no-sandbox', APP_DIR, file], {
    env: { ...process.env, DOSSIER_USER_DATA: shell.userData },
    stdio: 'ignore',
  })
  const exitCode = await new Promise<number | null>((done) => second.on('exit', done))
  expect(exitCode).toBe(0)
  await expect(w.reader.title()).toHaveText('Ferry timetable changes in spring')
  await expect(w.library.entries()).toHaveCount(1)
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})

test("macOS's open-file event imports the file and opens it; a file Dossier cannot read is said so", async ({
  shell,
}) => {
  const { electronApp, page } = await shell.launch()
  const w = new DossierWindow(page)
  const openFile = (path: string) =>
    electronApp.evaluate(({ app }, p) => {
      app.emit('open-file', { preventDefault: () => undefined }, p)
    }, path)
  await openFile(shell.file('tram.md', article('New tram line opens downtown')))
  await expect(w.reader.title()).toHaveText('New tram line opens downtown')
  await openFile(shell.file('empty.txt', ''))
  await expect(page.getByRole('alert')).toContainText('empty.txt')
  await expect(w.library.entries()).toHaveCount(1)
})
