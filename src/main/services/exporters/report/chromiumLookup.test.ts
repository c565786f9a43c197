import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../../test-support/tempDir'
import { findChromium, macApplicationFolders } from './chromiumLookup'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('dossier-chromium-')
})
afterEach(() => tmp.cleanup())

/** Puts a file at `relative` under the test's folder (runnable unless `mode` says otherwise) and returns its path. */
function place(relative: string, mode = 0o755): string {
  const path = join(tmp.dir, relative)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, '')
  chmodSync(path, mode)
  return path
}

const at = (relative: string) => join(tmp.dir, relative)

describe('findChromium on Windows', () => {
  const windows = (env: NodeJS.ProcessEnv) => findChromium({ platform: 'win32', env })
  const installs = () => ({
    ProgramFiles: at('pf'),
    'ProgramFiles(x86)': at('pf86'),
    LOCALAPPDATA: at('local'),
  })

  it('finds the commands on PATH by the extensions of PATHEXT, never a file without one', () => {
    place('a/chromium')
    place('a/chrome.bat')
    const edge = place('b/msedge.exe')
    expect(windows({ PATH: `${at('a')};${at('b')}`, PATHEXT: '.COM;.EXE' })).toBe(edge)
    // Without PATHEXT, Windows' own default list, which has .BAT.
    expect(windows({ PATH: `${at('a')};${at('b')}` })).toBe(join(at('a'), 'chrome.bat'))
    expect(windows({ PATH: at('a'), PATHEXT: '.EXE' })).toBeNull()
    // A quoted entry is the folder inside the quotes.
    expect(windows({ PATH: `"${at('b')}"`, PATHEXT: '.EXE' })).toBe(edge)
  })

  it('finds Chrome, Chromium or Edge where their installers put them, Chrome first and Edge last', () => {
    const edge = place('pf86/Microsoft/Edge/Application/msedge.exe')
    expect(windows({ PATH: at('empty'), ...installs() })).toBe(edge)
    const chromium = place('local/Chromium/Application/chrome.exe')
    expect(windows({ PATH: at('empty'), ...installs() })).toBe(chromium)
    const perUser = place('local/Google/Chrome/Application/chrome.exe')
    expect(windows({ PATH: at('empty'), ...installs() })).toBe(perUser)
    const chrome = place('pf/Google/Chrome/Application/chrome.exe')
    expect(windows({ PATH: at('empty'), ...installs() })).toBe(chrome)
    // A browser on PATH is the one the user chose.
    const onPath = place('bin/chrome.exe')
    expect(windows({ PATH: at('bin'), PATHEXT: '.EXE', ...installs() })).toBe(onPath)
  })

  it('looks in no install folder whose variable is unset', () => {
    place('pf86/Microsoft/Edge/Application/msedge.exe')
    expect(windows({ PATH: at('empty'), ProgramFiles: at('pf') })).toBeNull()
  })
})

// Windows paths hold ':', which separates PATH's folders elsewhere, and Windows has no execute bit to withhold.
describe.skipIf(process.platform === 'win32')('findChromium on Linux and macOS', () => {
  it('finds Chromium on PATH by its usual names, skipping what it cannot run', () => {
    place('a/chromium', 0o644)
    mkdirSync(at('a/chromium-browser'))
    const chrome = place('b/google-chrome')
    expect(findChromium({ platform: 'linux', env: { PATH: `${at('a')}:${at('b')}` } })).toBe(chrome)
    expect(findChromium({ platform: 'linux', env: { PATH: at('a') } })).toBeNull()
  })

  it('finds Chrome, Chromium or Edge among the macOS apps, after PATH', () => {
    const mac = (path: string) =>
      findChromium({
        platform: 'darwin',
        env: { PATH: path },
        applications: [at('system'), at('home/Applications')],
      })
    const edge = place('system/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')
    expect(mac(at('empty'))).toBe(edge)
    const chromium = place('home/Applications/Chromium.app/Contents/MacOS/Chromium')
    expect(mac(at('empty'))).toBe(chromium)
    const chrome = place('home/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(mac(at('empty'))).toBe(chrome)
    expect(mac(at('empty'))).toBe(chrome)
    const onPath = place('bin/chromium')
    expect(mac(at('bin'))).toBe(onPath)
    // Linux has no app folders.
    expect(
      findChromium({ platform: 'linux', env: { PATH: at('empty') }, applications: [at('system')] }),
    ).toBeNull()
  })
})

describe('macApplicationFolders', () => {
  it('is the system Applications folder, then the user’s', () => {
    expect(macApplicationFolders(join('home', 'ann'))).toEqual([
      '/Applications',
      join('home', 'ann', 'Applications'),
    ])
  })
})
