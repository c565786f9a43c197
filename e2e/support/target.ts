import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export type E2eTarget = 'electron' | 'web'

/** Whether the Electron binary is installed (its download cannot happen on every machine). */
export function electronBinaryPresent(): boolean {
  try {
    const pkg = dirname(require.resolve('electron/package.json'))
    const relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim()
    return existsSync(join(pkg, 'dist', relative))
  } catch {
    return false
  }
}

export function chooseTarget(env: NodeJS.ProcessEnv = process.env): E2eTarget {
  const asked = env.DOSSIER_E2E_TARGET
  if (asked === 'electron' || asked === 'web') return asked
  return electronBinaryPresent() ? 'electron' : 'web'
}
