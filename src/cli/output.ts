/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(text: string): void
  err(text: string): void
  /** All of standard input (score-claims reads sentences from it). */
  readStdin?(): Promise<string>
}

/** Prints one JSON document, or JSONL when there are several inputs. */
export function printJson(io: Io, records: unknown[], single: boolean): void {
  if (single) io.out(JSON.stringify(records[0], null, 2) + '\n')
  else for (const r of records) io.out(JSON.stringify(r) + '\n')
}

/**
 * One turn of the event loop between files, as the app's folder import takes: without it a long
 * batch runs as one task, and what each file left behind (jsdom's windows, pending cleanups) is
 * only freed when the whole batch ends.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
