/**
 * Bytes to text. Files come from anywhere (saved pages, old Windows exports, UTF-16 notes), so the
 * encoding is read from the BOM, else the bytes are tried as UTF-8, else taken as windows-1252,
 * which every byte sequence decodes under and which is what legacy Western files mostly are.
 */
import { isUtf8 } from 'node:buffer'

/** Only this much is examined to tell text from binary: enough to judge, cheap on 50 MB files. */
const SNIFF_BYTES = 64 * 1024
/** Share of control or undecodable characters above which a file is taken for binary. */
const BINARY_SHARE = 0.02

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  // Validated without decoding: the text is decoded once, by the caller.
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252'
}

/** Decodes the bytes (BOM removed) and normalises CRLF and CR line ends to LF. */
export function decodeText(bytes: Uint8Array, encoding = detectEncoding(bytes)): string {
  // TextDecoder drops a BOM that matches its encoding (ignoreBOM defaults to false).
  const text = new TextDecoder(encoding).decode(bytes)
  return text.replace(/\r\n?/g, '\n')
}

/** Control characters that never occur in text files (tab, line ends, form feed, escape do). */
function isStrayControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b) ||
    code === 0x7f ||
    // C1 controls: what windows-1252's five unassigned bytes, and UTF-8 mojibake, decode to.
    (code >= 0x80 && code <= 0x9f) ||
    code === 0xfffd
  )
}

/**
 * True when the file is not text: a NUL byte in a file without a UTF-16 BOM, or more than a few
 * per cent of stray control characters in the first 64 KB once decoded.
 */
export function looksBinary(bytes: Uint8Array, encoding = detectEncoding(bytes)): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES)
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && head.includes(0)) return true
  // stream: true keeps a character cut at the 64 KB boundary from counting as undecodable.
  const sample = new TextDecoder(encoding).decode(head, { stream: true })
  if (!sample.length) return false
  let stray = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code === 0 || isStrayControl(code)) stray++
  }
  return stray / sample.length > BINARY_SHARE
}

/**
 * The charset a page declares in its first 1024 bytes, as browsers look for it
 * (`<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`), or null.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  return match ? match[1].toLowerCase() : null
}

/**
 * Decodes a page: a BOM wins; then valid UTF-8 is UTF-8; then the charset the page (or its MIME
 * part) declares, when the platform knows it; else windows-1252. A declared UTF-8 or UTF-16 that
 * the bytes contradict is ignored, as browsers ignore it.
 */
export function decodeHtmlBytes(
  bytes: Uint8Array,
  declared: string | null = declaredHtmlCharset(bytes),
): string {
  const detected = detectEncoding(bytes)
  if (detected !== 'windows-1252' || !declared || /^(?:utf-?8|utf-?16|unicode)/i.test(declared)) {
    return decodeText(bytes, detected)
  }
  try {
    return new TextDecoder(declared).decode(bytes).replace(/\r\n?/g, '\n')
  } catch {
    return decodeText(bytes, detected) // a label TextDecoder does not know
  }
}
