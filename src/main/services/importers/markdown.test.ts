import { describe, expect, it } from 'vitest'
import { extractArticleSync } from './index'
import { extractMarkdown } from './markdown'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'

const blocksOf = (article: ReturnType<typeof extractMarkdown>) =>
  article.blocks.map((b) => ({
    type: b.type,
    ...(b.level ? { level: b.level } : {}),
    ...(b.type === 'listItem' ? { ordered: b.ordered } : {}),
    text: article.text.slice(b.start, b.end),
  }))

describe('Markdown', () => {
  const source = `---
title: "Budget talks stall"
author:
  - Jane Doe
  - John Roe
date: 2024-02-29
source: Daily Ledger
url: https://ledger.example/budget
lang: en-GB
tags: [politics, budget]
---

# Budget talks stall

Talks broke down on *Thursday* after **six hours**, said [the minister](https://gov.example "site")
in a statement ![chart](chart.png) issued late at night.

## Sticking points

- Public sector pay
- Pensions
  - early retirement
  - indexation
1. First, the deficit
2. Then the &amp; rest

> Nobody wants to walk away.
>
> But nobody will give ground either.

\`\`\`
Table 3: spending, £bn
\`\`\`

Use \`git blame\` on the *whole* thing.
`

  const article = extractMarkdown(source)

  it('reads the front matter as metadata, not as text', () => {
    expect(article).toMatchObject({
      title: 'Budget talks stall',
      byline: 'Jane Doe, John Roe',
      publisher: 'Daily Ledger',
      published: '2024-02-29',
      lang: 'en-GB',
      url: 'https://ledger.example/budget',
    })
    expect(article.text).not.toContain('politics')
    expect(article.text).not.toContain('---')
  })

  it('turns the document into blocks, the title heading not repeated', () => {
    expect(blocksOf(article)).toEqual([
      {
        type: 'paragraph',
        text: 'Talks broke down on Thursday after six hours, said the minister in a statement issued late at night.',
      },
      { type: 'heading', level: 2, text: 'Sticking points' },
      { type: 'listItem', ordered: false, text: 'Public sector pay' },
      { type: 'listItem', ordered: false, text: 'Pensions' },
      { type: 'listItem', ordered: false, text: 'early retirement' },
      { type: 'listItem', ordered: false, text: 'indexation' },
      { type: 'listItem', ordered: true, text: 'First, the deficit' },
      { type: 'listItem', ordered: true, text: 'Then the & rest' },
      { type: 'quote', text: 'Nobody wants to walk away.' },
      { type: 'quote', text: 'But nobody will give ground either.' },
      { type: 'paragraph', text: 'Table 3: spending, £bn' },
      { type: 'paragraph', text: 'Use git blame on the whole thing.' },
    ])
    expect(article.text).not.toMatch(/https?:|chart|\*|\[|#/)
    expectWellFormed({ format: 'markdown', ...article })
  })

  it('takes the first h1 as title without front matter', () => {
    const plain = extractMarkdown('Intro line.\n\n# The Real Title\n\nBody text.\n\n# Second part\n')
    expect(plain.title).toBe('The Real Title')
    expect(plain.text).toBe('Intro line.\n\nBody text.\n\nSecond part')
    expect(plain).toMatchObject({ byline: null, publisher: null, published: null, lang: null, url: null })
  })

  it('keeps an h1 that differs from the front matter title', () => {
    const doc = extractMarkdown('---\ntitle: Notes\n---\n# Chapter one\n\nText.')
    expect(doc.title).toBe('Notes')
    expect(doc.text).toBe('Chapter one\n\nText.')
  })

  it('has no title when there is neither front matter nor h1', () => {
    const doc = extractArticleSync('notes.markdown', utf8('## Sub\n\nJust text, see <b>this</b>.'))
    expect(doc).toMatchObject({ format: 'markdown', title: null, text: 'Sub\n\nJust text, see this.' })
  })

  it('keeps the words of raw HTML blocks but no markup or script', () => {
    const doc = extractMarkdown(
      'Before.\n\n<div class="note">\n<b>Boxed</b> words\n</div>\n\n<script>\nalert("x")\n</script>\n\nAfter.',
    )
    expect(doc.text).toBe('Before.\n\nBoxed words\n\nAfter.')
  })

  it('keeps a front-matter source that is an address as the url', () => {
    const doc = extractMarkdown('---\nsource: "https://news.example/a"\n---\nText.')
    expect(doc).toMatchObject({ publisher: null, url: 'https://news.example/a' })
  })
})
