import { JSDOM } from 'jsdom'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model/annotation'
import { articleFixture } from '../../../test-support/articles'
import { notesToMarkdown } from './markdown'
import { markdownInline, markdownLines, markdownTag, yamlString } from './markdownText'

/** Renders Markdown the way a Markdown tool would (CommonMark + GFM: tables, autolinks, strikethrough). */
function render(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true })
}

function textOf(html: string): string {
  return squash(new JSDOM(html).window.document.body.textContent ?? '')
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The elements a hostile article or note could try to bring to life. */
const LIVE =
  /<(iframe|img|script|object|embed|video|audio|source|link|style|svg|math|form|input|a|table|code|pre|em|del|h[1-6]|ol|ul|li|hr)\b/i

const HOSTILE = {
  title: 'Missiles <iframe src="https://evil.example/frame"></iframe> & “curly” quotes',
  publisher: '<img src=x onerror=alert(1)>',
  byline: '[Jane Doe](javascript:alert(1)) and <a href="javascript:alert(2)">John</a>',
  url: 'javascript:alert(3)',
  fileName: '![pic](https://tracker.example/p.png) <script>alert(4)</script>.html',
  exact:
    'He said <script>alert(5)</script>\n\n![x](https://tracker.example/q.png)\n<img src=x onerror=alert(6)>\n' +
    '[[Secret note]] and <https://evil.example/auto> and [ref][1]\n\n[1]: https://evil.example/ref',
  note:
    '<iframe src=https://evil.example/note>\n# not a heading\n- not a list\n1. not ordered\n---\n' +
    '| a | b |\n|---|---|\n| c | d |\n```\nnot code\n```\n    not code either\n> not a quote\n~~not struck~~',
  tags: ['<img src=x onerror=alert(7)>', 'state media'],
  memo:
    '`code` **bold** _em_ <a href="javascript:alert(8)">x</a> %%hidden%% ==mark== &lt;script&gt; ' +
    'https://example.org/<img src=x>\n===\n+ plus\n2) two',
}

const baseArticle = articleFixture()

function annotationOf(exact: string, note: string, tags: string[]): Annotation {
  return {
    id: 'n1',
    articleId: 'a1',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    note,
    tags,
    color: 'yellow',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

function exportOf(fields: typeof HOSTILE): string {
  const article = { ...baseArticle, ...fields, text: fields.exact }
  return notesToMarkdown([{ article, annotations: [annotationOf(fields.exact, fields.note, fields.tags)] }])
}

/** The Markdown after the front matter, as Obsidian renders the body. */
function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

describe('a Markdown export of hostile article text and notes', () => {
  const md = exportOf(HOSTILE)
  const html = render(md)

  it('renders no element from the payload, not even in a tool that reads the front matter as Markdown', () => {
    expect(html).not.toMatch(/<(iframe|img|script|object|embed|svg|math|form|style|link)\b/i)
    expect(html).not.toMatch(/href="javascript:/i)
    expect(render(body(md))).not.toMatch(/<a\b/i)
  })

  it('adds no structure: one title heading, two section headings, the quote, and no lists, tables or code', () => {
    const out = render(body(md))
    const tags = [...out.matchAll(/<([a-z0-9]+)\b/gi)].map((m) => m[1].toLowerCase())
    expect(tags.filter((t) => t === 'h1')).toHaveLength(1)
    expect(tags.filter((t) => t === 'h2')).toHaveLength(2) // Highlights, Memo
    expect(tags.filter((t) => t === 'blockquote')).toHaveLength(1)
    expect(tags.filter((t) => t === 'li')).toHaveLength(5) // the facts: Publisher, By, Published, URL, File
    expect(tags.filter((t) => t === 'strong')).toHaveLength(5) // their labels
    for (const tag of [
      'table',
      'code',
      'pre',
      'em',
      'del',
      'ol',
      'hr',
      'h3',
      'a',
      'img',
      'iframe',
      'script',
    ]) {
      expect(tags, tag).not.toContain(tag)
    }
  })

  it('reads the same once rendered: every field shows as the text it was', () => {
    const text = textOf(render(body(md)))
    for (const value of [HOSTILE.title, HOSTILE.publisher, HOSTILE.byline, HOSTILE.url, HOSTILE.fileName]) {
      expect(text).toContain(squash(value))
    }
    for (const value of [HOSTILE.exact, HOSTILE.note, HOSTILE.memo]) {
      for (const line of value.split('\n').filter((l) => l.trim())) expect(text).toContain(squash(line))
    }
    expect(text).toContain('Tags: #<img-src=x-onerror=alert(7)> #state-media')
  })

  it('keeps a hostile memo as text too', () => {
    const memoMd = notesToMarkdown([{ article: { ...baseArticle, memo: HOSTILE.memo }, annotations: [] }])
    const out = render(body(memoMd))
    expect(out.slice(out.indexOf('Memo'))).not.toMatch(LIVE)
    const text = textOf(out)
    for (const line of HOSTILE.memo.split('\n')) expect(text).toContain(squash(line))
  })

  it('writes front matter values on one line each, quoted, and they read back as the article said', () => {
    const front = md.slice(4, md.indexOf('\n---\n'))
    const values = Object.fromEntries(
      front.split('\n').map((line) => {
        const at = line.indexOf(': ')
        return [line.slice(0, at), line.slice(at + 2)]
      }),
    )
    expect(JSON.parse(values.title)).toBe(HOSTILE.title)
    expect(JSON.parse(values.publisher)).toBe(HOSTILE.publisher)
    expect(JSON.parse(values.byline)).toBe(HOSTILE.byline)
    expect(JSON.parse(values.source_file)).toBe(HOSTILE.fileName)
    expect(front).not.toMatch(/[<>[\]]/)
  })
})

describe('ordinary text', () => {
  const ordinary =
    '“We will not back down,” she said. The deal is worth $4 billion — 3 * 4 = 12, up 5% from 2023 ' +
    "(AT&T's snake_case figures, page 4!). C# and F# #1 rated: 50 % off, ~10 km > 6 miles < 7 miles."

  it('renders as exactly the same text wherever it is written', () => {
    const fields = {
      ...HOSTILE,
      title: ordinary,
      publisher: ordinary,
      byline: ordinary,
      url: 'https://example.com/a_b?x=1#frag',
      fileName: ordinary,
      exact: ordinary,
      note: ordinary,
      tags: ['numbers'],
    }
    const text = textOf(render(body(exportOf(fields))))
    expect(text.split(squash(ordinary)).length - 1).toBe(6) // title, publisher, byline, file, quote and note
    expect(text).toContain('https://example.com/a_b?x=1#frag')
    const memo = textOf(
      render(body(notesToMarkdown([{ article: { ...baseArticle, memo: ordinary }, annotations: [] }]))),
    )
    expect(memo).toContain(squash(ordinary))
  })

  it('stays readable in the file: words, curly quotes, numbers and dashes are written as they are', () => {
    const [line] = markdownLines(ordinary)
    expect(line).toContain(
      '“We will not back down,” she said. The deal is worth \\$4 billion — 3 \\* 4 = 12, up 5% from 2023',
    )
    expect(line).toContain("(AT&T's snake_case figures, page 4!)")
  })
})

describe('markdownInline / markdownLines / markdownTag', () => {
  it('escapes markers that only count at the start of a line, and only there', () => {
    expect(markdownLines('- a\n+ b\n1. c\n2) d\n---\n===\nx - y + z 1. w')).toEqual([
      '\\- a',
      '\\+ b',
      '1\\. c',
      '2\\) d',
      '\\---',
      '\\=\\=\\=',
      'x - y + z 1. w',
    ])
  })

  it('drops indentation, which would otherwise make a code block', () => {
    const html = render(markdownLines('Note:\n\n    <b>indented</b> *text*').join('\n'))
    expect(html).not.toContain('<pre')
    expect(textOf(html)).toContain('<b>indented</b> *text*')
    expect(markdownLines('  - item')).toEqual(['\\- item'])
  })

  it('puts a multi-line value on one line', () => {
    expect(markdownInline('  Kim\n\nand Putin \r\n meet ')).toBe('Kim and Putin meet')
  })

  it('escapes an existing backslash so that text cannot undo an escape', () => {
    expect(textOf(render(markdownInline('\\<img src=x onerror=alert(1)>')))).toBe(
      '\\<img src=x onerror=alert(1)>',
    )
    expect(render(markdownInline('\\<img src=x onerror=alert(1)>'))).not.toContain('<img')
  })

  it('writes tags as Obsidian tags, dashes for spaces, without a doubled #', () => {
    expect(markdownTag(' state media ')).toBe('#state-media')
    expect(markdownTag('#numbers')).toBe('#numbers')
    expect(markdownTag('state_media')).toBe('#state_media')
    expect(markdownTag('<b>x</b>')).toBe('#&lt;b&gt;x&lt;/b&gt;')
  })
})

describe('yamlString', () => {
  it('reads back as the same string, on one line', () => {
    for (const value of [
      'Kim "and" Putin',
      'a\nb\\c',
      'x <iframe> [y]',
      'C1 \u0085\u009f and DEL \u007f',
      '—“”😀',
    ]) {
      const quoted = yamlString(value)
      expect(quoted).not.toContain('\n')
      expect(quoted).not.toMatch(/[\u007f-\u009f<>[\]]/)
      expect(JSON.parse(quoted)).toBe(value)
    }
  })

  it('replaces a lone surrogate, which YAML cannot carry', () => {
    expect(JSON.parse(yamlString('a\ud800b'))).toBe('a\ufffdb')
    expect(yamlString(null)).toBe('null')
  })
})
