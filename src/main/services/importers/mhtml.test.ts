import { describe, expect, it } from 'vitest'
import { extractArticle, extractArticleSync, ImportError } from './index'
import { decodeEncodedWords, decodeTransfer, multipartParts, parseEntity, parseHeaderValue } from './mime'
import { buildMhtml, quotedPrintable } from '../../../test-support/fileFixtures'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'

const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs, a decision that fishermen had expected for months — “but still,” one said, “it hurts.”',
  'Engineers found corrosion in the pilings during a routine inspection last spring, and the authority said the work could not wait for another season without risking a collapse.',
  'Local businesses, which depend on visitors who come to watch the boats unload, asked for a phased closure so that at least part of the pier stays open through the summer.',
]

const page = (head = ''): string => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pier to close for repairs | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">${head}
<link rel="stylesheet" href="https://gazette.example/style.css"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Pier to close for repairs</h1>
<img src="https://gazette.example/pier.jpg">
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`

const resources = [
  { type: 'text/css', location: 'https://gazette.example/style.css', body: 'body { color: red }' },
  {
    type: 'image/jpeg',
    location: 'https://gazette.example/pier.jpg',
    body: '\xff\xd8\xff\xe0JFIF',
    encoding: 'base64' as const,
  },
]

describe('MIME pieces', () => {
  it('parses headers with folded lines and parameters', () => {
    const entity = parseEntity(
      'Subject: one\r\n two\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--a\\"b"\r\n\r\nbody',
    )
    expect(entity.headers.get('subject')).toBe('one two')
    const { type, params } = parseHeaderValue(entity.headers.get('content-type'))
    expect(type).toBe('multipart/related')
    expect(params.get('boundary')).toBe('--a"b')
    expect(entity.body).toBe('body')
  })

  it('splits parts at delimiter lines only, up to the closing delimiter', () => {
    const body =
      'preamble\r\n--B\r\nA: 1\r\n\r\none --B inside\r\n--B\r\nA: 2\r\n\r\ntwo\r\n--B--\r\nepilogue'
    expect(multipartParts(body, 'B', 10).map((p) => [p.headers.get('a'), p.body])).toEqual([
      ['1', 'one --B inside'],
      ['2', 'two'],
    ])
    expect(multipartParts(body, 'B', 1)).toHaveLength(1)
  })

  it('undoes quoted-printable and base64, and decodes encoded words', () => {
    const text = 'Ça coûte = 5 €, '.repeat(10)
    expect(new TextDecoder().decode(decodeTransfer(quotedPrintable(utf8(text)), 'quoted-printable'))).toBe(
      text,
    )
    expect(new TextDecoder().decode(decodeTransfer('w4dh\r\nIQ==', 'base64'))).toBe('Ça!')
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3=A9_society?= =?UTF-8?B?IOKAlCBvaw==?=')).toBe(
      'Café society — ok',
    )
    expect(decodeEncodedWords('=?x-unknown?Q?a?= plain')).toBe('=?x-unknown?Q?a?= plain')
  })

  it('keeps a space that falls just before a soft line break (Chrome leaves it unencoded there)', () => {
    expect(
      new TextDecoder().decode(decodeTransfer('With Little =\r\nSay, and =3D =\r\n', 'quoted-printable')),
    ).toBe('With Little Say, and = ')
    // Padding after the "=" of a soft break is not text.
    expect(new TextDecoder().decode(decodeTransfer('one=  \r\ntwo', 'quoted-printable'))).toBe('onetwo')
    // Every position of a space against the 76-character lines Chrome writes.
    for (let shift = 0; shift < 12; shift++) {
      const text = `${'x'.repeat(shift)} ${'word '.repeat(40)}`
      const encoded = quotedPrintable(utf8(text))
      expect(new TextDecoder().decode(decodeTransfer(encoded, 'quoted-printable'))).toBe(text)
    }
  })
})

describe('MHTML import', () => {
  it('reads the root page through the HTML reader, with the MIME metadata as fallbacks', () => {
    const bytes = buildMhtml([
      { type: 'text/html', location: 'https://gazette.example/pier', body: page() },
      ...resources,
    ])
    const article = extractArticleSync('pier.mhtml', bytes)
    expectWellFormed(article)
    expect(article).toMatchObject({
      format: 'mhtml',
      title: 'Pier to close for repairs',
      publisher: 'Harbour Gazette',
      // The MIME Date is the capture date, never the publication date.
      published: null,
      captured: '2024-03-12T09:30:00.000Z',
      url: 'https://gazette.example/pier',
      lang: 'en',
    })
    expect(article.text).toBe(PARAGRAPHS.join('\n\n'))
  })

  it('prefers the page’s own metadata and takes the Subject only for a page with no title', () => {
    const withCanonical = buildMhtml([
      {
        type: 'text/html',
        location: 'https://gazette.example/pier?utm=1',
        body: page(
          '<link rel="canonical" href="https://gazette.example/pier"><meta property="article:published_time" content="2024-03-11T08:00:00Z">',
        ),
      },
    ])
    expect(extractArticleSync('a.mht', withCanonical)).toMatchObject({
      url: 'https://gazette.example/pier',
      published: '2024-03-11T08:00:00Z',
    })
    const untitled = buildMhtml(
      [{ type: 'text/html', location: 'https://x.example/', body: `<p>${PARAGRAPHS[0]}</p>` }],
      {
        Subject: '=?utf-8?Q?Pier_to_close_=E2=80=94_Gazette?=',
      },
    )
    expect(extractArticleSync('b.mht', untitled).title).toBe('Pier to close — Gazette')
  })

  it('decodes the root part by its own charset and transfer encoding', () => {
    const latin = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'))
    const body =
      `<html><head><title>Été à la plage</title></head><body><p>Ça coûte cinq euros à l’entrée.</p></body></html>`.replace(
        '’',
        "'",
      )
    for (const encoding of ['quoted-printable', 'base64', '8bit'] as const) {
      const bytes = buildMhtml(
        [{ type: 'text/html', location: 'https://x.example/', body, encoding, charset: 'iso-8859-1' }],
        {},
        latin,
      )
      expect(extractArticleSync('latin.mht', bytes)).toMatchObject({
        title: 'Été à la plage',
        text: "Ça coûte cinq euros à l'entrée.",
      })
    }
  })

  it('keeps the words around the soft line breaks of a page saved by Chrome', () => {
    const long = 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say, and Some Are Unhappy'
    // Enough positions that a space meets a soft break in the title and in the paragraphs.
    for (let shift = 0; shift < 8; shift++) {
      const body = `<html><head><title>${'x'.repeat(shift)} ${long}</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
      const article = extractArticleSync(
        'chrome.mhtml',
        buildMhtml([{ type: 'text/html', location: 'https://x.example/', body }]),
      )
      expect(article.title).toBe(`${'x'.repeat(shift)} ${long}`.trim())
      expect(article.text).toBe(PARAGRAPHS.join('\n\n'))
    }
  })

  it('finds the root by the start parameter or the snapshot location, not just the first html part', () => {
    const frame = {
      type: 'text/html',
      location: 'cid:frame-1',
      body: '<p>An advertising frame, long enough to be read as an article by itself.</p>',
    }
    const root = { type: 'text/html', location: 'https://gazette.example/pier', body: page() }
    const bytes = buildMhtml([frame, root], { 'Snapshot-Content-Location': root.location })
    expect(extractArticleSync('frames.mhtml', bytes).text).toBe(PARAGRAPHS.join('\n\n'))
  })

  it('reads a page saved as .mht without MIME as HTML, and a MIME file named .html as MHTML', async () => {
    expect(extractArticleSync('plain.mht', utf8(page())).format).toBe('html')
    const bytes = buildMhtml([{ type: 'text/html', location: 'https://gazette.example/pier', body: page() }])
    expect((await extractArticle('saved.html', bytes)).format).toBe('mhtml')
  })

  it.each([
    ['no html part', buildMhtml([resources[0]]), 'the MHTML file is damaged or holds no web page'],
    [
      'no boundary',
      utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nbody'),
      'the MHTML file is damaged or holds no web page',
    ],
    ['no MIME at all', utf8('just some words'), 'the MHTML file is damaged or holds no web page'],
  ])('refuses an MHTML file with %s', (_, bytes, reason) => {
    let error: unknown
    try {
      extractArticleSync('x.mhtml', bytes)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).reason).toBe(reason)
  })
})
