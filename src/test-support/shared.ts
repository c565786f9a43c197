/**
 * The evaluation and conformance data in ../shared, beside the repository (locally and in CI).
 * It is never copied into the repository. A suite that needs it fails when it is missing rather
 * than skipping: CI always has it, so a missing folder is a broken checkout, not a reason to pass.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SHARED_DIR = resolve(__dirname, '../../../shared')

/** The path of a file or folder in ../shared; throws when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts)
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the tests read ../shared beside the repository (see docs/architecture.md).`)
  }
  return path
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8')
}
