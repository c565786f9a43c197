// Lists the licence of every library the installed app carries: the production dependencies of
// package.json and everything they depend on, read from node_modules, plus Electron itself.
// `npm run build` writes the list to out/licenses.json, which the app packs and the About dialog shows.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export interface LicenseEntry {
  name: string
  version: string
  license: string
}

interface Manifest {
  name?: string
  version?: string
  license?: string | { type?: string }
  licenses?: Array<{ type?: string }>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))

/** The folder Node would load `name` from when required from `fromDir`, or null when it is not installed. */
function findPackage(name: string, fromDir: string, root: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === root || dirname(dir) === dir) return null
  }
}

/** The SPDX expression a manifest declares; older packages use a `licenses` array. */
function licenseOf(manifest: Manifest): string {
  if (typeof manifest.license === 'string') return manifest.license
  if (manifest.license?.type) return manifest.license.type
  const types = (manifest.licenses ?? []).map((l) => l.type).filter(Boolean)
  return types.length > 0 ? types.join(' OR ') : 'UNKNOWN'
}

/**
 * Every package reachable from the project's `dependencies` (optional ones only when installed),
 * plus `extra` (packages the installer carries that are not dependencies, such as Electron,
 * without their own dependencies),
 * sorted by name and version, each once.
 */
export function collectLicenses(root: string, extra: string[] = []): LicenseEntry[] {
  const found = new Map<string, LicenseEntry>()
  // `extra` packages are listed alone: the installer carries Electron's binary, not its npm dependencies.
  const pending: Array<{ name: string; from: string; optional: boolean; alone?: boolean }> = []
  const queue = (manifest: Manifest, from: string) => {
    for (const name of Object.keys(manifest.dependencies ?? {})) pending.push({ name, from, optional: false })
    for (const name of Object.keys(manifest.optionalDependencies ?? {}))
      pending.push({ name, from, optional: true })
  }
  queue(readManifest(root), root)
  for (const name of extra) pending.push({ name, from: root, optional: false, alone: true })
  while (pending.length > 0) {
    const { name, from, optional, alone } = pending.pop()!
    const dir = findPackage(name, from, root)
    if (!dir) {
      if (optional) continue
      throw new Error(`licenses: ${name} (needed by ${from}) is not installed; run npm ci first.`)
    }
    const manifest = readManifest(dir)
    const key = `${name}@${manifest.version}`
    if (found.has(key)) continue
    found.set(key, { name, version: manifest.version ?? '', license: licenseOf(manifest) })
    if (!alone) queue(manifest, dir)
  }
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  )
}

if (require.main === module) {
  const root = resolve(__dirname, '..')
  const out = join(root, 'out', 'licenses.json')
  const entries = collectLicenses(root, ['electron'])
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`)
  console.log(`licenses: ${entries.length} libraries → ${out}`)
}
