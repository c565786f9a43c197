import { describe, expect, it } from 'vitest'
import { parseHtmlDocument } from './htmlDocument'

/** The element names under the body, in document order. */
const bodyTags = (document: Document): string[] =>
  [...document.body.querySelectorAll('*')].map((e) => e.localName)

describe('parseHtmlDocument', () => {
  it('gives a fragment the html, head and body a browser would', () => {
    const document = parseHtmlDocument('<title>Pier</title><p>One</p><p>Two')
    expect(document.documentElement.localName).toBe('html')
    expect(document.title).toBe('Pier')
    expect(document.head.querySelector('title')).not.toBeNull()
    expect(bodyTags(document)).toEqual(['p', 'p'])
    expect(document.body.textContent).toBe('OneTwo')
  })

  it('moves what a page left in its head, or put after its body, into the body, in order', () => {
    const document = parseHtmlDocument(
      '<!doctype html><html><head><title>T</title><meta name="a" content="b"><div>First</div><p>Second</head>' +
        '<body><p>Third</p></body>after body</html><p>after html</p>',
    )
    expect([...document.head.children].map((e) => e.localName)).toEqual(['title', 'meta'])
    expect(bodyTags(document)).toEqual(['div', 'p', 'p', 'p'])
    expect(document.body.textContent).toBe('FirstSecondThirdafter bodyafter html')
    expect(document.documentElement.parentNode).toBe(document)
    expect([...document.childNodes].filter((n) => n.nodeType === 1)).toHaveLength(1)
  })

  it('keeps what follows a stray <head>, <body> or <html> inside the body, as HTML5 parsing does', () => {
    const document = parseHtmlDocument(
      '<html><head><title>T</title></head><body><p>a</p><head><p>b</p><body><p>c</p><html lang="x"><p>d</p></body></html>',
    )
    expect(bodyTags(document)).toEqual(['p', 'p', 'p', 'p'])
    expect(document.body.textContent).toBe('abcd')
    // A fragment with a stray <head> and no other skeleton tags.
    expect(parseHtmlDocument('<p>a</p><head><p>b</p>').body.textContent).toBe('ab')
  })

  it('leaves an ordinary page as it is', () => {
    const html =
      '<!doctype html><html lang="en"><head><title>T</title></head>\n<body><p>Text</p></body></html>'
    const document = parseHtmlDocument(html)
    expect(document.documentElement.getAttribute('lang')).toBe('en')
    expect(bodyTags(document)).toEqual(['p'])
  })

  it('turns CR LF into LF and NUL into U+FFFD, as HTML parsing does', () => {
    const document = parseHtmlDocument('<p>one\r\ntwo\rthree\0four</p>')
    expect(document.body.textContent).toBe('one\ntwo\nthree\uFFFDfour')
  })

  it('decodes character references and leaves script text inert', () => {
    const document = parseHtmlDocument(
      '<p>Fish &amp; chips&nbsp;&#x41;</p><script>document.write("<p>no</p>")</script>',
    )
    expect(document.querySelector('p')?.textContent).toBe('Fish & chips\u00a0A')
    expect(bodyTags(document)).toEqual(['p', 'script'])
  })
})
