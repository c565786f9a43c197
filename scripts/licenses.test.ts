import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { collectLicenses } from './licenses'

const roots: string[] = []
afterEach(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A project folder whose node_modules holds the given packages (path → manifest). */
function project(manifest: object, packages: Record<string, object>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-licenses-'))
  roots.push(root)
  writeFileSync(join(root, 'package.json'), JSON.stringify(manifest))
  for (const [path, pkg] of Object.entries(packages)) {
    mkdirSync(join(root, path), { recursive: true })
    writeFileSync(join(root, path, 'package.json'), JSON.stringify(pkg))
  }
  return root
}

describe('collectLicenses', () => {
  it('follows production dependencies through nested and hoisted copies, never dev dependencies', () => {
    const root = project(
      { dependencies: { a: '1', b: '1' }, devDependencies: { vitest: '1' } },
      {
        'node_modules/a': { name: 'a', version: '1.0.0', license: 'MIT', dependencies: { c: '2' } },
        'node_modules/a/node_modules/c': { name: 'c', version: '2.0.0', license: 'ISC' },
        'node_modules/b': {
          name: 'b',
          version: '1.0.0',
          licenses: [{ type: 'BSD-2-Clause' }],
          dependencies: { c: '1' },
        },
        'node_modules/c': { name: 'c', version: '1.0.0', license: { type: 'Apache-2.0' } },
        'node_modules/vitest': { name: 'vitest', version: '9.0.0', license: 'MIT' },
      },
    )
    expect(collectLicenses(root)).toEqual([
      { name: 'a', version: '1.0.0', license: 'MIT' },
      { name: 'b', version: '1.0.0', license: 'BSD-2-Clause' },
      { name: 'c', version: '1.0.0', license: 'Apache-2.0' },
      { name: 'c', version: '2.0.0', license: 'ISC' },
    ])
  })

  it('lists extra packages without their dependencies, skips missing optional ones and names a missing required one', () => {
    const root = project(
      { dependencies: { a: '1' }, optionalDependencies: { gone: '1' } },
      {
        'node_modules/a': { name: 'a', version: '1.0.0', license: 'MIT' },
        'node_modules/electron': {
          name: 'electron',
          version: '45.0.0',
          license: 'MIT',
          dependencies: { get: '1' },
        },
      },
    )
    expect(collectLicenses(root, ['electron']).map((e) => e.name)).toEqual(['a', 'electron'])
    const broken = project({ dependencies: { missing: '1' } }, {})
    expect(() => collectLicenses(broken)).toThrow(/missing \(needed by .*\) is not installed/)
  })

  it("covers every production dependency of Dossier's own package.json", () => {
    const root = resolve(__dirname, '..')
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const names = new Set(collectLicenses(root).map((e) => e.name))
    for (const dependency of Object.keys(pkg.dependencies)) expect(names).toContain(dependency)
    expect(names).not.toContain('vitest')
  })
})
