/**
 * Small, valid files of the binary and multipart formats, built in code for the tests (not used
 * by the app): a PDF written object by object, an EPUB zipped with fflate, a Chrome-style MHTML.
 */
import { strToU8, zipSync, type Zippable } from 'fflate'

// ---------------------------------------------------------------------------------------------
// PDF

export interface PdfLine {
  text: string
  /** Baseline position from the bottom-left corner, in points. */
  x?: number
  y: number
  size?: number
  /** Font: 1 regular (Helvetica), 2 bold (Helvetica-Bold). */
  font?: 1 | 2
}

export interface PdfOptions {
  pages: PdfLine[][]
  info?: Record<string, string>
  /** Adds an /Encrypt dictionary whose user password is not empty, as a protected PDF has. */
  encrypted?: boolean
  /** Catalog /Lang. */
  lang?: string
}

/** A PDF string literal: parentheses and backslashes escaped, Latin-1 only (WinAnsi). */
const pdfString = (s: string): string => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`

/** Builds a PDF with the standard 14 fonts, one text line per `Tj`, and a correct xref table. */
export function buildPdf({ pages, info, encrypted, lang }: PdfOptions): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('') // filled in once the page tree's number is known
  const pageTree = add('')
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const lines of pages) {
    const ops = lines
      .map((l) => `BT /F${l.font ?? 1} ${l.size ?? 11} Tf ${l.x ?? 72} ${l.y} Td ${pdfString(l.text)} Tj ET`)
      .join('\n')
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`)
    kids.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    )
  }
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pageTree} 0 R${lang ? ` /Lang ${pdfString(lang)}` : ''} >>`
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const infoRef = info
    ? add(
        `<< ${Object.entries(info)
          .map(([k, v]) => `/${k} ${pdfString(v)}`)
          .join(' ')} >>`,
      )
    : 0
  const encryptRef = encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    : 0

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out +=
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R` +
    (infoRef ? ` /Info ${infoRef} 0 R` : '') +
    (encryptRef ? ` /Encrypt ${encryptRef} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '') +
    ` >>\nstartxref\n${xref}\n%%EOF\n`
  return Uint8Array.from(Buffer.from(out, 'latin1'))
}

/**
 * Lays paragraphs out as a word processor would: lines of at most `width` characters, 14 pt
 * apart, a wider gap between paragraphs, a new page when the page is full.
 */
export function layoutPdfPages(
  paragraphs: string[],
  { width = 80, linesPerPage = 40, top = 720 } = {},
): PdfLine[][] {
  const pages: PdfLine[][] = [[]]
  let y = top
  const newLine = (gap: number): void => {
    y -= gap
    if (y < top - linesPerPage * 14) {
      pages.push([])
      y = top
    }
  }
  for (const paragraph of paragraphs) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        pages[pages.length - 1].push({ text: line, y })
        newLine(14)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    pages[pages.length - 1].push({ text: line, y })
    newLine(24)
  }
  return pages.filter((p) => p.length)
}

// ---------------------------------------------------------------------------------------------
// EPUB

export interface EpubOptions {
  chapters: { name: string; html: string }[]
  /** Extra OPF metadata elements, as XML. */
  metadata?: string
  /** Extra files added to the archive as they are. */
  extra?: Zippable
  /** Leave out META-INF/container.xml. */
  noContainer?: boolean
}

export const xhtmlChapter = (title: string, body: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>${title}</title>
<link rel="stylesheet" type="text/css" href="../styles/book.css"/></head>
<body>${body}</body></html>`

/** An EPUB 3 with its chapters in OEBPS/text/, listed in the spine in the order given. */
export function buildEpub({ chapters, metadata = '', extra = {}, noContainer }: EpubOptions): Uint8Array {
  const manifest = chapters
    .map((c, i) => `<item id="c${i}" href="text/${c.name}" media-type="application/xhtml+xml"/>`)
    .join('\n    ')
  const spine = chapters.map((_, i) => `<itemref idref="c${i}"/>`).join('')
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${metadata}
  </metadata>
  <manifest>
    ${manifest}
    <item id="css" href="styles/book.css" media-type="text/css"/>
  </manifest>
  <spine>${spine}</spine>
</package>`
  const files: Zippable = {
    // The mimetype entry comes first and is stored, as the EPUB specification requires.
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    ...(noContainer
      ? {}
      : {
          'META-INF/container.xml': strToU8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`),
        }),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/styles/book.css': strToU8('body { margin: 0 }'),
    ...Object.fromEntries(chapters.map((c) => [`OEBPS/text/${c.name}`, strToU8(c.html)])),
    ...extra,
  }
  return zipSync(files)
}

// ---------------------------------------------------------------------------------------------
// MHTML

export interface MhtmlPart {
  type: string
  location: string
  body: string
  encoding?: 'quoted-printable' | 'base64' | '8bit'
  charset?: string
}

/** Quoted-printable as Chrome writes it: soft line breaks at 76 characters, "=" and 8-bit escaped. */
export function quotedPrintable(bytes: Uint8Array): string {
  let out = ''
  let line = ''
  for (const byte of bytes) {
    if (byte === 0x0a) {
      out += `${line}\r\n`
      line = ''
      continue
    }
    const ch =
      byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09)
        ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte)
    if (line.length + ch.length > 75) {
      out += `${line}=\r\n`
      line = ''
    }
    line += ch
  }
  return out + line
}

/** A Chrome "Save as single file" (MHTML) document with the given parts, the first one the page. */
export function buildMhtml(
  parts: MhtmlPart[],
  headers: Record<string, string> = {},
  encodeBody: (text: string, charset: string) => Uint8Array = (text) => strToU8(text),
): Uint8Array {
  const boundary = '----MultipartBoundary--AbCdEf0123456789----'
  const head = {
    From: '<Saved by Blink>',
    'Snapshot-Content-Location': parts[0]?.location ?? '',
    Subject: 'Saved page',
    Date: 'Tue, 12 Mar 2024 09:30:00 -0000',
    'MIME-Version': '1.0',
    ...headers,
  }
  let out = Object.entries(head)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')
  out += `\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n`
  for (const part of parts) {
    const charset = part.charset ?? 'utf-8'
    const encoding = part.encoding ?? 'quoted-printable'
    const bytes = encodeBody(part.body, charset)
    const body =
      encoding === 'base64'
        ? (
            Buffer.from(bytes)
              .toString('base64')
              .match(/.{1,76}/g) ?? []
          ).join('\r\n')
        : encoding === 'quoted-printable'
          ? quotedPrintable(bytes)
          : Buffer.from(bytes).toString('latin1')
    out +=
      `--${boundary}\r\nContent-Type: ${part.type}${part.type.startsWith('text/') ? `; charset=${charset}` : ''}\r\n` +
      `Content-ID: <frame-${parts.indexOf(part)}@mhtml.blink>\r\nContent-Transfer-Encoding: ${encoding}\r\n` +
      `Content-Location: ${part.location}\r\n\r\n${body}\r\n\r\n`
  }
  out += `--${boundary}--\r\n`
  return Uint8Array.from(Buffer.from(out, 'latin1'))
}
