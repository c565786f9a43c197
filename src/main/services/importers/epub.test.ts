import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BoundedZip } from './boundedZip'
import { resolveHref } from './epubPackage'
import { extractArticleSync, ImportError } from './index'
import { buildEpub, xhtmlChapter } from '../../../test-support/fileFixtures'
import { expectWellFormed } from '../../../test-support/extracted'
import { withDeclaredSize } from '../../../test-support/zipFixtures'

const METADATA = `<dc:title>Harbour Stories</dc:title>
    <dc:creator opf:role="aut" xmlns:opf="http://www.idpf.org/2007/opf">Jane Doe</dc:creator>
    <dc:creator>John Roe</dc:creator>
    <dc:publisher>Gazette Books</dc:publisher>
    <dc:date opf:event="modification" xmlns:opf="http://www.idpf.org/2007/opf">2024-01-02</dc:date>
    <dc:date opf:event="publication" xmlns:opf="http://www.idpf.org/2007/opf">2023-09-13</dc:date>
    <dc:language>en-GB</dc:language>
    <dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
    <dc:identifier>https://books.example/harbour-stories</dc:identifier>
    <meta property="dcterms:modified">2024-01-02T00:00:00Z</meta>`

function failure(file: string, bytes: Uint8Array): ImportError {
  try {
    extractArticleSync(file, bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error(`${file} was imported`)
}

describe('EPUB', () => {
  it('reads the chapters in spine order, as blocks, with the package metadata', () => {
    const bytes = buildEpub({
      metadata: METADATA,
      chapters: [
        // File names sort the other way round: the order has to come from the spine.
        {
          name: 'z-title.xhtml',
          html: xhtmlChapter('Title', '<h1>Harbour Stories</h1><p>For the fishermen.</p>'),
        },
        {
          name: 'b-one.xhtml',
          html: xhtmlChapter(
            'One',
            `<section><h2>The pier</h2><p>The pier closed on Tuesday&nbsp;morning.</p><div/>
             <p>Engineers found <em>corrosion</em>.<br/>It could not wait.</p>
             <blockquote><p>“Safety first,” she said.</p></blockquote>
             <figure><img src="../images/pier.jpg"/><figcaption>A caption.</figcaption></figure></section>`,
          ),
        },
        {
          name: 'a-two.xhtml',
          html: xhtmlChapter('Two', '<h2>The summer</h2><ul><li>Boats</li><li>Visitors</li></ul>'),
        },
      ],
    })
    const article = extractArticleSync('stories.epub', bytes)
    expectWellFormed(article)
    expect(article).toMatchObject({
      format: 'epub',
      title: 'Harbour Stories',
      byline: 'Jane Doe, John Roe',
      publisher: 'Gazette Books',
      published: '2023-09-13',
      lang: 'en-GB',
      url: 'https://books.example/harbour-stories',
    })
    expect(article.text).toBe(
      [
        'For the fishermen.',
        'The pier',
        'The pier closed on Tuesday morning.',
        'Engineers found corrosion. It could not wait.',
        '“Safety first,” she said.',
        'The summer',
        'Boats',
        'Visitors',
      ].join('\n\n'),
    )
    expect(article.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'quote',
      'heading',
      'listItem',
      'listItem',
    ])
  })

  it('never expands DOCTYPE entities, in the package or in a chapter', () => {
    const laughs =
      '<!DOCTYPE html [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
    const bytes = buildEpub({
      metadata: '<dc:title>Entities</dc:title>',
      chapters: [
        {
          name: 'one.xhtml',
          html: `<?xml version="1.0"?>${laughs}<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &c; &x; after.</p></body></html>`,
        },
      ],
    })
    const article = extractArticleSync('entities.epub', bytes)
    expect(article.text).toBe('Before &c; &x; after.')
    expect(article.text).not.toContain('lol')
  })

  it('resolves hrefs against the package folder and never outside the archive', () => {
    expect(resolveHref('OEBPS/content.opf', 'text/ch%201.xhtml#start')).toBe('OEBPS/text/ch 1.xhtml')
    expect(resolveHref('OEBPS/content.opf', '../Text/ch.xhtml')).toBe('Text/ch.xhtml')
    expect(resolveHref('content.opf', '../../../etc/passwd')).toBe('etc/passwd')
    expect(resolveHref('OEBPS/content.opf', 'https://evil.example/ch.xhtml')).toBeNull()
  })

  it('refuses an archive that declares more than the inflation limit, before inflating it', () => {
    const bytes = buildEpub({ chapters: [{ name: 'one.xhtml', html: xhtmlChapter('One', '<p>Short.</p>') }] })
    // The chapter's declared size rewritten to 300 MB: a zip bomb's claim.
    const bomb = withDeclaredSize(bytes, 'OEBPS/text/one.xhtml', 300 * 1024 * 1024)
    expect(failure('bomb.epub', bomb).reason).toBe('the EPUB expands to more than 200 MB')
    const zip = new BoundedZip(bomb, { inflatedBytes: 200 * 1024 * 1024, entries: 100 }, 'damaged')
    expect(() => zip.read(new Set(zip.list()))).toThrow('the EPUB expands to more than 200 MB')
    expect(zip.inflated).toBe(0)
  })

  it('calls an entry that inflates past the size it declares a zip bomb', () => {
    // A chapter that really inflates to 20 MB of paragraphs but declares 2 KB.
    const big = xhtmlChapter('Big', '<p>word word word.</p>'.repeat(1_000_000))
    const bytes = withDeclaredSize(buildEpub({ chapters: [{ name: 'big.xhtml', html: big }] }), 'OEBPS/text/big.xhtml', 2048)
    expect(failure('liar.epub', bytes).message).toBe(
      'Could not import “liar.epub”: the EPUB is a zip bomb: “OEBPS/text/big.xhtml” expands to more than the 2,048 bytes it declares.',
    )
  })

  it.each([
    [
      'a ZIP that is not an EPUB',
      zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
      'it is a ZIP archive, not an EPUB',
    ],
    [
      'a truncated archive',
      buildEpub({ chapters: [{ name: 'a.xhtml', html: '<p>x</p>' }] }).subarray(0, 200),
      'the EPUB is damaged or not an EPUB',
    ],
    [
      'no container and no package',
      zipSync({ mimetype: strToU8('application/epub+zip'), 'OEBPS/a.xhtml': strToU8('<p>x</p>') }),
      'the EPUB is damaged (it names no package file)',
    ],
    ['an empty spine', buildEpub({ chapters: [] }), 'the EPUB is damaged (it lists no chapters)'],
    [
      'DRM',
      buildEpub({
        chapters: [{ name: 'one.xhtml', html: xhtmlChapter('One', '<p>Scrambled.</p>') }],
        extra: {
          'META-INF/encryption.xml':
            strToU8(`<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
  <enc:CipherData><enc:CipherReference URI="OEBPS/text/one.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`),
        },
      }),
      'the EPUB is protected by DRM',
    ],
    [
      'too many entries',
      zipSync(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`f${i}`, new Uint8Array(0)]))),
      'the EPUB holds more than 10,000 files',
    ],
  ])('refuses %s', (_, bytes, reason) => {
    expect(failure('book.epub', bytes).reason).toBe(reason)
  })

  it('reads a book whose container is missing but whose package is the only one', () => {
    const bytes = buildEpub({
      noContainer: true,
      metadata: '<dc:title>Loose</dc:title>',
      chapters: [{ name: 'one.xhtml', html: xhtmlChapter('One', '<p>Still readable.</p>') }],
    })
    expect(extractArticleSync('loose.epub', bytes)).toMatchObject({ title: 'Loose', text: 'Still readable.' })
  })
})
