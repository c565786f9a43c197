import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, session } from 'electron'
import type { PrintPdf } from '../services/exporters/report/pdf'

/** A session of its own for printing: nothing shared with the app's window, every permission refused. */
function printSession(): Electron.Session {
  const printing = session.fromPartition('dossier-print')
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  printing.setPermissionCheckHandler(() => false)
  return printing
}

/**
 * Prints a report with Electron's own Chromium (webContents.printToPDF), so the desktop app needs no browser installed.
 * The report is self-contained HTML with no script; it loads from a private temp file into a hidden window that runs
 * no JavaScript, cannot navigate or open windows, and is destroyed afterwards.
 */
export function electronPrinter(): PrintPdf {
  return async (html) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'))
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printSession(),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
      },
    })
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    window.webContents.on('will-navigate', (event) => event.preventDefault())
    try {
      const page = join(dir, 'report.html')
      writeFileSync(page, html)
      await window.loadFile(page)
      const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
      return new Uint8Array(pdf)
    } finally {
      window.destroy()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
