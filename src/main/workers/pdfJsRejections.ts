import { fromPdfJs } from '../services/importers/pdfRejections'

const INSTALLED = Symbol.for('dossier.pdfJsRejectionsDropped')

/**
 * Makes this process drop pdf.js's stray rejections on damaged PDFs (see importers/pdfRejections.ts).
 * Called once by the owner of a process that reads PDFs: the import worker, the CLI entry. Any
 * other unhandled rejection still crashes the process, as it does without a listener, unless the
 * process has listeners of its own (a test runner) that decide.
 */
export function dropPdfJsRejections(owner: NodeJS.Process = process): void {
  const marked = owner as NodeJS.Process & { [INSTALLED]?: true }
  if (marked[INSTALLED]) return
  marked[INSTALLED] = true
  owner.on('unhandledRejection', (reason) => {
    if (fromPdfJs(reason)) return
    if (owner.listenerCount('unhandledRejection') === 1) throw reason
  })
}
