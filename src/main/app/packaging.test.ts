// electron-builder.yml and the CI workflow are only exercised on a release runner; these checks
// make a typo in either fail `npm test` on any machine instead.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { SUPPORTED_EXTENSIONS } from '../services/importers'
import { SAMPLE_ARTICLE, sampleArticlePath } from './resources'

const root = resolve(__dirname, '../../..')
const readYaml = (path: string) => parse(readFileSync(join(root, path), 'utf8'))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

type Target = string | { target: string; arch?: string[] }
const targetNames = (targets: Target[]) => targets.map((t) => (typeof t === 'string' ? t : t.target))

describe('electron-builder.yml', () => {
  const config = readYaml('electron-builder.yml')

  it('names the app and takes its version from package.json', () => {
    expect(config.productName).toBe('Dossier')
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    expect(config.version).toBeUndefined()
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('builds AppImage and deb on Linux, a dmg per Mac architecture, and a per-user NSIS installer', () => {
    expect(targetNames(config.linux.target)).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }])
    expect(targetNames(config.win.target)).toEqual(['nsis'])
    expect(config.nsis.perMachine).toBe(false)
    expect(config.nsis.allowElevation).toBe(false)
    expect(typeof config.nsis.oneClick).toBe('boolean')
  })

  it('draws every icon from one 1024×1024 PNG that exists', () => {
    const icon = join(root, config.icon)
    expect(existsSync(icon)).toBe(true)
    const png = readFileSync(icon)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024])
    for (const os of ['linux', 'mac', 'win']) expect(config[os].icon ?? config.icon).toBe(config.icon)
  })

  it('puts the sample article where the installed app looks for it', () => {
    const entry = config.extraResources.find((e: { from: string }) => e.from === 'resources/samples')
    expect(existsSync(join(root, entry.from, SAMPLE_ARTICLE))).toBe(true)
    const resourcesPath = join('/installed', 'resources')
    expect(sampleArticlePath({ isPackaged: true, resourcesPath, appPath: '' })).toBe(
      join(resourcesPath, entry.to, SAMPLE_ARTICLE),
    )
  })

  it('packs the built app, and Dossier opens every file type it associates itself with', () => {
    expect(config.files).toContain('out/**/*')
    const associated: string[] = config.fileAssociations.flatMap((a: { ext: string | string[] }) => a.ext)
    expect([...associated].sort()).toEqual(['epub', 'htm', 'html', 'md', 'mht', 'mhtml', 'pdf', 'txt'])
    for (const ext of associated) expect(SUPPORTED_EXTENSIONS).toContain(`.${ext}`)
    for (const association of config.fileAssociations) {
      expect(association.name).toEqual(expect.any(String))
      expect(association.mimeType).toMatch(/^[a-z]+\/[\w.+-]+$/)
    }
  })

  it('publishes nothing and updates nothing', () => {
    expect(config.publish).toBeNull()
    expect(pkg.scripts.dist).toMatch(/electron-builder .*--publish never/)
    expect(pkg.dependencies['electron-updater']).toBeUndefined()
  })

  it('pins electron-builder exactly', () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('.github/workflows/ci.yml', () => {
  const workflow = readYaml('.github/workflows/ci.yml')
  const jobs = Object.values(workflow.jobs) as Array<{
    strategy: { matrix: { os: string[] } }
    'runs-on': string
    steps: Array<{
      name?: string
      run?: string
      uses?: string
      if?: string
      env?: Record<string, string>
      with?: Record<string, string>
    }>
  }>
  const job = jobs[0]
  const runs = job.steps.filter((s) => s.run)

  it('runs on Linux, macOS and Windows', () => {
    expect(jobs).toHaveLength(1)
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest'])
    expect(job['runs-on']).toBe('${{ matrix.os }}')
  })

  it('installs with npm ci, tests on the electron target (in xvfb on Linux), then builds and uploads the installers', () => {
    const order = (match: (s: { run?: string; uses?: string }) => boolean) => job.steps.findIndex(match)
    const tests = runs.filter((s) => /\bnpm test\b/.test(s.run ?? ''))
    expect(tests.length).toBeGreaterThan(0)
    for (const step of tests) expect(step.env?.DOSSIER_E2E_TARGET).toBe('electron')
    const linux = tests.find((s) => s.if === "runner.os == 'Linux'")
    expect(linux?.run).toMatch(/^xvfb-run -a npm test$/)
    const install = order((s) => /^npm ci\b/.test(s.run ?? ''))
    const firstTest = order((s) => /\bnpm test\b/.test(s.run ?? ''))
    const dist = order((s) => s.run === 'npm run dist')
    const upload = order((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'))
    expect(install).toBeGreaterThan(-1)
    expect(install).toBeLessThan(firstTest)
    expect(firstTest).toBeLessThan(dist)
    expect(dist).toBeLessThan(upload)
    const paths = job.steps[upload].with?.path ?? ''
    for (const ext of ['AppImage', 'deb', 'dmg', 'exe']) expect(paths).toContain(`dist/*.${ext}`)
  })

  it('checks out without line-ending conversion, and readies xmllint and Chromium before the tests', () => {
    const order = (match: (s: (typeof job.steps)[number]) => boolean) => job.steps.findIndex(match)
    const noConversion = order((s) => s.run === 'git config --global core.autocrlf false')
    expect(noConversion).toBeGreaterThan(-1)
    expect(noConversion).toBeLessThan(order((s) => (s.uses ?? '').startsWith('actions/checkout@')))
    const firstTest = order((s) => /\bnpm test\b/.test(s.run ?? ''))
    const linux = order((s) => s.if === "runner.os == 'Linux'" && /\blibxml2-utils\b/.test(s.run ?? ''))
    const windows = order(
      (s) => s.if === "runner.os == 'Windows'" && /\bXMLLINT=\S*xmllint\.exe\b/.test(s.run ?? ''),
    )
    expect(linux).toBeGreaterThan(-1)
    expect(linux).toBeLessThan(firstTest)
    expect(windows).toBeGreaterThan(-1)
    expect(windows).toBeLessThan(firstTest)
    expect(job.steps[windows].run).toMatch(
      /pacman\.exe -Sy --noconfirm --needed mingw-w64-ucrt-x86_64-libxml2/,
    )
    // Ubuntu 24.04's AppArmor keeps the runner's Chromium from starting its sandbox unless this is off.
    const sandbox = order(
      (s) =>
        s.if === "runner.os == 'Linux'" &&
        /sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/.test(s.run ?? ''),
    )
    expect(sandbox).toBeGreaterThan(-1)
    expect(sandbox).toBeLessThan(firstTest)
  })

  it('needs no secret and only reads the repository', () => {
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).not.toMatch(/secrets\./)
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })
})
