import { join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { EVENT_CHANNEL, type AppEvent } from '../shared/ipc/contract'
import type { ImportResult } from '../shared/model/import'
import type { AppDeps } from './ipc/appHandlers'
import { createHandlers, type Dialogs } from './ipc/handlers'
import { registerHandlers } from './ipc/register'
import { createFileOpener, filesToImport, isImportableFile } from './app/openFiles'
import { sampleArticlePath } from './app/resources'
import { buildMenu } from './menu'
import { hardenSession } from './security/policy'
import { importFile } from './services/articles/imports'
import { storeImport } from './services/articles/storeImport'
import { SUPPORTED_EXTENSIONS } from './services/importers/fileFormat'
import { INTERCHANGE_EXTENSIONS } from './services/interchange/refiQda/importInterchange'
import { openLibrary, type Library } from './services/library'
import { libraryFolder } from './services/settings/settings'
import { createMainWindow, isRendererUrl } from './windows/mainWindow'
import { electronPrinter } from './windows/pdfPrinter'
import { setDefaultPdfPrinter } from './services/exporters/report/pdf'
import { STORE_FILE } from './services/store/db'
import { appPoolSize, createBackgroundPool, type BackgroundPool } from './workers/backgroundPool'
import { startCheckpointer, type Checkpointer } from './workers/checkpointer'
import { startStoreWriter, type StoreWriter } from './workers/storeWriter'

// Tests and power users may point Dossier at another library folder.
if (process.env.DOSSIER_USER_DATA) app.setPath('userData', resolve(process.env.DOSSIER_USER_DATA))

let library: Library | null = null
let background: BackgroundPool | null = null
let checkpointer: Checkpointer | null = null
let storeWriter: StoreWriter | null = null
let mainWindow: BrowserWindow | null = null

const samplePath = sampleArticlePath({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appPath: app.getAppPath(),
})

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

/** What files the OS asked to open became, until the window takes them (`app:takeOpenedFiles`). */
const openedResults: ImportResult[] = []

/** The window, shown and focused, made again if it was closed (macOS keeps running without one). */
function showWindow(): BrowserWindow {
  if (!mainWindow) {
    mainWindow = createMainWindow()
    mainWindow.on('closed', () => (mainWindow = null))
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  return mainWindow
}

// Files the OS asks Dossier to open are imported into this (the one) running instance, then the
// window shows what they became and opens the article.
const fileOpener = createFileOpener(
  async (files) => {
    if (!library) return
    for (const file of files) openedResults.push(await importFile(library, file))
    showWindow().webContents.send(EVENT_CHANNEL, { type: 'files-opened' } satisfies AppEvent)
  },
  (error) => console.error('Dossier could not open the files it was given:', error),
)

/** The folder holding the library; a damaged settings file is named, and the default folder used. */
function startingLibraryFolder(configDir: string): string {
  try {
    return libraryFolder(configDir)
  } catch (error) {
    dialog.showErrorBox('Dossier’s settings', `${(error as Error).message} Dossier uses the library in “${configDir}”.`)
    return configDir
  }
}

async function chooseLibraryFolder(current: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Move the library to…',
    buttonLabel: 'Move Here',
    defaultPath: current,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
}

if (!app.requestSingleInstanceLock()) {
  // Another Dossier runs: it receives this launch's files through 'second-instance'.
  app.quit()
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (app.isReady()) showWindow()
    fileOpener.open(filesToImport(argv, { cwd, defaultApp: Boolean(process.defaultApp) }))
  })

  // macOS hands files over as events, the first ones before 'ready' when a double-click starts Dossier.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (isImportableFile(path)) fileOpener.open([path])
  })

  app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    // PDF reports print with Electron's own Chromium: the desktop app needs no browser installed.
    setDefaultPdfPrinter(electronPrinter())
    // A worker per core but one (see appPoolSize). Workers start as work needs them.
    background = createBackgroundPool({ script: join(__dirname, 'background.worker.js'), size: appPoolSize() })
    const configDir = app.getPath('userData')
    const libraryDir = startingLibraryFolder(configDir)
    library = openLibrary(libraryDir, {
      parallelism: background.size,
      checkpoints: 'elsewhere',
      extract: background.extract,
      analyze: background.analyze,
      hash: background.sha256,
      readOriginal: background.original,
      // Imports are written on a thread of their own while it runs; on this one after it stops (a moved library).
      storeImport: (input) =>
        storeWriter?.running ? storeWriter.store(input) : Promise.resolve(storeImport(library!.db, input)),
    })
    storeWriter = startStoreWriter({ script: join(__dirname, 'storeWriter.worker.js'), dir: libraryDir })
    checkpointer = startCheckpointer({
      script: join(__dirname, 'checkpoint.worker.js'),
      path: join(libraryDir, STORE_FILE),
    })
    const notify = (event: AppEvent) => mainWindow?.webContents.send(EVENT_CHANNEL, event)
    const appDeps: AppDeps = {
      version: app.getVersion(),
      licensesFile: join(__dirname, '..', 'licenses.json'),
      configDir,
      chooseLibraryFolder,
      takeOpenedFiles: () => openedResults.splice(0),
      releaseStore: async () => {
        await Promise.all([checkpointer?.close(), storeWriter?.close()])
        checkpointer = null
        storeWriter = null
      },
    }
    registerHandlers(createHandlers({ library, dialogs, samplePath, notify, app: appDeps }), isRendererUrl)
    Menu.setApplicationMenu(buildMenu({ libraryFolder: () => startingLibraryFolder(configDir) }))
    showWindow()
    fileOpener.open(filesToImport(process.argv, { cwd: process.cwd(), defaultApp: Boolean(process.defaultApp) }))
    fileOpener.ready()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('will-quit', () => {
    void checkpointer?.close()
    void storeWriter?.close()
    // Everything in the write-ahead log goes into the store file before it closes, so the library
    // folder holds one complete file whenever Dossier is not running.
    if (library) {
      library.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
      library.db.close()
    }
    library = null
    void background?.close()
  })
}
