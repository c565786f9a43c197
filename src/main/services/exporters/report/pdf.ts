import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ServiceError } from '../../errors'
import type { ExportWriter } from '../registry'
import { launchOf } from './batchLaunch'
import { chromiumSearchDescription, findChromium, type ChromiumSearch } from './chromiumLookup'
import { reportOf } from './index'

/** Prints a self-contained HTML page to PDF bytes. */
export type PrintPdf = (html: string) => Promise<Uint8Array>

/** How long Chromium may take to print one report before it is stopped (a stuck browser must not hang an export). */
const PRINT_TIMEOUT_MS = 120_000

/**
 * Prints with the system's Chromium in headless mode (the command line and the web build have no Electron). The page
 * is written to a private temp folder with its own browser profile, both removed afterwards.
 */
export function chromiumPrinter(search: ChromiumSearch = {}): PrintPdf {
  return async (html) => {
    const command = findChromium(search)
    if (!command) {
      throw new ServiceError(
        'export-failed',
        `Making a PDF needs Chromium, and none was found ${chromiumSearchDescription(search.platform)}. ` +
          'Install Chromium, or export the report as HTML and print it from a browser.',
      )
    }
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'))
    try {
      const page = join(dir, 'report.html')
      const pdf = join(dir, 'report.pdf')
      writeFileSync(page, html)
      const args = [
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ]
      // Chromium refuses to start as root with its sandbox (as in containers); the page it prints has no script.
      if (process.getuid?.() === 0) args.unshift('--no-sandbox')
      const launch = launchOf(command, args)
      await new Promise<void>((resolve, reject) => {
        const options = {
          timeout: PRINT_TIMEOUT_MS,
          windowsVerbatimArguments: launch.windowsVerbatimArguments,
        }
        execFile(launch.file, launch.args, options, (error, _stdout, stderr) => {
          if (!error) resolve()
          else {
            const why = String(stderr).trim().split(/\r?\n/).pop() || error.message
            reject(
              new ServiceError('export-failed', `Chromium (${command}) could not print the report: ${why}`),
            )
          }
        })
      })
      let bytes: Buffer
      try {
        bytes = readFileSync(pdf)
      } catch {
        throw new ServiceError('export-failed', `Chromium (${command}) finished without writing the PDF.`)
      }
      return new Uint8Array(bytes)
    } finally {
      // On Windows the browser's helper processes can hold the profile for a moment after it exits.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
    }
  }
}

/**
 * Who prints PDFs for the export table: the system's Chromium by default (the command line, the web build), Electron's
 * own printToPDF once the desktop app has started (src/main/windows/pdfPrinter.ts).
 */
let defaultPrinter: PrintPdf = chromiumPrinter()

/** Makes `print` the printer of every later PDF export that names none. */
export function setDefaultPdfPrinter(print: PrintPdf): void {
  defaultPrinter = print
}

/** The PDF export: the HTML report, printed by `print`, else by the default printer of the moment. */
export function pdfWriter(print?: PrintPdf): ExportWriter {
  return {
    format: 'pdf',
    label: 'Report (PDF)',
    extension: 'pdf',
    binary: true,
    write: async (library, selection, options) => {
      const html = await reportOf(library, selection, options)
      return { bytes: await (print ?? defaultPrinter)(html) }
    },
  }
}
