import { describe, expect, it } from 'vitest'
import { prepareHtml } from './htmlPrepass'
import { extractArticle, ImportError } from './index'
import { buildEpub, buildMhtml, xhtmlChapter } from '../../../test-support/fileFixtures'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'

const PARAGRAPH =
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs, a decision that fishermen had expected for months but still greeted with dismay.'

// These cases are bounded by mechanisms, and the tests check those: what reaches the parser (the
// prepass's output), the limits' refusals, the depth read. Their speed is measured by the bench.

/** Runs an import and returns what it gave or threw. */
async function outcome(file: string, bytes: Uint8Array): Promise<{ result: unknown }> {
  const result = await extractArticle(file, bytes).then(
    (a) => a,
    (e: unknown) => e,
  )
  return { result }
}

async function reasonFor(file: string, bytes: Uint8Array): Promise<string> {
  const { result } = await outcome(file, bytes)
  expect(result).toBeInstanceOf(ImportError)
  return (result as ImportError).reason
}

const deep = (levels: number, open = '<div>', close = '</div>'): string =>
  `<html><body>${open.repeat(levels)}<p>${PARAGRAPH}</p>${close.repeat(levels)}</body></html>`

describe('saved pages', () => {
  it('reads a SingleFile page fast: inlined data, huge attributes and style sheets never reach the parser', async () => {
    const image = `data:image/png;base64,${'A'.repeat(8 * 1024 * 1024)}`
    const html = `<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile
 url: https://gazette.example/pier
 saved date: Tue Mar 12 2024 10:30:00 GMT+0100 (Central European Standard Time)
--><head><meta charset="utf-8"><title>Pier to close for repairs</title>
<style>${'.a{background:url(data:image/png;base64,AAAA)}'.repeat(100_000)}</style>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to close for repairs","datePublished":"2024-03-11T07:00:00Z","author":{"name":"Jane Doe"}}</script>
<script>${'var x = "<div>";'.repeat(50_000)}</script></head>
<body><article><h1>Pier to close for repairs</h1><img src="${image}" alt="pier">
<p data-sf="${'x'.repeat(2 * 1024 * 1024)}">${PARAGRAPH}</p><p>${PARAGRAPH.replace('Tuesday', 'Monday')}</p></article></body></html>`
    const prepared = prepareHtml(html)
    expect(prepared.html.length).toBeLessThan(20_000)
    expect(prepared.html).toContain('"datePublished":"2024-03-11T07:00:00Z"')
    const { result } = await outcome('pier.html', utf8(html))
    expect(result).toMatchObject({
      format: 'html',
      title: 'Pier to close for repairs',
      byline: 'Jane Doe',
      published: '2024-03-11T07:00:00Z',
      url: 'https://gazette.example/pier',
      captured: '2024-03-12T09:30:00.000Z',
    })
  })

  it('drops attributes that nothing reads before parsing, and keeps those Readability and the metadata read', () => {
    const html =
      '<div class="story" data-track="x" onclick="alert(1)" aria-label="Story" hidden><p id="a" style="color:red" data-x>Text</p>' +
      '<time datetime="2024-03-11" pubdate>11 March</time><a href="/x" rel="author" itemprop="author" target="_blank">Jane</a>' +
      '<img src="a.png" data-src="big.png" loading="lazy"><table summary="s"><tr><td colspan="2" nowrap>c</td></tr></table></div>'
    expect(prepareHtml(html).html).toBe(
      '<div class="story"    hidden><p id="a" style="color:red" >Text</p>' +
        '<time datetime="2024-03-11" pubdate>11 March</time><a href="/x" rel="author" itemprop="author" >Jane</a>' +
        '<img src="a.png" data-src="big.png" loading="lazy"><table summary="s"><tr><td colspan="2" >c</td></tr></table></div>',
    )
  })

  it('drops white space between block tags before parsing, but not between words, nor in <pre>', () => {
    const html =
      '<body>\n  <div>\n    <p><b>One</b> <i>two</i></p>\n    <p>three <span>four</span></p>\n  </div>\n' +
      '  <pre>\n  <b>x</b>\n  <b>y</b>\n</pre>\n</body>'
    expect(prepareHtml(html).html).toBe(
      '<body><div><p><b>One</b> <i>two</i></p><p>three <span>four</span></p></div>' +
        '<pre>\n  <b>x</b>\n  <b>y</b>\n</pre></body>',
    )
  })

  it('drops comments, script code, style sheets and <noscript> whole before parsing, keeping JSON-LD', () => {
    const html =
      '<html><head>\n  <meta charset="utf-8">\n  <title>T</title>\n  <script src="a.js"></script>\n' +
      '  <script type="application/ld+json">{"headline":"H"}</script>\n  <style>p{}</style>\n</head>\n' +
      '<body>\n<!-- nav -->\n<div>\n<script>var a = "</div>"</script>\n<p>One <!-- x -->two<noscript><p>Enable JS</p></noscript>' +
      ' three</p>\n</div>\n</body></html>'
    expect(prepareHtml(html).html).toBe(
      '<html><head><meta charset="utf-8"><title>T</title>' +
        '<script type="application/ld+json">{"headline":"H"}</script></head>' +
        '<body><div><p>One two three</p></div></body></html>',
    )
  })

  it('ends comments where HTML5 does, so no text after an odd one is lost', () => {
    expect(prepareHtml('<p>a<!-->b<!--->c<!-- x --!>d<!-- y -->e</p>').html).toBe('<p>abcde</p>')
    expect(prepareHtml('<p>a<!-- never closed <p>b</p>').html).toBe('<p>a')
  })

  it('keeps white space in a head once a tag that has no place there ends it', () => {
    const html = '<head>\n<title>T</title>\n<b>One</b> <i>two</i></head>'
    expect(prepareHtml(html).html).toBe('<head><title>T</title><b>One</b> <i>two</i></head>')
  })

  it('reads the comment a browser saves a page with, though comments are dropped before parsing', async () => {
    const html = `<!-- saved from url=(0029)https://gazette.example/pier -->\n<html><head><title>Pier</title></head><body><article><p>${PARAGRAPH}</p></article></body></html>`
    const { result } = await outcome('pier.html', utf8(html))
    expect(result).toMatchObject({ format: 'html', url: 'https://gazette.example/pier' })
  })

  it('reads a "Webpage, complete" page without its _files folder, taking the address it was saved from', async () => {
    const html = `<!DOCTYPE html>
<!-- saved from url=(0029)https://gazette.example/pier -->
<html><head><title>Pier to close</title><link rel="stylesheet" href="./pier_files/style.css">
<script src="./pier_files/app.js"></script></head>
<body><article><h1>Pier to close</h1><img src="./pier_files/pier.jpg"><p>${PARAGRAPH}</p>
<p><time datetime="2024-03-11T07:00:00Z">11 March</time> ${PARAGRAPH}</p></article></body></html>`
    const { result } = await outcome('pier.html', utf8(html))
    expect(result).toMatchObject({ url: 'https://gazette.example/pier', published: '2024-03-11T07:00:00Z' })
  })

  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2024-03-11T07:00:00+01:00">',
      '2024-03-11T07:00:00+01:00',
    ],
    [
      'microdata',
      '</head><body><span itemprop="datePublished" content="2024-03-11">11 March</span><head>',
      '2024-03-11',
    ],
    ['a meta date', '<meta name="date" content="March 11, 2024">', '2024-03-11'],
  ])('takes the publication date from %s', async (_, head, published) => {
    const html = `<html><head><title>T</title>${head}</head><body><time datetime="2020-01-01">Old</time><p>${PARAGRAPH}</p></body></html>`
    expect(((await outcome('p.html', utf8(html))).result as { published: string }).published).toBe(published)
  })

  it('decodes a page that is not UTF-8 by the charset it declares', async () => {
    const bytes = Uint8Array.from([
      ...utf8('<html><head><meta charset="windows-1251"><title>T</title></head><body><p>'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2, // Привет
      ...utf8('</p></body></html>'),
    ])
    expect(((await outcome('ru.html', bytes)).result as { text: string }).text).toBe('Привет')
  })
})

