import { accessSync, constants, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** Where to look for a Chromium-based browser; every field defaults to this machine's. */
export interface ChromiumSearch {
  platform?: NodeJS.Platform
  /** The environment PATH, PATHEXT and (on Windows) the install folders are read from. */
  env?: NodeJS.ProcessEnv
  /** The folders macOS apps are installed in (default: /Applications, then ~/Applications). */
  applications?: string[]
}

/** The names Chromium's command is installed under on Linux and macOS, tried in this order on PATH. */
export const CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** The names on PATH on Windows (each with the extensions of PATHEXT): Chromium, Chrome, Edge. */
export const WINDOWS_CHROMIUM_COMMANDS = ['chromium', 'chrome', 'msedge']

/** The extensions Windows runs commands with when PATHEXT is not set (its own default). */
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD'

/**
 * Where the installers put the browsers on Windows, under each of %ProgramFiles%, %ProgramFiles(x86)% and
 * %LOCALAPPDATA% (a per-user install). Edge comes last: it is on every Windows 10 and later, so it is the fallback.
 */
const WINDOWS_INSTALLS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
]
const WINDOWS_INSTALL_ROOTS = ['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA']

/** The app bundles on macOS and the executable inside each (browsers there are apps, not commands on PATH). */
const MAC_APPS = [
  ['Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'],
  ['Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ['Microsoft Edge.app', 'Contents', 'MacOS', 'Microsoft Edge'],
]

/** The folders macOS apps are installed in: the system's, then the user's. */
export function macApplicationFolders(home = homedir()): string[] {
  return ['/Applications', join(home, 'Applications')]
}

/** A sentence naming where `findChromium` looks on `platform`, for the error when it finds nothing. */
export function chromiumSearchDescription(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32')
    return (
      `on PATH (looked for ${WINDOWS_CHROMIUM_COMMANDS.join(', ')}) or where Chrome, Chromium and Edge install ` +
      'themselves (in Program Files, Program Files (x86) and AppData\\Local)'
    )
  if (platform === 'darwin')
    return (
      `on PATH (looked for ${CHROMIUM_COMMANDS.join(', ')}) or in /Applications and ~/Applications ` +
      `(looked for ${MAC_APPS.map((app) => app[0]).join(', ')})`
    )
  return `on PATH (looked for ${CHROMIUM_COMMANDS.join(', ')})`
}

/**
 * Every place a Chromium-based browser may be, in the order they are tried: the commands on PATH first (a browser the
 * user put there is the one they chose), then the standard install folders of Windows and macOS.
 */
export function chromiumCandidates(search: ChromiumSearch = {}): string[] {
  const platform = search.platform ?? process.platform
  // process.env itself, not a copy: on Windows only it reads PATH and LOCALAPPDATA whatever their case.
  const env = search.env ?? process.env
  const windows = platform === 'win32'
  const path = env.PATH ?? env.Path ?? ''
  // Windows accepts quoted PATH entries; the quotes are not part of the folder.
  const folders = path
    .split(windows ? ';' : ':')
    .map((dir) => (windows ? dir.replace(/^"(.*)"$/, '$1') : dir))
    .filter(Boolean)
  const candidates: string[] = []
  if (windows) {
    // Lower case, so the path found reads like one typed; Windows file names ignore case anyway.
    const extensions = (env.PATHEXT || DEFAULT_PATHEXT)
      .split(';')
      .filter(Boolean)
      .map((ext) => ext.toLowerCase())
    for (const dir of folders)
      for (const name of WINDOWS_CHROMIUM_COMMANDS)
        for (const ext of extensions) candidates.push(join(dir, name + ext))
    for (const install of WINDOWS_INSTALLS)
      for (const root of WINDOWS_INSTALL_ROOTS) {
        const base = env[root]
        if (base) candidates.push(join(base, ...install))
      }
  } else {
    for (const dir of folders) for (const name of CHROMIUM_COMMANDS) candidates.push(join(dir, name))
    if (platform === 'darwin')
      for (const app of MAC_APPS)
        for (const folder of search.applications ?? macApplicationFolders())
          candidates.push(join(folder, ...app))
  }
  return [...new Set(candidates)]
}

/** Whether `path` is a file this platform can run (Windows has no execute permission: a file is enough there). */
function isRunnable(path: string, windows: boolean): boolean {
  try {
    if (!statSync(path).isFile()) return false
    if (!windows) accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first Chromium-based browser found (see `chromiumCandidates`), or null. */
export function findChromium(search: ChromiumSearch = {}): string | null {
  const windows = (search.platform ?? process.platform) === 'win32'
  return chromiumCandidates(search).find((candidate) => isRunnable(candidate, windows)) ?? null
}
