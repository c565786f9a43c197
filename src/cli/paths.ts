import { homedir } from 'node:os'
import { join } from 'node:path'

/** The folder the desktop app keeps its library in (Electron's userData for "Dossier"). */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dossier')
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Dossier')
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Dossier')
}
