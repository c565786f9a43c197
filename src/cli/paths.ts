import { homedir } from 'node:os'
import { join } from 'node:path'

/** The desktop app's user-data folder (Electron's userData for "Dossier"), where its settings are. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(env.HOME || homedir(), 'Library', 'Application Support', 'Dossier')
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Dossier')
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Dossier')
}

/**
 * The library the desktop app uses: the folder chosen in its Settings → Library location (its
 * settings file), else its user-data folder. The settings reader is loaded here, when a command
 * opens the library: its schema library alone costs `dossier --version` more than the rest of it.
 */
export async function defaultStoreDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): Promise<string> {
  const { libraryFolder } = await import('../main/services/settings/settings')
  return libraryFolder(appDataDir(env, platform))
}
