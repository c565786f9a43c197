import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { COMMAND_CHANNEL, type Command } from '../shared/ipc/contract'
import { accelerator } from '../shared/shortcuts'

function send(command: Command): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(COMMAND_CHANNEL, command)
}

/**
 * A menu item for keys the page handles itself (so they work the same without the menu): the
 * menu shows the keys but does not take them.
 */
function pageKeys(
  label: string,
  command: Command & Parameters<typeof accelerator>[0],
): MenuItemConstructorOptions {
  return { label, accelerator: accelerator(command), registerAccelerator: false, click: () => send(command) }
}

export interface MenuOptions {
  /** The folder holding the library now (it can be moved in Settings). */
  libraryFolder(): string
}

const about: MenuItemConstructorOptions = { label: 'About Dossier', click: () => send('about') }
const settings: MenuItemConstructorOptions = {
  label: 'Settings…',
  accelerator: accelerator('settings'),
  click: () => send('settings'),
}

/** macOS's application menu, with Dossier's own About and Settings in their usual places. */
const macAppMenu: MenuItemConstructorOptions = {
  role: 'appMenu',
  submenu: [
    about,
    { type: 'separator' },
    settings,
    { type: 'separator' },
    { role: 'services' },
    { type: 'separator' },
    { role: 'hide' },
    { role: 'hideOthers' },
    { role: 'unhide' },
    { type: 'separator' },
    { role: 'quit' },
  ],
}

/** The application menu. Actions that belong to the page are sent to it as commands. */
export function buildMenu(options: MenuOptions): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [macAppMenu] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: accelerator('import'), click: () => send('import') },
        { label: 'Import Folder…', accelerator: accelerator('import-folder'), click: () => send('import-folder') },
        {
          label: 'Import Annotations…',
          accelerator: accelerator('import-annotations'),
          click: () => send('import-annotations'),
        },
        {
          label: 'Unplaced Annotations…',
          accelerator: accelerator('unplaced-annotations'),
          click: () => send('unplaced-annotations'),
        },
        { type: 'separator' },
        { label: 'Export…', accelerator: accelerator('export'), click: () => send('export') },
        { label: 'Export Notes as Markdown…', accelerator: accelerator('export-md'), click: () => send('export-md') },
        { label: 'Export Notes as JSON…', accelerator: accelerator('export-json'), click: () => send('export-json') },
        { type: 'separator' },
        ...(isMac ? [] : [settings, { type: 'separator' as const }]),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // The page sees the keys first: outside a text field Ctrl/Cmd+Z undoes the last change
        // (an annotation, case, code, tag, verdict or deleted article) and Ctrl/Cmd+Shift+Z (or
        // Ctrl+Y) redoes it, and the event stops there; inside one, the native undo and redo
        // below edit the text. The two items after them reach that history from the menu,
        // wherever the focus is.
        { role: 'undo' },
        { role: 'redo' },
        { label: 'Undo Change', click: () => send('undo') },
        { label: 'Redo Change', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        pageKeys('Find in Article…', 'find'),
        pageKeys('Find Next', 'find-next'),
        pageKeys('Find Previous', 'find-previous'),
        pageKeys('Find in Library…', 'search-library'),
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Reload Library', accelerator: accelerator('refresh'), click: () => send('refresh') },
        { type: 'separator' },
        pageKeys('Show or Hide Library', 'toggle-library'),
        pageKeys('Show or Hide Side Pane', 'toggle-side'),
        pageKeys('Focus Mode', 'focus-mode'),
        pageKeys('Command Palette…', 'palette'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        pageKeys('Keyboard Shortcuts', 'shortcuts'),
        {
          label: 'Where Dossier Keeps Your Library',
          click: () => void shell.openPath(options.libraryFolder()),
        },
        ...(isMac ? [] : [{ type: 'separator' as const }, about]),
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
