import { ImportError } from '../../importers/importError'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** REFI-QDA files are UTF-8 (XML and plain text sources); anything else is refused, naming the file. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new ImportError(file, 'it is not UTF-8 text')
  }
}
