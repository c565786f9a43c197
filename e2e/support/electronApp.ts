import { resolve } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'

/** The built app's main script, as `npm start` and the installers run it. */
export const MAIN_SCRIPT = resolve(__dirname, '../../out/main/index.js')

/** Starts the built app on the real Electron with its own user-data folder; `files` are its command line's files. */
export function launchDossier(userData: string, files: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    args: [MAIN_SCRIPT, ...files],
    env: { ...process.env, DOSSIER_USER_DATA: userData } as Record<string, string>,
  })
}
