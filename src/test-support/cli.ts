import { requireArticle } from '../main/services/articles/read'
import { listCases } from '../main/services/cases'
import type { Case } from '../shared/model/case'
import { openLibrary } from '../main/services/library'

export interface CliResult {
  code: number
  out: string
  err: string
}

type Run = (argv: string[], io: { out(t: string): void; err(t: string): void }, env: NodeJS.ProcessEnv) => Promise<number>

/** The `dossier` command, run in this process through the CLI's `run`, collecting what it prints. */
export function cliRunner(run: Run): (...argv: string[]) => Promise<CliResult> {
  return async (...argv) => {
    let out = ''
    let err = ''
    const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, {})
    return { code, out, err }
  }
}

/** The objects of JSONL output, one per line. */
export const jsonLines = (out: string): Record<string, unknown>[] =>
  out.trimEnd() ? out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : []

/** Reads a store the CLI wrote: an article's stored text, and the cases. */
export function inStore<T>(store: string, read: (lookups: { text(id: string): string; cases(): Case[] }) => T): T {
  const library = openLibrary(store)
  try {
    return read({ text: (id) => requireArticle(library.db, id).text, cases: () => listCases(library.db) })
  } finally {
    library.db.close()
  }
}
