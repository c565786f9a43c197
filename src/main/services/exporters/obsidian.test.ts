import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model/annotation'
import { articleFixture } from '../../../test-support/articles'
import { codeTag, notesToMarkdown } from './markdown'

const article = articleFixture({ text: 'First line.\n\nSecond paragraph with a quote.', memo: '' })
const highlight = (id: string, exact: string, tags: string[] = []): Annotation => ({
  id,
  articleId: 'a1',
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  note: '',
  tags,
  color: 'yellow',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

const first = highlight('3f2a9c1e-0000-4000-8000-000000000001', 'First line.', ['state media'])
const second = highlight('3f2a9c1e-0000-4000-8000-000000000002', 'Second paragraph')
const md = notesToMarkdown(
  [
    {
      article,
      annotations: [first, second],
      codePaths: { [first.id]: [['Actors', 'State media'], ['Framing']] },
    },
  ],
  new Date('2026-03-01T00:00:00Z'),
)

describe('Markdown for Obsidian', () => {
  it('puts the title in aliases and the notes’ tags and codes (nested) in the front matter tags', () => {
    const front = md.slice(0, md.indexOf('\n---\n', 4))
    expect(front).toContain('\naliases:\n  - "Kim and Putin meet"\n')
    expect(front).toContain('\ntags:\n  - "state-media"\n  - "code/Actors/State-media"\n  - "code/Framing"\n')
  })

  it('gives each highlight a block id after its quote, longer when two ids start alike', () => {
    expect(md).toContain('> First line.\n\n^h-3f2a9c1e\n')
    expect(md).toContain('> Second paragraph\n\n^h-3f2a9c1e00004000800000000000')
  })

  it('writes a highlight’s codes as nested tags #code/parent/child', () => {
    expect(md).toContain('Codes: #code/Actors/State-media #code/Framing\n')
  })

  it('keeps only the characters Obsidian allows in a tag segment', () => {
    expect(codeTag(['Who said it?', ' _Sources_ & co '])).toBe('code/Who-said-it/Sources-co')
  })
})
