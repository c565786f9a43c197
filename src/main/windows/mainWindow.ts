import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, nativeTheme } from 'electron'
import { hardenWebContents } from '../security/policy'
import { isAppUrl, type AppLocation } from '../security/trustedUrl'

/**
 * Where the renderer is loaded from: the dev server while developing, else the built file. A
 * packaged app ignores ELECTRON_RENDERER_URL: anyone who can set an environment variable must
 * not be able to make it load and trust a page of their choosing.
 */
export function rendererLocation(): AppLocation {
  return {
    fileIndex: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
    devServer: process.env.ELECTRON_RENDERER_URL,
    isDev: !app.isPackaged,
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
      // With no dictionary URL set, Chromium's spellchecker downloads Hunspell dictionaries on
      // Windows and Linux: a network request Dossier promises never to make.
      spellcheck: false,
    },
  })
  hardenWebContents(window.webContents, isRendererUrl)
  window.once('ready-to-show', () => window.show())
  const location = rendererLocation()
  if (location.isDev && location.devServer) void window.loadURL(location.devServer)
  else void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}
