import { readFileSync, readdirSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model/annotation'
import { articleFixture } from '../../../test-support/articles'
import { tempDir } from '../../../test-support/tempDir'
import { writeFileAtomic } from './atomicWrite'
import { notesToJson } from './json'
import { notesToMarkdown } from './markdown'

const article = articleFixture({
  text: 'First line.\n\nSecond paragraph with a quote.',
  memo: 'Overall: **check** the numbers.',
})

const annotation: Annotation = {
  id: 'n1',
  articleId: 'a1',
  quote: { type: 'TextQuoteSelector', exact: 'line.\n\nSecond', prefix: 'First ', suffix: ' paragraph' },
  position: { type: 'TextPositionSelector', start: 6, end: 19 },
  note: 'A note\nover two lines',
  tags: ['state media', 'numbers'],
  color: 'yellow',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
}

describe('notesToMarkdown', () => {
  const md = notesToMarkdown([{ article, annotations: [annotation] }], new Date('2026-03-01T00:00:00Z'))

  it('starts with YAML front matter naming the article and where it came from', () => {
    expect(
      md.startsWith(
        '---\ntitle: "Kim and Putin meet"\naliases:\n  - "Kim and Putin meet"\ntags:\n  - "state-media"\n  - "numbers"\npublisher: "CNN"\n',
      ),
    ).toBe(true)
    expect(md).toContain('source_file: "kim.txt"')
    expect(md).toContain('published: "2023-09-13"')
    expect(md).toContain('captured: "2023-09-13T10:00:00.000Z"')
  })

  it('quotes every line of a multi-line highlight, then its note and tags', () => {
    expect(md).toContain('> line.\n>\n> Second\n\n^h-n1\n\nA note\nover two lines\n\nTags: #state-media #numbers')
  })

  it('ends with the memo, written as typed (escaped, not read as Markdown)', () => {
    expect(md.trimEnd().endsWith('## Memo\n\nOverall: \\*\\*check\\*\\* the numbers.')).toBe(true)
  })

  it('says when there are no highlights', () => {
    expect(notesToMarkdown([{ article, annotations: [] }])).toContain('_No highlights yet._')
  })

  it('gives a PDF’s own date as the date the document was created, never as its publication date', () => {
    const printed = { ...article, format: 'pdf' as const, published: null, documentDate: '2024-03-12T09:30:00+01:00' }
    const out = notesToMarkdown([{ article: printed, annotations: [] }])
    expect(out).toContain('published: null\ndocument_created: "2024-03-12T09:30:00+01:00"\n')
    expect(out).toContain('- **Document created:** 2024-03-12T09:30:00+01:00')
    expect(out).not.toContain('**Published:**')
  })
})

describe('notesToJson', () => {
  it('keeps metadata and both W3C selectors of each annotation', () => {
    const json = JSON.parse(notesToJson([{ article, annotations: [annotation] }], new Date('2026-03-01T00:00:00Z')))
    expect(json.exportedAt).toBe('2026-03-01T00:00:00.000Z')
    expect(json.articles[0]).toMatchObject({
      title: 'Kim and Putin meet',
      publisher: 'CNN',
      fileName: 'kim.txt',
      capturedAt: '2023-09-13T10:00:00.000Z',
      memo: article.memo,
    })
    expect(json.articles[0].annotations[0]).toMatchObject({
      note: 'A note\nover two lines',
      tags: ['state media', 'numbers'],
      target: { source: 'a1', selector: [annotation.quote, annotation.position] },
    })
  })

  it('keeps a document’s own date apart from its publication date', () => {
    const printed = { ...article, format: 'pdf' as const, published: null, documentDate: '2024-03-12T09:30:00+01:00' }
    const json = JSON.parse(notesToJson([{ article: printed, annotations: [] }]))
    expect(json.articles[0]).toMatchObject({ published: null, documentCreated: '2024-03-12T09:30:00+01:00' })
  })
})

describe('writeFileAtomic', () => {
  const tmp = tempDir()
  afterAll(() => tmp.cleanup())

  it('replaces the file whole and leaves no temporary file behind', () => {
    const path = tmp.file('notes.md', 'old')
    writeFileAtomic(path, 'new content')
    expect(readFileSync(path, 'utf8')).toBe('new content')
    expect(readdirSync(tmp.dir)).toEqual(['notes.md'])
  })

  it('leaves the old file untouched when the folder does not exist', () => {
    expect(() => writeFileAtomic(tmp.dir + '/missing/notes.md', 'x')).toThrow()
    expect(readdirSync(tmp.dir)).toEqual(['notes.md'])
  })
})
