import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The project's bundled sample article (a copy of the one in ../shared/data/samples). */
export const SAMPLE_PATH = resolve(__dirname, '../../resources/samples/kim-putin-vostochny-scraped.txt')
export const SAMPLE_TITLE =
  'North Korea’s Kim and Russia’s Putin meet at Vostochny Cosmodrome after ballistic missiles fired'

/** A temporary folder for one test, and a function that removes it. */
export function tempDir(prefix = 'dossier-test-'): { dir: string; file(name: string, content: string | Uint8Array): string; cleanup(): void } {
  // Its real path: macOS's temp folder is under /var, a link to /private/var, and SQLite names a store by
  // its real path, so a test comparing the two would fail there only.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  return {
    dir,
    file(name, content) {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    // Retries: on Windows a file a process has only just closed can refuse removal for a moment.
    cleanup: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }),
  }
}
