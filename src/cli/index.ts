import { dropPdfJsRejections } from '../main/workers/pdfJsRejections'
import { run } from './main'

// The CLI owns its process and reads PDFs in it: pdf.js's stray rejections on damaged files must not end it.
dropPdfJsRejections()

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`dossier: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 1
  },
)
