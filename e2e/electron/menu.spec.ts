// The native application menu: its items, the accelerators the shortcuts table gives them, and
// items that reach the page.
import { accelerator } from '../../src/shared/shortcuts'
import { AppDialogs } from '../models/AppDialogs'
import { expect, test } from './fixtures'

interface MenuEntry {
  label: string
  accelerator: string | null
}

test('the menus hold the app’s commands with the accelerators of the shortcuts table', async ({ shell }) => {
  const { electronApp } = await shell.launch()
  const { platform, menus } = await electronApp.evaluate(({ Menu }) => ({
    platform: process.platform,
    menus: Menu.getApplicationMenu()!.items.map((top) => ({
      label: top.label,
      items: (top.submenu?.items ?? []).map((item) => ({
        label: item.label,
        accelerator: item.accelerator ?? null,
      })),
    })),
  }))
  const menu = (label: string) => menus.find((m) => m.label === label)?.items ?? []
  const item = (items: MenuEntry[], label: string) => items.find((i) => i.label === label)
  expect(menus.map((m) => m.label)).toEqual(
    expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']),
  )
  expect(item(menu('File'), 'Import…')?.accelerator).toBe(accelerator('import'))
  expect(item(menu('File'), 'Import Folder…')?.accelerator).toBe(accelerator('import-folder'))
  expect(item(menu('File'), 'Export…')?.accelerator).toBe(accelerator('export'))
  expect(item(menu('View'), 'Reload Library')?.accelerator).toBe(accelerator('refresh'))
  expect(item(menu('Edit'), 'Find in Article…')?.accelerator).toBe(accelerator('find'))
  // About and Settings sit where each OS puts them.
  const appMenu = platform === 'darwin' ? menus[0].items : [...menu('File'), ...menu('Help')]
  expect(item(appMenu, 'Settings…')?.accelerator).toBe(accelerator('settings'))
  expect(item(appMenu, 'About Dossier')).toBeTruthy()
})

test('choosing a menu item runs it in the window: Help → About Dossier, then Settings', async ({ shell }) => {
  const { electronApp, page } = await shell.launch()
  const click = (label: string) =>
    electronApp.evaluate(({ Menu }, wanted) => {
      const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
        for (const item of items) {
          if (item.label === wanted) return item
          const inner = item.submenu && find(item.submenu.items)
          if (inner) return inner
        }
        return undefined
      }
      const item = find(Menu.getApplicationMenu()!.items)
      if (!item) throw new Error(`no menu item “${wanted}”`)
      item.click()
    }, label)
  const dialogs = new AppDialogs(page)
  await click('About Dossier')
  await expect(dialogs.about()).toBeVisible()
  await expect(dialogs.aboutFact('Library folder')).toHaveText(shell.userData)
  await page.keyboard.press('Escape')
  await click('Settings…')
  await expect(dialogs.libraryFolder()).toHaveText(shell.userData)
})
