import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { COMMAND_CHANNEL, EVENT_CHANNEL, type AppEvent } from '../shared/ipc/contract'
import { createHandlers, type Dialogs } from './ipc/handlers'
import { registerHandlers } from './ipc/register'
import { buildMenu } from './menu'
import { hardenSession } from './security/policy'
import { importFile } from './services/articles/imports'
import { SUPPORTED_EXTENSIONS } from './services/importers'
import { INTERCHANGE_EXTENSIONS } from './services/interchange/refiQda/importInterchange'
import { openLibrary, type Library } from './services/library'
import { createMainWindow, isRendererUrl } from './windows/mainWindow'
import { STORE_FILE } from './services/store/db'
import { createBackgroundPool, type BackgroundPool } from './workers/backgroundPool'
import { startCheckpointer, type Checkpointer } from './workers/checkpointer'

// Tests and power users may point Dossier at another library folder.
if (process.env.DOSSIER_USER_DATA) app.setPath('userData', resolve(process.env.DOSSIER_USER_DATA))

let library: Library | null = null
let background: BackgroundPool | null = null
let checkpointer: Checkpointer | null = null
let mainWindow: BrowserWindow | null = null

const samplePath = app.isPackaged
  ? join(process.resourcesPath, 'samples', 'kim-putin-vostochny-scraped.txt')
  : join(app.getAppPath(), 'resources', 'samples', 'kim-putin-vostochny-scraped.txt')

const dialogs: Dialogs = {
  async chooseImportFiles() {
    const options: Electron.OpenDialogOptions = {
      title: 'Import articles',
      properties: ['openFile', 'multiSelections'],
      filters: [
        {
          name: 'Articles, REFI-QDA projects and codebooks',
          extensions: [...SUPPORTED_EXTENSIONS, ...INTERCHANGE_EXTENSIONS].map((e) => e.replace(/^\./, '')),
        },
        { name: 'Dossier backups', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  },
  async chooseImportFolder() {
    const options: Electron.OpenDialogOptions = { title: 'Import a folder of articles', properties: ['openDirectory'] }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
  },
  async chooseExportPath(defaultName, filter) {
    const options: Electron.SaveDialogOptions = {
      title: 'Export',
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [{ name: filter.name, extensions: [filter.extension] }],
    }
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  async chooseAnnotationFile() {
    const options: Electron.OpenDialogOptions = {
      title: 'Import annotations',
      properties: ['openFile'],
      filters: [
        { name: 'W3C Web Annotations or Hypothesis export', extensions: ['jsonld', 'json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
  },
  async chooseExportFolder() {
    const options: Electron.OpenDialogOptions = {
      title: 'Export notes into a folder (an Obsidian vault or a folder in it)',
      buttonLabel: 'Export Here',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
  },
}

/** Files named on a command line (a second launch, "Open with…") that Dossier can import. */
function importableArgs(argv: string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-'))
    .map((a) => resolve(cwd, a))
    .filter((p) => {
      const extension = extname(p).toLowerCase()
      const importable = SUPPORTED_EXTENSIONS.includes(extension) || INTERCHANGE_EXTENSIONS.includes(extension)
      return importable && existsSync(p) && statSync(p).isFile()
    })
}

async function importFromArgs(argv: string[], cwd: string): Promise<void> {
  const files = importableArgs(argv, cwd)
  if (!library || files.length === 0) return
  for (const file of files) await importFile(library, file)
  mainWindow?.webContents.send(COMMAND_CHANNEL, 'refresh')
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
    void importFromArgs(argv, cwd)
  })

  app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    // One worker per core: a folder import reads that many files at once. Workers start as work needs them.
    background = createBackgroundPool({ script: join(__dirname, 'background.worker.js'), size: availableParallelism() })
    library = openLibrary(app.getPath('userData'), {
      parallelism: background.size,
      checkpoints: 'elsewhere',
      extract: background.extract,
      analyze: background.analyze,
      hash: background.sha256,
      readOriginal: background.original,
    })
    checkpointer = startCheckpointer({
      script: join(__dirname, 'checkpoint.worker.js'),
      path: join(app.getPath('userData'), STORE_FILE),
    })
    const notify = (event: AppEvent) => mainWindow?.webContents.send(EVENT_CHANNEL, event)
    registerHandlers(createHandlers({ library, dialogs, samplePath, notify }), isRendererUrl)
    Menu.setApplicationMenu(buildMenu())
    mainWindow = createMainWindow()
    mainWindow.on('closed', () => (mainWindow = null))
    mainWindow.webContents.once('did-finish-load', () => void importFromArgs(process.argv, process.cwd()))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('will-quit', () => {
    void checkpointer?.close()
    library?.db.close()
    library = null
    void background?.close()
  })
}
