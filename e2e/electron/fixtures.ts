// Fixtures of the specs that need the real Electron shell (e2e/electron/): the app as launched by
// the OS, with its main process reachable. playwright.config.ts collects them only on the electron target.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type ElectronApplication, type Page } from '@playwright/test'
import { launchDossier } from '../support/electronApp'

export interface Shell {
  /** The user-data folder of this test's Dossier (its library, its settings). */
  userData: string
  /** A folder for the files a test hands to Dossier. */
  workDir: string
  /** Writes a file into workDir and answers its path. */
  file(name: string, content: string): string
  /** Starts Dossier on this test's user-data folder; it is closed after the test if still running. */
  launch(files?: string[]): Promise<{ electronApp: ElectronApplication; page: Page }>
}

export const test = base.extend<{ shell: Shell }>({
  // Playwright requires an object pattern here even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-shell-'))
    const userData = join(root, 'user-data')
    const workDir = join(root, 'work')
    mkdirSync(workDir)
    const running: ElectronApplication[] = []
    try {
      await use({
        userData,
        workDir,
        file(name, content) {
          const path = join(workDir, name)
          writeFileSync(path, content)
          return path
        },
        async launch(files = []) {
          const electronApp = await launchDossier(userData, files)
          running.push(electronApp)
          return { electronApp, page: await electronApp.firstWindow() }
        },
      })
    } finally {
      for (const electronApp of running) await electronApp.close().catch(() => undefined)
      // Retries: on Windows Electron's helper processes can hold the user-data folder a moment after it quits.
      rmSync(root, { recursive: true, force: true, maxRetries: 5 })
    }
  },
})

export { expect } from '@playwright/test'
