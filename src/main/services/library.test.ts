import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ANALYSIS_MAX_CHARS, createLibrary, type Library } from './library'
import { openMemoryDb } from './store/db'
import { buildPdf } from '../../test-support/fileFixtures'
import { SAMPLE_PATH, SAMPLE_TITLE, tempDir } from '../../test-support/tempDir'

const QUOTE = 'each traveled about 650 kilometers (400 miles)'

let library: Library
let tmp: ReturnType<typeof tempDir>
let now = new Date('2026-01-01T00:00:00Z')

beforeEach(() => {
  now = new Date('2026-01-01T00:00:00Z')
  library = createLibrary(openMemoryDb(), { clock: () => now })
  tmp = tempDir()
})
afterEach(() => {
  library.close()
  tmp.cleanup()
})

describe('import', () => {
  it('imports the sample with its title and publisher, then reports the same bytes as a duplicate', async () => {
    const first = await library.importFile(SAMPLE_PATH)
    expect(first).toMatchObject({ status: 'imported', title: SAMPLE_TITLE, file: 'kim-putin-vostochny-scraped.txt' })
    const again = await library.importBytes('renamed.txt', readFileSync(SAMPLE_PATH))
    expect(again).toMatchObject({ status: 'duplicate', id: first.id })
    expect(library.list()).toHaveLength(1)
    expect(library.list()[0]).toMatchObject({ title: SAMPLE_TITLE, publisher: 'CNN', annotations: 0 })
  })

  it('keeps the original bytes, their SHA-256 and the file name', async () => {
    const { id } = await library.importFile(SAMPLE_PATH)
    const { article } = library.open(id!)
    expect(article.fileName).toBe('kim-putin-vostochny-scraped.txt')
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(article.text.startsWith('North Korean leader Kim Jong Un')).toBe(true)
  })

  it('lists the newest import first', async () => {
    await library.importBytes('a.txt', new TextEncoder().encode('First article\n\nIt has a body paragraph.'))
    now = new Date('2026-01-02T00:00:00Z')
    await library.importBytes('b.txt', new TextEncoder().encode('Second article\n\nIt has another body paragraph.'))
    expect(library.list().map((a) => a.fileName)).toEqual(['b.txt', 'a.txt'])
  })

  it('fails a binary file with a message naming it, and stores nothing', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const result = await library.importFile(tmp.file('photo.txt', png))
    expect(result.status).toBe('failed')
    expect(result.error).toContain('photo.txt')
    expect(library.list()).toEqual([])
  })

  it('fails a missing file and a folder with readable messages', async () => {
    expect((await library.importFile(tmp.dir + '/nope.txt')).error).toMatch(/“nope\.txt”.*no longer exists/)
    expect((await library.importFile(tmp.dir)).error).toMatch(/folder/)
  })
})

describe('annotations', () => {
  async function importSample(): Promise<{ id: string; text: string }> {
    const { id } = await library.importFile(SAMPLE_PATH)
    return { id: id!, text: library.open(id!).article.text }
  }

  it('creates an annotation with both selectors and lists it in text order', async () => {
    const { id, text } = await importSample()
    const start = text.indexOf(QUOTE)
    const later = library.createAnnotation({ articleId: id, start, end: start + QUOTE.length, note: 'Compare with the JCS statement' })
    const earlier = library.createAnnotation({ articleId: id, start: 0, end: 10 })
    expect(later.quote.exact).toBe(QUOTE)
    expect(later.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length })
    const opened = library.open(id)
    expect(opened.annotations.map((a) => a.id)).toEqual([earlier.id, later.id])
    expect(opened.annotations.every((a) => a.anchored)).toBe(true)
    expect(library.list()[0].annotations).toBe(2)
  })

  it('updates, deletes and restores an annotation exactly', async () => {
    const { id } = await importSample()
    const a = library.createAnnotation({ articleId: id, start: 0, end: 20 })
    now = new Date('2026-02-01T00:00:00Z')
    const updated = library.updateAnnotation({ id: a.id, note: 'checked', tags: [' jcs ', 'jcs', 'numbers'], color: 'green' })
    expect(updated).toMatchObject({ note: 'checked', tags: ['jcs', 'numbers'], color: 'green', updatedAt: now.toISOString() })
    const deleted = library.deleteAnnotation(a.id)
    expect(library.open(id).annotations).toEqual([])
    library.restoreAnnotation(deleted)
    expect(library.open(id).annotations[0]).toMatchObject({ ...updated, anchored: true })
  })

  it('refuses a selection outside the text and unknown ids', async () => {
    const { id, text } = await importSample()
    expect(() => library.createAnnotation({ articleId: id, start: 0, end: text.length + 1 })).toThrow(/outside/)
    expect(() => library.updateAnnotation({ id: 'missing', note: 'x' })).toThrow(/no longer in your library/)
    expect(() => library.open('missing')).toThrow(/no longer in your library/)
  })

  it('annotates the first occurrence of a quote, exactly or approximately', async () => {
    const { id, text } = await importSample()
    const exact = library.annotateQuote(id, QUOTE, { note: 'n', tags: ['t'] })
    expect(exact.position.start).toBe(text.indexOf(QUOTE))
    const fuzzy = library.annotateQuote(id, 'each travelled about 650 kilometres (400 miles)')
    expect(fuzzy.position.start).toBe(text.indexOf(QUOTE))
    expect(() => library.annotateQuote(id, 'the zebras of the Serengeti migrate')).toThrow(/was not found/)
  })

  it('deleting an article deletes its annotations', async () => {
    const { id } = await importSample()
    library.createAnnotation({ articleId: id, start: 0, end: 5 })
    library.deleteArticle(id)
    expect(library.list()).toEqual([])
    expect(() => library.open(id)).toThrow()
  })
})

