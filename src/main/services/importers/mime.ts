/**
 * Just enough of MIME (RFC 2045–2047) to read a saved web page: a message's headers, the parts of
 * a multipart body, the two transfer encodings browsers use, charsets, and encoded words in
 * headers. The message is handled as a "binary string" (one character per byte, Latin-1) so
 * that each part can be decoded with its own charset once its transfer encoding is undone.
 */

export interface MimeEntity {
  /** Header names lowercased, folded lines joined; the first of repeated headers wins. */
  headers: Map<string, string>
  /** The body, still transfer-encoded, as a binary string. */
  body: string
}

/** Bytes as a binary string, and back: lossless for every byte value. */
export const binaryString = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')
export const binaryBytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'))

/** Splits an entity into its header block (up to the first blank line) and its body. */
export function parseEntity(text: string): MimeEntity {
  const match = /\r?\n\r?\n/.exec(text)
  const head = match ? text.slice(0, match.index) : text
  const body = match ? text.slice(match.index + match[0].length) : ''
  const headers = new Map<string, string>()
  // Folded headers continue on lines that start with white space.
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
  }
  return { headers, body }
}

/** `multipart/related; type="text/html"; boundary="--x"` -> the lowercased type and its parameters. */
export function parseHeaderValue(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>()
  const text = value ?? ''
  const semi = text.indexOf(';')
  const type = (semi < 0 ? text : text.slice(0, semi)).trim().toLowerCase()
  const pattern = /;\s*([\w.*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = m[1].toLowerCase()
    if (!params.has(name)) params.set(name, m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3])
  }
  return { type, params }
}

/** The parts of a multipart body, between `--boundary` delimiter lines, at most `maxParts`. */
export function multipartParts(body: string, boundary: string, maxParts: number): MimeEntity[] {
  const delimiter = `--${boundary}`
  const parts: MimeEntity[] = []
  // A delimiter starts a line; the line break before it belongs to the delimiter, not the part.
  let at = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`)
  if (at > 0) at += 1
  while (at >= 0 && parts.length < maxParts) {
    const after = at + delimiter.length
    if (body.startsWith('--', after)) break // the closing delimiter
    const lineEnd = body.indexOf('\n', after)
    if (lineEnd < 0) break
    let next = body.indexOf(`\n${delimiter}`, lineEnd)
    const end = next < 0 ? body.length : next > 0 && body[next - 1] === '\r' ? next - 1 : next
    parts.push(parseEntity(body.slice(lineEnd + 1, end)))
    if (next < 0) break
    next += 1
    at = next
  }
  return parts
}

/** Undoes a Content-Transfer-Encoding; 7bit, 8bit, binary and unknown ones are taken as they are. */
export function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Uint8Array.from(Buffer.from(body, 'base64'))
    case 'quoted-printable':
      return binaryBytes(
        body
          // Soft line breaks; white space before the "=" is text (Chrome writes "Little =" and
          // "Say" for "Little Say"), only padding after it is not.
          .replace(/=[ \t]*\r?\n/g, '')
          .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      )
    default:
      return binaryBytes(body)
  }
}

/** Decodes text in the named charset; null when the charset is missing or unknown to the platform. */
export function decodeCharset(bytes: Uint8Array, charset: string | null | undefined): string | null {
  if (!charset) return null
  try {
    return new TextDecoder(charset.trim()).decode(bytes)
  } catch {
    return null // RangeError: a label TextDecoder does not know
  }
}

/** RFC 2047 encoded words in a header ("=?utf-8?Q?Caf=C3=A9?=") decoded; the rest left as it is. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1') // white space between two encoded words is not text
    .replace(/=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi, (whole, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toLowerCase() === 'b'
          ? Uint8Array.from(Buffer.from(text, 'base64'))
          : decodeTransfer(text.replace(/_/g, ' '), 'quoted-printable')
      return decodeCharset(bytes, charset.replace(/\*.*$/, '')) ?? whole
    })
}