describe('hostile and broken files', () => {
  it.each(['a.html', 'a.pdf', 'a.epub', 'a.mhtml', 'a.md', 'a.txt', 'noext'])(
    'refuses an empty %s',
    async (file) => {
      expect(await reasonFor(file, new Uint8Array(0))).toBe('the file is empty')
    },
  )

  it('refuses 100,000-deep nesting in a page, an XHTML file, an MHTML page and an EPUB chapter, fast', async () => {
    const reason = 'the page is nested too deeply to read (more than 256 levels)'
    const page = deep(100_000)
    expect(await reasonFor('deep.html', utf8(page))).toBe(reason)
    expect(await reasonFor('deep.xhtml', utf8(deep(100_000, '<div/>', '')))).toBe(reason)
    expect(
      await reasonFor(
        'deep.mhtml',
        buildMhtml([{ type: 'text/html', location: 'https://x.example/', body: page }]),
      ),
    ).toBe(reason)
    const epub = buildEpub({
      chapters: [{ name: 'a.xhtml', html: xhtmlChapter('A', deep(100_000, '<span>', '</span>')) }],
    })
    expect(await reasonFor('deep.epub', epub)).toBe(reason)
    expect(await reasonFor('tables.html', utf8(deep(30, '<table><tr><td>', '</td></tr></table>')))).toBe(
      'the page is nested too deeply to read (more than 24 levels of tables)',
    )
  })

  it('reads a page nested just within the limits, whole', async () => {
    // The prepass lets 250 levels through to the parser untouched; one level more than the limit is refused.
    expect(prepareHtml(deep(250)).html).toBe(deep(250))
    expect(() => prepareHtml(deep(257))).toThrow('the page is nested too deeply to read (more than 256 levels)')
    const { result } = await outcome('deep.html', utf8(deep(250)))
    expect((result as { text: string }).text).toBe(PARAGRAPH)
  })

  it('refuses markup that would make the parser re-create formatting in every paragraph', async () => {
    const bold = Array.from({ length: 60 }, (_, i) => `<b id="b${i}">`).join('')
    expect(
      await reasonFor('bomb.html', utf8(`<html><body><p>${bold}${'<p>x'.repeat(100_000)}</body></html>`)),
    ).toBe('its markup is too broken to read (unclosed formatting in every paragraph)')
    // Formatting that wraps the paragraphs is open once, not re-created: an ordinary page.
    const { result } = await outcome(
      'wrapped.html',
      utf8(`<html><body>${bold}${`<p>${PARAGRAPH}</p>`.repeat(2000)}</body></html>`),
    )
    expectWellFormed(result as Awaited<ReturnType<typeof extractArticle>>)
  })

  it('never expands entities declared in a page’s DOCTYPE', async () => {
    const html = `<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "lollollollol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Say &b; now.</p></body></html>`
    const { result } = await outcome('laughs.xhtml', utf8(html))
    expect((result as { text: string }).text).not.toContain('lol')
  })

  it('reads invalid UTF-8 as windows-1252 instead of failing', async () => {
    const bytes = Uint8Array.from([...utf8('<p>Caf'), 0xe9, 0xc3, 0x28, ...utf8(' open.</p>')])
    expect(((await outcome('bad.html', bytes)).result as { text: string }).text).toBe('Café\u00c3( open.')
  })

  it('names what a file is when its extension lies', async () => {
    expect(await reasonFor('notes.epub', utf8('Just some notes.'))).toBe('the EPUB is damaged or not an EPUB')
    expect(await reasonFor('scan.pdf', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBe(
      'the PDF is damaged or not a PDF',
    )
    expect(
      await reasonFor('pic.html', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toBe('it looks like a binary file, not text')
  })
})
