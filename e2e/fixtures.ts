import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, test as base, type Browser, type Page } from '@playwright/test'
import { COMMAND_CHANNEL, type Command } from '../src/shared/ipc/contract'
import { openLibrary } from '../src/main/services/library'
import { chromiumLaunchOptions } from './support/chromium'
import { launchDossier } from './support/electronApp'
import { chooseTarget, type E2eTarget } from './support/target'
import { serveRenderer } from './support/staticServer'
import { installWebBridge, sendWebCommand, type DialogStubs } from './support/webBridge'

export const SAMPLE_PATH = resolve(__dirname, '../resources/samples/kim-putin-vostochny-scraped.txt')
export const APP_VERSION: string = JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')).version

/** The running app as a test drives it, the same on both targets. */
export interface DossierApp {
  target: E2eTarget
  page: Page
  /** A fresh folder for this test's files (exports, hostile inputs). */
  workDir: string
  /** The paths the next File → Import… dialog answers with. */
  stubOpenDialog(paths: string[]): Promise<void>
  /** The path the next save dialog answers with (null: the user cancels). */
  stubSaveDialog(path: string | null): Promise<void>
  /** Runs a menu command (File → Export notes…, Edit → Find…). */
  menu(command: Command): Promise<void>
}

const target = chooseTarget()

// The web target's browser and renderer server live as long as a worker; the electron target
// needs neither (Electron brings its own Chromium).
export const test = base.extend<{ app: DossierApp }, { web: { browser: Browser; url: string } | null }>({
  web: [
    // Playwright requires an object pattern here even when no fixture is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (target !== 'web') return use(null)
      const server = await serveRenderer()
      const browser = await chromium.launch(chromiumLaunchOptions())
      await use({ browser, url: server.url })
      await browser.close()
      await server.close()
    },
    { scope: 'worker' },
  ],

  app: async ({ web }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-e2e-'))
    const workDir = join(root, 'work')
    const storeDir = join(root, 'store')
    mkdirSync(workDir)
    try {
      if (web) {
        const context = await web.browser.newContext({ viewport: { width: 1400, height: 900 } })
        const page = await context.newPage()
        const library = openLibrary(storeDir)
        const stubs: DialogStubs = { openPaths: [], openFolder: null, savePath: null }
        // The app's side as the desktop app has it: the user-data folder is this test's store folder.
        await installWebBridge(page, library, SAMPLE_PATH, stubs, {
          version: APP_VERSION,
          licensesFile: resolve(__dirname, '../out/licenses.json'),
          configDir: storeDir,
          chooseLibraryFolder: async () => stubs.openFolder,
          takeOpenedFiles: () => [],
        })
        await page.goto(web.url)
        await use({
          target,
          page,
          workDir,
          stubOpenDialog: async (paths) => {
            stubs.openPaths = paths
            stubs.openFolder = paths[0] ?? null
          },
          stubSaveDialog: async (path) => void (stubs.savePath = path),
          menu: (command) => sendWebCommand(page, command),
        })
        await context.close()
        library.db.close()
      } else {
        const electronApp = await launchDossier(storeDir)
        const window = await electronApp.firstWindow()
        await use({
          target,
          page: window,
          workDir,
          stubOpenDialog: (paths) =>
            electronApp.evaluate(({ dialog }, filePaths) => {
              dialog.showOpenDialog = (async () => ({ canceled: filePaths.length === 0, filePaths })) as never
            }, paths),
          stubSaveDialog: (path) =>
            electronApp.evaluate(({ dialog }, filePath) => {
              dialog.showSaveDialog = (async () => ({ canceled: filePath === null, filePath: filePath ?? '' })) as never
            }, path),
          menu: (command) =>
            electronApp.evaluate(
              ({ BrowserWindow }, [channel, c]) => BrowserWindow.getAllWindows()[0].webContents.send(channel, c),
              [COMMAND_CHANNEL, command] as const,
            ),
        })
        await electronApp.close()
      }
    } finally {
      // Retries: on Windows Electron's helper processes can hold the user-data folder a moment after it quits.
      rmSync(root, { recursive: true, force: true, maxRetries: 5 })
    }
  },
})

export { expect } from '@playwright/test'
