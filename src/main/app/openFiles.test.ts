import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../test-support/tempDir'
import { createFileOpener, filesToImport, isImportableFile } from './openFiles'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('dossier-argv-')
})
afterEach(() => tmp.cleanup())

describe('filesToImport', () => {
  it("takes the files of an installed app's command line, resolved against the launch folder", () => {
    const page = tmp.file('page.html', '<p>x</p>')
    const notes = tmp.file('Notes.MD', '# x')
    const argv = ['/opt/Dossier/dossier', 'page.html', notes]
    expect(filesToImport(argv, { cwd: tmp.dir, defaultApp: false })).toEqual([page, notes])
  })

  it("skips Electron's and Chromium's switches, macOS's process serial number and the app path of a checkout", () => {
    const article = tmp.file('article.txt', 'x')
    const argv = [
      '/usr/bin/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '-psn_0_12345',
      '/work/dossier',
      '--allow-file-access-from-files',
      article,
    ]
    expect(filesToImport(argv, { cwd: tmp.dir, defaultApp: true })).toEqual([article])
    // Installed, the first argument is a file like any other.
    expect(filesToImport(['/opt/Dossier/dossier', article], { cwd: '/', defaultApp: false })).toEqual([
      article,
    ])
  })

  it('leaves out missing paths, folders and types Dossier does not import, and names each file once', () => {
    const pdf = tmp.file('report.pdf', '%PDF-1.4')
    tmp.file('tool.exe', 'MZ')
    mkdirSync(join(tmp.dir, 'folder.html'))
    const argv = ['dossier', 'missing.epub', 'tool.exe', 'folder.html', pdf, 'report.pdf']
    expect(filesToImport(argv, { cwd: tmp.dir, defaultApp: false })).toEqual([pdf])
  })

  it('reads file:// URLs (a Linux desktop entry passes %U) and takes every argument after -- as a path', () => {
    const spaced = tmp.file('my page.htm', '<p>x</p>')
    const dashed = tmp.file('-dash.txt', 'x')
    const argv = ['dossier', pathToFileURL(spaced).href, '--', '-dash.txt']
    expect(filesToImport(argv, { cwd: tmp.dir, defaultApp: false })).toEqual([spaced, dashed])
  })

  it('takes REFI-QDA projects and codebooks, which import like articles', () => {
    const project = tmp.file('study.qdpx', 'PK')
    expect(filesToImport(['dossier', project], { cwd: tmp.dir, defaultApp: false })).toEqual([project])
  })
})

describe('isImportableFile', () => {
  it('takes an existing file of an imported type, whatever the case of its extension', () => {
    expect(isImportableFile(tmp.file('Book.EPUB', 'PK'))).toBe(true)
    expect(isImportableFile(tmp.file('setup.dmg', 'x'))).toBe(false)
    expect(isImportableFile(join(tmp.dir, 'gone.pdf'))).toBe(false)
  })
})

describe('createFileOpener', () => {
  it('holds files asked for before the app is ready, then imports them in order, one batch at a time', async () => {
    const log: string[] = []
    const opener = createFileOpener(async (files) => {
      log.push(`start ${files.join(',')}`)
      await new Promise((r) => setTimeout(r, 5))
      log.push(`end ${files.join(',')}`)
    })
    opener.open(['a.epub'])
    opener.open(['b.pdf'])
    opener.open([])
    await opener.idle()
    expect(log).toEqual([])
    opener.ready()
    opener.open(['c.md'])
    await opener.idle()
    expect(log).toEqual(['start a.epub,b.pdf', 'end a.epub,b.pdf', 'start c.md', 'end c.md'])
  })

  it('reports a failing batch and goes on with the next', async () => {
    const errors: unknown[] = []
    const done: string[] = []
    const opener = createFileOpener(
      async (files) => {
        if (files[0] === 'bad.txt') throw new Error('disk gone')
        done.push(...files)
      },
      (error) => errors.push(error),
    )
    opener.ready()
    opener.open(['bad.txt'])
    opener.open(['good.txt'])
    await opener.idle()
    expect(done).toEqual(['good.txt'])
    expect(String(errors[0])).toMatch(/disk gone/)
  })
})
