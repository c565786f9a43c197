import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_PATH } from '../test-support/tempDir'

/** Which of the heavy packages a fresh process has loaded after running one `dossier` command. */
function heavyPackagesLoadedBy(argv: string[]): string[] {
  const script = `
    const { sep } = require('node:path')
    const { run } = require(${JSON.stringify(join(__dirname, 'main.ts'))})
    run(${JSON.stringify(argv)}, { out: () => {}, err: () => {} }, {}).then(() => {
      // Module paths with / whatever the platform (Windows' have \\), so one pattern reads them all.
      const loaded = Object.keys(require.cache)
        .map((file) => file.split(sep).join('/'))
        .map((file) => /node_modules\\/(jsdom|linkedom|compromise|unpdf|zod|@mozilla\\/readability)\\//.exec(file)?.[1])
        .filter(Boolean)
      process.stdout.write(JSON.stringify([...new Set(loaded)].sort()))
    })`
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' })
  expect(child.status, child.stderr).toBe(0)
  return JSON.parse(child.stdout) as string[]
}

describe('dossier start-up', () => {
  it('answers --version and --help without loading the readers, the analyser, pdf.js or the schema library', () => {
    expect(heavyPackagesLoadedBy(['--version'])).toEqual([])
    expect(heavyPackagesLoadedBy(['--help'])).toEqual([])
    // The same check sees them once a command needs them.
    expect(heavyPackagesLoadedBy(['extract', SAMPLE_PATH])).toEqual(
      expect.arrayContaining(['@mozilla/readability', 'jsdom', 'linkedom']),
    )
  }, 60_000)
})
