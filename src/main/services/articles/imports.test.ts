import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildPdf } from '../../../test-support/fileFixtures'
import { memoryLibrary, plainArticle } from '../../../test-support/library'
import { SAMPLE_PATH, SAMPLE_TITLE, tempDir } from '../../../test-support/tempDir'
import { exportNotes } from '../exporters/notesExport'
import type { Library } from '../library'
import { importBytes, importFile, importFolder } from './imports'
import { listArticles, openArticle, originalFile } from './read'

let library: Library
let tmp: ReturnType<typeof tempDir>
let now = new Date('2026-01-01T00:00:00Z')

beforeEach(() => {
  now = new Date('2026-01-01T00:00:00Z')
  library = memoryLibrary({ clock: () => now })
  tmp = tempDir()
})
afterEach(() => {
  library.db.close()
  tmp.cleanup()
})

describe('import', () => {
  it('imports the sample with its title and publisher, then reports the same bytes as a duplicate', async () => {
    const first = await importFile(library, SAMPLE_PATH)
    expect(first).toMatchObject({
      status: 'imported',
      title: SAMPLE_TITLE,
      file: 'kim-putin-vostochny-scraped.txt',
    })
    const again = await importBytes(library, 'renamed.txt', readFileSync(SAMPLE_PATH))
    expect(again).toMatchObject({ status: 'duplicate', id: first.id })
    expect(listArticles(library)).toHaveLength(1)
    expect(listArticles(library)[0]).toMatchObject({ title: SAMPLE_TITLE, publisher: 'CNN', annotations: 0 })
  })

  it('keeps the original bytes, their SHA-256 and the file name', async () => {
    const { id } = await importFile(library, SAMPLE_PATH)
    const { article } = openArticle(library, id!)
    expect(article.fileName).toBe('kim-putin-vostochny-scraped.txt')
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(article.text.startsWith('North Korean leader Kim Jong Un')).toBe(true)
  })

  it('lists the newest import first', async () => {
    await importBytes(library, 'a.txt', new TextEncoder().encode('First article\n\nIt has a body paragraph.'))
    now = new Date('2026-01-02T00:00:00Z')
    await importBytes(
      library,
      'b.txt',
      new TextEncoder().encode('Second article\n\nIt has another body paragraph.'),
    )
    expect(listArticles(library).map((a) => a.fileName)).toEqual(['b.txt', 'a.txt'])
  })

  it('fails a binary file with a message naming it, and stores nothing', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ])
    const result = await importFile(library, tmp.file('photo.txt', png))
    expect(result.status).toBe('failed')
    expect(result.error).toContain('photo.txt')
    expect(listArticles(library)).toEqual([])
  })

  it('fails a missing file and a folder with readable messages', async () => {
    expect((await importFile(library, tmp.dir + '/nope.txt')).error).toMatch(/“nope\.txt”.*no longer exists/)
    expect((await importFile(library, tmp.dir)).error).toMatch(/folder/)
  })

  it('hashes imports and decodes originals through the runners it is given (the app’s worker)', async () => {
    const hashed: Array<[number, string]> = []
    const decoded: Array<[number, number, string]> = []
    const lib = memoryLibrary({
      extract: async () => plainArticle('Some text.'),
      hash: async (data, label) => {
        hashed.push([data.length, label])
        return 'a'.repeat(64)
      },
      readOriginal: async (bytes, maxChars, label) => {
        decoded.push([bytes.length, maxChars, label])
        return { text: 'the source', truncated: false }
      },
    })
    const { id } = await importBytes(lib, 'dir/a.txt', new TextEncoder().encode('12345'))
    expect(hashed).toEqual([[5, 'a.txt']])
    expect(openArticle(lib, id!).article.sha256).toBe('a'.repeat(64))
    expect(await originalFile(lib, id!)).toEqual({
      fileName: 'a.txt',
      format: 'text',
      bytes: 5,
      text: 'the source',
      truncated: false,
    })
    expect(decoded).toEqual([[5, 2_000_000, 'a.txt']])
    lib.db.close()
  })
})

