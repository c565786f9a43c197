import { resolve } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'

/**
 * The project folder, started as `electron .` (what `npm start` does): Electron reads its
 * package.json (`main`: out/main/index.js), so the app has its name, version and app path, as
 * installed. Started on the script itself, it would take Electron's version and out/main as its path.
 */
export const APP_DIR = resolve(__dirname, '../..')

/** Starts the built app on the real Electron with its own user-data folder; `files` are its command line's files. */
export function launchDossier(userData: string, files: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    args: [APP_DIR, ...files],
    env: { ...process.env, DOSSIER_USER_DATA: userData } as Record<string, string>,
  })
}
