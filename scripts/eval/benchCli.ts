/**
 * CLI start-up: the median wall time of spawning `node bin/dossier.js --version` (the built CLI),
 * beside `node -e 0` spawned the same way in the same run, the floor any Node program pays.
 * Needs the build (npm run build); without it the figure is left out and said so.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { round } from './timing'

export interface CliBench {
  version: { ms: number; runs: number; baseline: { nodeEmpty: { ms: number } } }
}

const RUNS = 9
const ROOT = join(__dirname, '..', '..')

function medianSpawnMs(args: string[]): number {
  const ms: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
    ms.push(performance.now() - started)
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`)
  }
  return ms.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

export function benchCli(log: (line: string) => void): CliBench | null {
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js'))) {
    log('cli start-up: skipped, the CLI is not built (npm run build)')
    return null
  }
  const version = medianSpawnMs([join('bin', 'dossier.js'), '--version'])
  const empty = medianSpawnMs(['-e', '0'])
  log(
    `cli start-up: dossier --version median ${version.toFixed(0)} ms; node -e 0 median ${empty.toFixed(0)} ms (${RUNS} spawns each)`,
  )
  return { version: { ms: round(version), runs: RUNS, baseline: { nodeEmpty: { ms: round(empty) } } } }
}
