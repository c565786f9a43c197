/** Archives that lie: an entry's declared (uncompressed) size rewritten in the central directory. */

const CENTRAL_HEADER = 0x02014b50

/** A copy of `zip` whose central directory declares `size` bytes for the entry `name`. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const wanted = new TextEncoder().encode(name)
  let found = false
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== CENTRAL_HEADER) continue
    const nameLength = view.getUint16(i + 28, true)
    const entryName = bytes.subarray(i + 46, i + 46 + nameLength)
    if (nameLength === wanted.length && entryName.every((b, j) => b === wanted[j])) {
      view.setUint32(i + 24, size, true)
      found = true
    }
  }
  if (!found) throw new Error(`no entry “${name}” in the archive`)
  return bytes
}
