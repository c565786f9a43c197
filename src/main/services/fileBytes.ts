/**
 * Work over a whole file's bytes that costs seconds on a 50 MB file: hashing it, decoding it for
 * View original. Plain functions, so that the app can run them in its worker thread and the CLI
 * and tests in their own.
 */
import { createHash } from 'node:crypto'
import { decodeText, looksBinary } from './importers/decode'

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** What View original shows of a file: its text up to `maxChars`, or null text for a binary format. */
export interface OriginalText {
  text: string | null
  truncated: boolean
}

export function originalText(bytes: Uint8Array, maxChars: number): OriginalText {
  if (looksBinary(bytes)) return { text: null, truncated: false }
  const text = decodeText(bytes)
  return text.length > maxChars ? { text: text.slice(0, maxChars), truncated: true } : { text, truncated: false }
}