describe('importFolder', () => {
  function folderOfArticles(): string {
    tmp.file('one.md', '# One\n\nThe first article body.')
    tmp.file('two.txt', 'Second article\n\nThe second article body.')
    tmp.file('broken.html', new Uint8Array([0, 1, 2, 3, 0, 0, 0, 0]))
    return tmp.dir
  }

  it('imports every file, reports progress after each, and lists the failures', async () => {
    const progress: unknown[] = []
    const { results, cancelled } = await importFolder(library, folderOfArticles(), {
      onProgress: (p) => progress.push(p),
    })
    expect(cancelled).toBe(false)
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['broken.html', 'failed'],
      ['one.md', 'imported'],
      ['two.txt', 'imported'],
    ])
    expect(results[0].error).toContain('broken.html')
    expect(progress).toEqual([
      { done: 0, total: 3, current: 'broken.html', failed: 0 },
      { done: 1, total: 3, current: 'one.md', failed: 1 },
      { done: 2, total: 3, current: 'two.txt', failed: 1 },
      { done: 3, total: 3, current: null, failed: 1 },
    ])
    expect(listArticles(library)).toHaveLength(2)
  })

  it('stops between files when cancelled and keeps what was imported', async () => {
    const controller = new AbortController()
    const { results, cancelled } = await importFolder(library, folderOfArticles(), {
      signal: controller.signal,
      onProgress: (p) => p.done === 2 && controller.abort(),
    })
    expect(cancelled).toBe(true)
    expect(results).toHaveLength(2)
    expect(listArticles(library)).toHaveLength(1)
  })

  it('reads several files at once when its runners can, keeping the folder’s order and finding duplicates', async () => {
    const names = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md']
    // b.md and e.md hold the same bytes and are read at the same time: the second to be stored is the duplicate.
    names.forEach((name, i) =>
      tmp.file(name, i === 1 || i === 4 ? '# Same\n\nSame bytes.' : `# ${name}\n\nBody ${i}.`),
    )
    tmp.file('g.md', '# g\n\nThe last one.')
    // Each extraction waits until six are running (two per worker of three), or two seconds have passed.
    let running = 0
    let most = 0
    let release: () => void = () => undefined
    const together = new Promise<void>((resolve) => (release = resolve))
    const lib = memoryLibrary({
      parallelism: 3,
      extract: async (name) => {
        most = Math.max(most, ++running)
        if (running === 6) release()
        await Promise.race([together, new Promise((resolve) => setTimeout(resolve, 2000))])
        running--
        return { ...plainArticle(`The text of ${name}.`), title: name }
      },
    })
    const { results } = await importFolder(lib, tmp.dir)
    expect(most).toBe(6)
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ['a.md', 'imported'],
      ['b.md', 'imported'],
      ['c.md', 'imported'],
      ['d.md', 'imported'],
      ['e.md', 'duplicate'],
      ['f.md', 'imported'],
      ['g.md', 'imported'],
    ])
    expect(results[4].id).toBe(results[1].id)
    expect(listArticles(lib)).toHaveLength(6)
    lib.db.close()
  })

  it('gives up on the files being read when cancelled, storing none of them', async () => {
    for (let n = 1; n <= 6; n++) tmp.file(`${n}.txt`, `Article ${n}\n\nIts body.`)
    const controller = new AbortController()
    const lib = memoryLibrary({
      parallelism: 2,
      // Reading never ends unless the import gives up on it.
      extract: (_name, _bytes, work) =>
        new Promise((_resolve, reject) =>
          work?.signal?.addEventListener('abort', () => reject(work.signal!.reason)),
        ),
    })
    const { results, cancelled } = await importFolder(lib, tmp.dir, {
      signal: controller.signal,
      onProgress: (p) => p.current === '4.txt' && setImmediate(() => controller.abort()),
    })
    expect(cancelled).toBe(true)
    expect(results).toEqual([])
    expect(listArticles(lib)).toEqual([])
    lib.db.close()
  })

  it('fails with a readable message when the folder cannot be read', async () => {
    await expect(importFolder(library, tmp.dir + '/missing')).rejects.toThrow(
      /Could not read the folder “missing”/,
    )
  })
})

describe('provenance', () => {
  const page = (body: string) =>
    new TextEncoder().encode(
      `<html><head><link rel="canonical" href="https://news.example/story"><title>Story</title></head><body><article><h1>Story</h1><p>${body}</p></article></body></html>`,
    )

  it('keeps a new capture of the same URL as a new version linked to the older one', async () => {
    const first = await importBytes(
      library,
      'story-monday.html',
      page('The first capture of the story, on Monday.'),
    )
    now = new Date('2026-01-02T00:00:00Z')
    const second = await importBytes(
      library,
      'story-tuesday.html',
      page('The story as updated on Tuesday, with a correction.'),
    )
    expect(second).toMatchObject({ status: 'imported', versionOf: first.id })
    expect(openArticle(library, second.id!).article.previousVersionId).toBe(first.id)
    expect(openArticle(library, first.id!).article.previousVersionId).toBeNull()
    expect(listArticles(library)).toHaveLength(2)
  })

  it('stores a PDF’s creation date as the document’s date, never as the publication date', async () => {
    const pdf = buildPdf({
      pages: [[{ text: 'The harbour authority confirmed on Tuesday that the pier will close.', y: 700 }]],
      info: { Title: 'Pier to close', CreationDate: "D:20240312093000+01'00'" },
    })
    const { id } = await importBytes(library, 'printed.pdf', pdf)
    expect(openArticle(library, id!).article).toMatchObject({
      published: null,
      documentDate: '2024-03-12T09:30:00+01:00',
    })
    expect(listArticles(library)[0].published).toBeNull()
    expect(exportNotes(library, [id!], 'md')).toContain('document_created: "2024-03-12T09:30:00+01:00"')
  })
})
