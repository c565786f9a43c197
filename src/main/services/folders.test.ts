import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listImportableFiles } from './folders'
import { tempDir } from '../../test-support/tempDir'

const tmp = tempDir('dossier-folder-')
afterAll(() => tmp.cleanup())

function tree(root: string, paths: string[]): void {
  for (const p of paths) {
    mkdirSync(join(root, p, '..'), { recursive: true })
    writeFileSync(join(root, p), 'x')
  }
}

describe('listImportableFiles', () => {
  it('finds importable files recursively (a folder’s files before its subfolders), in name order, skipping hidden, assets and other types', () => {
    tree(tmp.dir, [
      'b.html',
      'a.txt',
      'notes/z.md',
      'notes/deeper/y.htm',
      'page_files/frame.html',
      '.hidden/secret.txt',
      '.DS_Store',
      'photo.png',
      'report.docx',
    ])
    // A junction on Windows (a folder link any user may make; elsewhere the type is ignored), listed as a link.
    symlinkSync(tmp.dir, join(tmp.dir, 'loop'), 'junction')
    const { files, truncated } = listImportableFiles(tmp.dir)
    expect(files.map((f) => relative(tmp.dir, f).split(sep).join('/'))).toEqual(['a.txt', 'b.html', 'notes/z.md', 'notes/deeper/y.htm'])
    expect(truncated).toBe(false)
  })

  it('stops at the limit and says so', () => {
    const { files, truncated } = listImportableFiles(tmp.dir, 2)
    expect(files).toHaveLength(2)
    expect(truncated).toBe(true)
  })
})
