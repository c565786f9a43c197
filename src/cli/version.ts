import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Dossier's version, from package.json. It is read when asked for, not bundled: the layers keep
 * package.json out of app code. This file runs from src/cli (tests) or out/main (built), both two
 * folders below package.json.
 */
export function dossierVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}
