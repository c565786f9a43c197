import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COMMAND_CHANNEL } from '../shared/ipc/contract'
import { accelerator } from '../shared/shortcuts'

const sent: unknown[][] = []
const opened: string[] = []

// The menu as a template: buildFromTemplate hands it back, so the test reads what Electron would build.
vi.mock('electron', () => ({
  app: { isPackaged: false },
  BrowserWindow: {
    getFocusedWindow: () => ({ webContents: { send: (...args: unknown[]) => sent.push(args) } }),
    getAllWindows: () => [],
  },
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  shell: { openPath: async (path: string) => void opened.push(path) },
}))

const { buildMenu } = await import('./menu')

type Item = MenuItemConstructorOptions
const platform = process.platform

function menuOn(os: NodeJS.Platform): Item[] {
  Object.defineProperty(process, 'platform', { value: os })
  return buildMenu({ libraryFolder: () => '/data/Dossier library' }) as unknown as Item[]
}
const submenu = (menu: Item[], match: (top: Item) => boolean) => (menu.find(match)?.submenu ?? []) as Item[]
const byLabel = (items: Item[], label: string) => items.find((i) => i.label === label)

beforeEach(() => {
  sent.length = 0
  opened.length = 0
})
afterEach(() => Object.defineProperty(process, 'platform', { value: platform }))

describe('the application menu', () => {
  it('puts Settings in File and About in Help on Windows and Linux, with the shortcuts table’s accelerators', () => {
    for (const os of ['win32', 'linux'] as const) {
      const menu = menuOn(os)
      const file = submenu(menu, (m) => m.label === 'File')
      const help = submenu(menu, (m) => m.role === 'help')
      expect(byLabel(file, 'Import…')?.accelerator).toBe(accelerator('import'))
      expect(byLabel(file, 'Settings…')?.accelerator).toBe(accelerator('settings'))
      expect(byLabel(help, 'About Dossier')).toBeTruthy()
      expect(menu.some((m) => m.role === 'appMenu')).toBe(false)
    }
  })

  it('puts About and Settings in the app menu on macOS, and nowhere else', () => {
    const menu = menuOn('darwin')
    const appMenu = submenu(menu, (m) => m.role === 'appMenu')
    expect(appMenu.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'About Dossier',
      'separator',
      'Settings…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ])
    expect(
      byLabel(
        submenu(menu, (m) => m.label === 'File'),
        'Settings…',
      ),
    ).toBeUndefined()
    expect(
      byLabel(
        submenu(menu, (m) => m.role === 'help'),
        'About Dossier',
      ),
    ).toBeUndefined()
  })

  it('sends About and Settings to the window, and opens the library folder where it is now', () => {
    const menu = menuOn('linux')
    const help = submenu(menu, (m) => m.role === 'help')
    const click = (item: Item | undefined) => (item?.click as () => void)()
    click(byLabel(help, 'About Dossier'))
    click(
      byLabel(
        submenu(menu, (m) => m.label === 'File'),
        'Settings…',
      ),
    )
    expect(sent).toEqual([
      [COMMAND_CHANNEL, 'about'],
      [COMMAND_CHANNEL, 'settings'],
    ])
    click(byLabel(help, 'Where Dossier Keeps Your Library'))
    expect(opened).toEqual(['/data/Dossier library'])
  })
})
