import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A fake `chromium` command in `dir` that runs the Node script `script` (its arguments in `process.argv.slice(2)`),
 * made the way this platform runs commands: a script with a `#!` line and the execute bit, or on Windows a
 * `chromium.cmd` that hands its arguments to Node. Returns the command's path.
 */
export function fakeChromium(dir: string, script: string): string {
  mkdirSync(dir, { recursive: true })
  if (process.platform === 'win32') {
    writeFileSync(join(dir, 'chromium.js'), script)
    const command = join(dir, 'chromium.cmd')
    writeFileSync(command, `@"${process.execPath}" "%~dp0chromium.js" %*\r\n`)
    return command
  }
  const command = join(dir, 'chromium')
  writeFileSync(command, `#!${process.execPath}\n${script}\n`)
  chmodSync(command, 0o755)
  return command
}

/** A fake Chromium's script that prints like the real one: the page it is given, as the "PDF" it is asked for. */
export const PRINTING_CHROMIUM = `
const { readFileSync, writeFileSync } = require('node:fs')
const { fileURLToPath } = require('node:url')
const args = process.argv.slice(2)
const pdf = args.find((arg) => arg.startsWith('--print-to-pdf=')).slice('--print-to-pdf='.length)
const page = args.find((arg) => arg.startsWith('file:'))
writeFileSync(pdf, '%PDF-fake ' + JSON.stringify(args) + ' ' + readFileSync(fileURLToPath(page), 'utf8'))
`
