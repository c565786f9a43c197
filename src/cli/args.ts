import { parseArgs } from 'node:util'

/** A mistake in how the command was called: exits 2 with the usage text. */
export class UsageError extends Error {}

const OPTIONS = {
  store: { type: 'string' },
  json: { type: 'boolean' },
  plain: { type: 'boolean' },
  quote: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  color: { type: 'string' },
  all: { type: 'boolean' },
  case: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const

export type Values = ReturnType<typeof parse>['values']

export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function requireFiles(files: string[], command: string): void {
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE`)
}
