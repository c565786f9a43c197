import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../shared/ipc/schemas'
import { EXTRACTOR_VERSION, extractArticleSync, ImportError, SUPPORTED_EXTENSIONS } from './index'
import { expectWellFormed, utf8 } from '../../../test-support/extracted'

function importFailure(fileName: string, bytes: Uint8Array): ImportError {
  try {
    extractArticleSync(fileName, bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error(`${fileName} was imported`)
}

describe('the importer’s surface', () => {
  it('names its version and the extensions it reads', () => {
    expect(EXTRACTOR_VERSION).toBe(7)
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(
      [
        '.epub',
        '.htm',
        '.html',
        '.markdown',
        '.md',
        '.mht',
        '.mhtml',
        '.pdf',
        '.text',
        '.txt',
        '.xhtml',
      ].sort(),
    )
  })

  it('picks the reader by extension, whatever its case', () => {
    expect(extractArticleSync('A.TXT', utf8('Hello.')).format).toBe('text')
    expect(extractArticleSync('b.Md', utf8('Hello.')).format).toBe('markdown')
    expect(extractArticleSync('c.xhtml', utf8('<p>Hello.</p>')).format).toBe('html')
    expect(extractArticleSync('d.text', utf8('<html><p>Hello.</p></html>')).format).toBe('html')
  })
})

describe('files that cannot be imported', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), 'the file is empty'],
    ['blank.md', utf8(' \n\t\r\n  \u00A0'), 'the file is empty'],
    [
      'picture.txt',
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
      'it looks like a binary file, not text',
    ],
    ['report.pdf', utf8('Quarterly figures, not a PDF at all.'), 'the PDF is damaged or not a PDF'],
    ['book.epub', utf8('PK'), 'the EPUB is damaged or not an EPUB'],
    [
      'letter.docx',
      utf8('PK'),
      '“.docx” files are not supported yet (Dossier imports .txt, .md, .html, .mht, .pdf and .epub)',
    ],
    [
      'chrome.html',
      utf8('<html><head><title>Only a title</title></head><body><nav></nav></body></html>'),
      'no article text was found in it',
    ],
  ])('%s: %s', (file, bytes, reason) => {
    const error = importFailure(file, bytes)
    expect(error.file).toBe(file)
    expect(error.reason).toBe(reason)
    expect(error.message).toBe(`Could not import “${file}”: ${reason}.`)
  })

  it('refuses a file over the size limit before reading it', () => {
    // All NUL: were it read, it would fail as binary instead.
    const error = importFailure('huge.txt', new Uint8Array(LIMITS.fileBytes + 1))
    expect(error.reason).toBe('the file is larger than 50 MB')
    expect(error.message).toContain('“huge.txt”')
  })

  it('takes a file of control characters for binary', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect(importFailure('noise.txt', bytes).reason).toBe('it looks like a binary file, not text')
  })

  it('imports a file of exactly the size limit', () => {
    const bytes = new Uint8Array(LIMITS.fileBytes).fill(0x61)
    bytes.set(utf8('Title line\n\n'))
    bytes.set(utf8(' ends.'), bytes.length - 6)
    expect(extractArticleSync('big.txt', bytes).title).toBe('Title line')
  })
})

describe('encodings', () => {
  it('reads UTF-16 LE and BE by their byte-order mark', () => {
    const text = 'Ça coûte 5 €.\r\n\r\n“Quoted” — ok.'
    const le = new Uint8Array(2 + text.length * 2)
    const be = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      le.set([code & 0xff, code >> 8], 2 + i * 2)
      be.set([code >> 8, code & 0xff], 2 + i * 2)
    }
    for (const bytes of [le, be]) {
      expect(extractArticleSync('utf16.txt', bytes).text).toBe('Ça coûte 5 €.\n\n“Quoted” — ok.')
    }
  })

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    // “Café” in windows-1252, then a paragraph break and an em dash
    const bytes = Uint8Array.from([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e, 0x0d, 0x0a, 0x0d, 0x0a,
      0x41, 0x97, 0x42, 0x2e,
    ])
    const article = extractArticleSync('legacy.txt', bytes)
    expect(article.text).toBe('“Café” opens.\n\nA—B.')
  })

  it('drops a UTF-8 byte-order mark and reads CRLF and CR line ends as LF', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...utf8('Headline here\r\n\r\nOne.\r\nStill one.\r\rTwo.'),
    ])
    const article = extractArticleSync('windows.txt', bytes)
    expect(article.title).toBe('Headline here')
    expect(article.text).toBe('One. Still one.\n\nTwo.')
  })

  it('stores NFC text and metadata', () => {
    const decomposed = 'Cafe\u0301 society\n\nThe cafe\u0301 opened.'
    const article = extractArticleSync('nfd.txt', utf8(decomposed))
    expect(article.title).toBe('Café society')
    expect(article.text).toBe('The café opened.')
  })
})

describe('offsets', () => {
  it.each([
    ['text', 'story.txt', 'Title\n\n\n\nFirst  para\u00A0graph.\n\n\n\n  Second\tone.  \n\n'],
    ['markdown', 'story.md', '# T\n\n- a\n- b\n\n> q\n\n\n\ntext'],
    ['html', 'story.html', '<h1>T</h1><p>One <b>two</b></p><ul><li>a</li></ul><blockquote>q</blockquote>'],
  ])('every %s block is a non-empty range separated by one blank line', (_, file, content) => {
    expectWellFormed(extractArticleSync(file, utf8(content)))
  })
})