describe('memo and export', () => {
  it('exports the memo, the quote and the note as Markdown and JSON', async () => {
    const { id } = await library.importFile(SAMPLE_PATH)
    library.annotateQuote(id!, QUOTE, { note: 'Compare with the JCS statement', tags: ['numbers'] })
    library.setMemo(id!, 'Check the launch times against the JCS.')
    const md = library.exportNotes([id!], 'md')
    expect(md).toContain(`> ${QUOTE}`)
    expect(md).toContain('Compare with the JCS statement')
    expect(md).toContain('Check the launch times against the JCS.')
    const json = JSON.parse(library.exportNotes('all', 'json'))
    expect(json.articles[0].annotations[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE })
    expect(library.exportFileName(id!, 'md')).toMatch(/^North Korea’s Kim .* — notes\.md$/)
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
    const { results, cancelled } = await library.importFolder(folderOfArticles(), { onProgress: (p) => progress.push(p) })
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
    expect(library.list()).toHaveLength(2)
  })

  it('stops between files when cancelled and keeps what was imported', async () => {
    const controller = new AbortController()
    const { results, cancelled } = await library.importFolder(folderOfArticles(), {
      signal: controller.signal,
      onProgress: (p) => p.done === 2 && controller.abort(),
    })
    expect(cancelled).toBe(true)
    expect(results).toHaveLength(2)
    expect(library.list()).toHaveLength(1)
  })

  it('fails with a readable message when the folder cannot be read', async () => {
    await expect(library.importFolder(tmp.dir + '/missing')).rejects.toThrow(/Could not read the folder “missing”/)
  })
})

describe('provenance', () => {
  const page = (body: string) =>
    new TextEncoder().encode(
      `<html><head><link rel="canonical" href="https://news.example/story"><title>Story</title></head><body><article><h1>Story</h1><p>${body}</p></article></body></html>`,
    )

  it('keeps a new capture of the same URL as a new version linked to the older one', async () => {
    const first = await library.importBytes('story-monday.html', page('The first capture of the story, on Monday.'))
    now = new Date('2026-01-02T00:00:00Z')
    const second = await library.importBytes('story-tuesday.html', page('The story as updated on Tuesday, with a correction.'))
    expect(second).toMatchObject({ status: 'imported', versionOf: first.id })
    expect(library.open(second.id!).article.previousVersionId).toBe(first.id)
    expect(library.open(first.id!).article.previousVersionId).toBeNull()
    expect(library.list()).toHaveLength(2)
  })

  it('stores a PDF’s creation date as the document’s date, never as the publication date', async () => {
    const pdf = buildPdf({
      pages: [[{ text: 'The harbour authority confirmed on Tuesday that the pier will close.', y: 700 }]],
      info: { Title: 'Pier to close', CreationDate: "D:20240312093000+01'00'" },
    })
    const { id } = await library.importBytes('printed.pdf', pdf)
    expect(library.open(id!).article).toMatchObject({ published: null, documentDate: '2024-03-12T09:30:00+01:00' })
    expect(library.list()[0].published).toBeNull()
    expect(library.exportNotes([id!], 'md')).toContain('document_created: "2024-03-12T09:30:00+01:00"')
  })

  it('shows the original as text, and says when it is binary', async () => {
    const { id } = await library.importFile(SAMPLE_PATH)
    const original = await library.original(id!)
    expect(original).toMatchObject({ fileName: 'kim-putin-vostochny-scraped.txt', truncated: false })
    expect(original.text).toBe(readFileSync(SAMPLE_PATH, 'utf8'))
    expect(original.text).toContain('[ad_1]')
  })

  it('re-extracts an article, moving annotations to the new text and counting those it cannot place', async () => {
    let version = 1
    const extract = async (_name: string, bytes: Uint8Array) => {
      const body = new TextDecoder().decode(bytes)
      const text = version === 1 ? body : `A new opening paragraph.\n\n${body.replace('second', 'other')}`
      return { format: 'text' as const, title: 'T', byline: null, publisher: null, published: null, lang: null, url: null, text, blocks: [] }
    }
    const lib = createLibrary(openMemoryDb(), { extract })
    const { id } = await lib.importBytes('a.txt', new TextEncoder().encode('The first sentence. The second sentence.'))
    const kept = lib.annotateQuote(id!, 'first sentence', { note: 'keep me' })
    lib.annotateQuote(id!, 'second sentence')
    version = 2
    expect(await lib.reextract(id!)).toEqual({ placed: 1, unplaced: 1 })
    const opened = lib.open(id!)
    expect(opened.article.text.startsWith('A new opening paragraph.')).toBe(true)
    const moved = opened.annotations.find((a) => a.id === kept.id)!
    expect(opened.article.text.slice(moved.position.start, moved.position.end)).toBe('first sentence')
    expect(moved.note).toBe('keep me')
    expect(opened.annotations.filter((a) => !a.anchored)).toHaveLength(1)
    lib.close()
  })
})

