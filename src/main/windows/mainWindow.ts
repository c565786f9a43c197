import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, nativeTheme } from 'electron'
import { hardenWebContents } from '../security/policy'
import { isAppUrl } from '../security/trustedUrl'

/** Where the renderer is loaded from: the dev server while developing, else the built file. */
export function rendererLocation(): { fileIndex: string; devServer?: string } {
  return {
    fileIndex: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
    devServer: process.env.ELECTRON_RENDERER_URL,
  }
}

export function isRendererUrl(url: string): boolean {
  return isAppUrl(url, rendererLocation())
}

/** The one window factory: every Dossier window is created here, hardened the same way. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Dossier',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#fbfaf7',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  hardenWebContents(window.webContents, isRendererUrl)
  window.once('ready-to-show', () => window.show())
  const location = rendererLocation()
  if (location.devServer) void window.loadURL(location.devServer)
  else void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}
