import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { extractHtml } from './html'
import { parseHtmlDocument } from './htmlDocument'
import { extractArticleSync } from './index'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'

const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs, a decision that fishermen had expected for months but still greeted with dismay.',
  'Engineers found corrosion in the pilings during a routine inspection last spring, and the authority said the work could not wait for another season without risking a collapse.',
  'Local businesses, which depend on visitors who come to watch the boats unload, asked for a phased closure so that at least part of the pier stays open through the summer.',
  'The authority said it would consider the request but warned that safety came first, and that a final schedule would be published before the end of the month.',
]

/** A page that tries every way a file can run code or reach the network, around a real article. */
function hostilePage(origin: string): string {
  return `<!doctype html>
<html lang="en-GB"><head>
  <title>Pier to close for repairs | Harbour Gazette</title>
  <meta http-equiv="refresh" content="0; url=${origin}/refresh">
  <meta property="og:site_name" content="Harbour Gazette">
  <link rel="stylesheet" href="${origin}/style.css">
  <link rel="canonical" href="https://gazette.example/pier">
  <style>body { background: url(${origin}/css-bg.png) } @import url("${origin}/import.css");</style>
  <script src="${origin}/script.js"></script>
  <script>window.ranScript = true; document.documentElement.setAttribute('data-ran', 'yes'); fetch('${origin}/inline-fetch')</script>
</head><body onload="document.title='PWNED ONLOAD'">
  <nav><a href="/">Home</a> <a href="javascript:alert('nav')">News</a></nav>
  <article>
    <h1>Pier to close for repairs</h1>
    <p>${PARAGRAPHS[0]} <a href="javascript:alert('xss')" onclick="alert('click')">Read the notice</a>.</p>
    <img src="${origin}/remote.png" onerror="alert('img onerror')" alt="ALT TEXT">
    <p style="background-image: url(${origin}/inline-style.png)">${PARAGRAPHS[1]}</p>
    <iframe src="${origin}/frame.html">IFRAME FALLBACK</iframe>
    <p>${PARAGRAPHS[2]}<script>alert('SCRIPT IN PARAGRAPH')</script></p>
    <script>document.write('<p>WRITTEN BY SCRIPT into the middle of the article, long enough to be kept as one of its paragraphs by any reader.</p>')</script>
    <object data="${origin}/object.swf">OBJECT FALLBACK</object>
    <embed src="${origin}/embed.swf">
    <svg onload="alert('svg')"><script>alert('SVG SCRIPT')</script></svg>
    <form action="${origin}/form"><button formaction="javascript:alert(1)">BUTTON LABEL</button></form>
    <p>${PARAGRAPHS[3]}</p>
    <video src="${origin}/video.mp4" poster="${origin}/poster.png"></video>
  </article>
  <script>document.write('<p>WRITTEN BY SCRIPT</p>')</script>
</body></html>`
}

describe('hostile HTML', () => {
  let server: Server
  let origin = ''
  const requests: string[] = []

  beforeAll(async () => {
    // A server that records every request and never answers: a fetch would show up here and
    // would also leave extraction hanging.
    server = createServer((req) => requests.push(req.url ?? ''))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('parses the page without running its scripts or loading anything', async () => {
    const document = parseHtmlDocument(hostilePage(origin))
    // Resource loads are asynchronous: give them the time to reach the server.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(requests).toEqual([])
    expect((globalThis as { ranScript?: boolean }).ranScript).toBeUndefined()
    expect(document.documentElement.getAttribute('data-ran')).toBeNull()
    expect(document.title).toBe('Pier to close for repairs | Harbour Gazette')
    // The script is in the tree as inert text, never run.
    expect(document.querySelector('script:not([src])')?.textContent).toContain('window.ranScript = true')
  })

  it('keeps the article and nothing that runs, loads or is markup', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => {}))
    try {
      const article = extractArticleSync('hostile.html', utf8(hostilePage(origin)))
      // Give any resource load that might have been queued the time to reach the server.
      await new Promise((resolve) => setTimeout(resolve, 300))

      expect(requests).toEqual([])
      expect(fetchSpy).not.toHaveBeenCalled()
      // The javascript: link keeps its words, as any link does.
      expect(article.text).toBe([`${PARAGRAPHS[0]} Read the notice.`, ...PARAGRAPHS.slice(1)].join('\n\n'))
      expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
      expectWellFormed(article)
      for (const leak of [
        'INJECTED',
        'WRITTEN BY SCRIPT',
        'alert',
        'javascript',
        'onerror',
        'PWNED',
        'IFRAME',
        'OBJECT FALLBACK',
        'BUTTON',
        'ALT TEXT',
        'url(',
        '<',
        '127.0.0.1',
      ]) {
        expect(article.text).not.toContain(leak)
      }
      expect(article).toMatchObject({
        title: 'Pier to close for repairs',
        publisher: 'Harbour Gazette',
        lang: 'en-GB',
        url: 'https://gazette.example/pier',
      })
    } finally {
      fetchSpy.mockRestore()
    }
  })
})

