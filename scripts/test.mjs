// `npm test`: types, lint, unit tests, a build, then the end-to-end tests on the target this
// machine can run (electron when its binary is installed, else web). Stops at the first failure.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function electronBinaryPresent() {
  try {
    const pkg = dirname(require.resolve('electron/package.json'))
    return existsSync(join(pkg, 'dist', readFileSync(join(pkg, 'path.txt'), 'utf8').trim()))
  } catch {
    return false
  }
}

const target = process.env.DOSSIER_E2E_TARGET ?? (electronBinaryPresent() ? 'electron' : 'web')
const env = { ...process.env, DOSSIER_E2E_TARGET: target, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit tests', 'npx', ['vitest', 'run']],
  // The app and the list of the libraries it bundles (About shows it).
  ['build', 'npm', ['run', '--silent', 'build']],
  [`e2e tests (target: ${target}${target === 'web' ? ', the Electron binary is not installed here' : ''})`, 'npx', ['playwright', 'test']],
]

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`)
  // npm and npx are .cmd scripts on Windows, which Node runs only through a shell.
  const { status } = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (status !== 0) {
    console.error(`\n✖ ${name} failed`)
    process.exit(status ?? 1)
  }
}
console.log(`\n✔ all checks passed (e2e target: ${target})`)