describe('analysis', () => {
  it('analyses once, keeps the result, and analyses again when the text changes', async () => {
    let runs = 0
    let text = 'The ministry said 40 people were hurt on Monday.'
    const lib = createLibrary(openMemoryDb(), {
      extract: async () => ({ format: 'text', title: 'T', byline: null, publisher: null, published: null, lang: null, url: null, text, blocks: [] }),
      analyze: async (t) => {
        runs++
        return { claims: [{ id: 'c1', start: 0, end: t.length, text: t, score: 0.9, checkworthy: true, reasons: [], sourceId: null }], sources: [], quotes: [] }
      },
    })
    const { id } = await lib.importBytes('a.txt', new TextEncoder().encode('x'))
    const first = await lib.analysis(id!)
    expect(first.claims[0].text).toBe(text)
    await lib.analysis(id!)
    expect(runs).toBe(1)
    text = 'The ministry said 41 people were hurt on Monday.'
    await lib.reextract(id!)
    expect((await lib.analysis(id!)).claims[0].text).toBe(text)
    expect(runs).toBe(2)
    lib.close()
  })

  it('finds the sample’s sources and quotes with the real engine', async () => {
    const { id } = await library.importFile(SAMPLE_PATH)
    const { sources, quotes, version } = await library.analysis(id!)
    expect(version).toBeGreaterThan(0)
    expect(sources.map((s) => s.name)).toContain('Ankit Panda')
    expect(quotes.some((q) => q.text.startsWith('That’s exactly why we came here.'))).toBe(true)
  })
})

describe('work over whole files and long texts', () => {
  const article = (text: string) => async () =>
    ({ format: 'text' as const, title: 'T', byline: null, publisher: null, published: null, lang: null, url: null, text, blocks: [] })

  it('hashes imports and decodes originals through the runners it is given (the app’s worker)', async () => {
    const hashed: Array<[number, string]> = []
    const decoded: Array<[number, number, string]> = []
    const lib = createLibrary(openMemoryDb(), {
      extract: article('Some text.'),
      hash: async (data, label) => {
        hashed.push([data.length, label])
        return 'a'.repeat(64)
      },
      readOriginal: async (bytes, maxChars, label) => {
        decoded.push([bytes.length, maxChars, label])
        return { text: 'the source', truncated: false }
      },
    })
    const { id } = await lib.importBytes('dir/a.txt', new TextEncoder().encode('12345'))
    expect(hashed).toEqual([[5, 'a.txt']])
    expect(lib.open(id!).article.sha256).toBe('a'.repeat(64))
    expect(await lib.original(id!)).toEqual({ fileName: 'a.txt', format: 'text', bytes: 5, text: 'the source', truncated: false })
    expect(decoded).toEqual([[5, 2_000_000, 'a.txt']])
    lib.close()
  })

  it('refuses at once to analyse a text over the limit, naming its length, and never runs the analysis', async () => {
    let runs = 0
    const lib = createLibrary(openMemoryDb(), {
      extract: article('word '.repeat(ANALYSIS_MAX_CHARS / 5) + 'more'),
      analyze: async () => {
        runs++
        return { claims: [], sources: [], quotes: [] }
      },
    })
    const { id, status } = await lib.importBytes('long.txt', new TextEncoder().encode('x'))
    expect(status).toBe('imported')
    const refusal = lib.analysis(id!)
    await expect(refusal).rejects.toThrow(
      'This article is too long to analyse (2.0 M characters; the limit is 2.0 M).',
    )
    await expect(refusal).rejects.toMatchObject({ code: 'invalid-request' })
    expect(runs).toBe(0)
    lib.close()
  })
})