const STORY = `<!doctype html><html><head>
<title>Council backs new library - City Post</title>
<meta property="og:title" content="Council backs new library">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<meta name="author" content="By Ada Byron">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"City Post"},
 {"@type":"NewsArticle","headline":"Council backs new library","author":[{"@type":"Person","name":"Ada Byron"},{"@type":"Person","name":"Tim Lee"}],
  "publisher":{"@type":"Organization","name":"The City Post"},"datePublished":"2024-03-05T09:30:00+01:00","inLanguage":"en","url":"https://citypost.example/library"}]}</script>
</head><body><main><article>
<h1>Council backs new library</h1>
<p>The city council voted on Monday to build a new central library on the site of the old bus depot, ending a debate that has run for almost a decade.</p>
<h2>What the plan includes</h2>
<ul><li>Three reading floors</li><li>A children’s wing<ol><li>Story room</li><li>Play area</li></ol></li></ul>
<figure><img src="plan.png"><figcaption>The architect’s drawing of the new building.</figcaption></figure>
<blockquote><p>It is the best news this city has had in years.</p><p>We will be there on opening day.</p></blockquote>
<div>Construction is due to start next spring and the library should open in <em>three</em> years, the council said in a statement after the vote.</div>
<pre>Vote: 31 for, 4 against</pre>
<p>Opponents had argued that the money would be better spent on the existing branch libraries, several of which have cut their opening hours since 2019.</p>
</article></main></body></html>`

describe('HTML articles', () => {
  const article = extractHtml(STORY)

  it('reads metadata from JSON-LD first', () => {
    expect(article).toMatchObject({
      title: 'Council backs new library',
      byline: 'Ada Byron, Tim Lee',
      publisher: 'The City Post',
      published: '2024-03-05T09:30:00+01:00',
      lang: 'en',
      url: 'https://citypost.example/library',
    })
  })

  it('turns the article into typed blocks, without the title heading or the figure', () => {
    const blocks = article.blocks.map((b) => ({
      type: b.type,
      ...(b.level ? { level: b.level } : {}),
      ...(b.type === 'listItem' ? { ordered: b.ordered } : {}),
      text: article.text.slice(b.start, b.end),
    }))
    expect(blocks).toEqual([
      { type: 'paragraph', text: expect.stringMatching(/^The city council voted/) },
      { type: 'heading', level: 2, text: 'What the plan includes' },
      { type: 'listItem', ordered: false, text: 'Three reading floors' },
      { type: 'listItem', ordered: false, text: 'A children’s wing' },
      { type: 'listItem', ordered: true, text: 'Story room' },
      { type: 'listItem', ordered: true, text: 'Play area' },
      { type: 'quote', text: 'It is the best news this city has had in years.' },
      { type: 'quote', text: 'We will be there on opening day.' },
      {
        type: 'paragraph',
        text: expect.stringMatching(/^Construction is due to start .* open in three years/),
      },
      { type: 'paragraph', text: 'Vote: 31 for, 4 against' },
      { type: 'paragraph', text: expect.stringMatching(/^Opponents had argued/) },
    ])
    expect(article.text).not.toContain('architect’s drawing')
    expectWellFormed({ format: 'html', ...article })
  })

  it('falls back to meta tags and the page title without JSON-LD', () => {
    const page = STORY.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace(
      '<meta property="og:title" content="Council backs new library">',
      '',
    )
    const plain = extractHtml(page)
    expect(plain.byline).toBe('Ada Byron')
    expect(plain.publisher).toBeNull()
    expect(plain.url).toBeNull()
    expect(plain.lang).toBeNull()
    expect(plain.published).toBe('2024-03-05T09:30:00+01:00')
    expect(plain.title).toBe('Council backs new library')
  })

  it('still gives the text of a page too small for Readability', () => {
    const tiny = extractArticleSync('note.htm', utf8('<html><body><div>Just one line.</div></body></html>'))
    expect(tiny.format).toBe('html')
    expect(tiny.text).toBe('Just one line.')
  })

  it('reads a .txt file that holds an HTML document as HTML', () => {
    const sniffed = extractArticleSync('saved.txt', utf8(`  \n<!DOCTYPE html>${STORY.slice(15)}`))
    expect(sniffed.format).toBe('html')
    expect(sniffed.text).not.toContain('<')
  })
})
