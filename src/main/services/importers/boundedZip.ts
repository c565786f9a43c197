/**
 * Reads chosen entries of a ZIP archive without letting it expand without bound. A ZIP bomb
 * declares sizes far beyond its own, or declares small sizes and holds far more. So the archive's
 * central directory is read here (counting its entries), the declared sizes of the entries asked
 * for are checked before any is inflated, and each entry is inflated a small slice at a time,
 * stopping as soon as it has produced more than it declared: memory and work both end near the
 * declared size, whatever the data holds.
 */
import { Inflate } from 'fflate'
import { Unreadable } from './importError'
import { megabytes } from './limits'

export interface ZipLimits {
  inflatedBytes: number
  entries: number
}

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most 1032 to 1, so one
 * slice produces at most ~4 MB: how far past its declared size an entry can get before it stops.
 */
export const INFLATE_SLICE_BYTES = 4096

interface Entry {
  name: string
  method: number
  compressedSize: number
  size: number
  localHeader: number
}

const CENTRAL_HEADER = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_OF_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const STORED = 0
const DEFLATED = 8
/** A 32-bit size or offset that is really in the entry's ZIP64 extra field. */
const IN_ZIP64 = 0xffffffff

export class BoundedZip {
  private declared = 0
  private produced = 0
  private entries: Entry[] | null = null

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits,
    /** The reason given when the archive cannot be read at all. */
    private readonly damaged: string,
    /** How reasons name the archive: "the EPUB", "the project". */
    private readonly what = 'the EPUB',
  ) {}

  /** Bytes inflated so far (what the bounds above are about). */
  get inflated(): number {
    return this.produced
  }

  /** Every entry's name, in the archive's order (nothing is inflated). */
  list(): string[] {
    return this.directory().map((e) => e.name)
  }

  has(name: string): boolean {
    return this.list().includes(name)
  }

  /** The named entries that exist, inflated; refuses once the archive's budget is spent. */
  read(wanted: ReadonlySet<string>): Map<string, Uint8Array> {
    const chosen = this.directory().filter((e) => wanted.has(e.name))
    for (const entry of chosen) {
      this.declared += entry.size
      if (this.declared > this.limits.inflatedBytes) {
        throw new Unreadable(`${this.what} expands to more than ${megabytes(this.limits.inflatedBytes)} MB`)
      }
    }
    return new Map(chosen.map((e) => [e.name, this.guarded(() => this.inflate(e))]))
  }

  readOne(name: string): Uint8Array | null {
    return this.read(new Set([name])).get(name) ?? null
  }

  private directory(): Entry[] {
    this.entries ??= this.guarded(() => readDirectory(this.bytes, this.limits.entries, this.what))
    return this.entries
  }

  private inflate(entry: Entry): Uint8Array {
    const view = viewOf(this.bytes)
    if (view.getUint32(entry.localHeader, true) !== LOCAL_HEADER) throw new Unreadable(this.damaged)
    const start = entry.localHeader + 30 + view.getUint16(entry.localHeader + 26, true) + view.getUint16(entry.localHeader + 28, true)
    const end = start + entry.compressedSize
    if (end > this.bytes.length) throw new Unreadable(this.damaged)
    if (entry.method === STORED) {
      this.produced += entry.compressedSize
      return this.bytes.slice(start, end)
    }
    if (entry.method !== DEFLATED) throw new Unreadable(this.damaged)

    const chunks: Uint8Array[] = []
    let size = 0
    const inflater = new Inflate((chunk) => {
      chunks.push(chunk)
      size += chunk.length
      this.produced += chunk.length
    })
    for (let at = start; at < end || at === start; at += INFLATE_SLICE_BYTES) {
      const next = Math.min(end, at + INFLATE_SLICE_BYTES)
      inflater.push(this.bytes.subarray(at, next), next === end)
      if (size > entry.size) {
        throw new Unreadable(
          `${this.what} is a zip bomb: “${entry.name}” expands to more than the ${entry.size.toLocaleString('en')} bytes it declares`,
        )
      }
    }
    const out = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }

  /** Runs `read`, turning a truncated or corrupt archive (a bad offset, fflate's errors) into the damaged reason. */
  private guarded<T>(read: () => T): T {
    try {
      return read()
    } catch (error) {
      if (error instanceof Unreadable) throw error
      throw new Unreadable(this.damaged)
    }
  }
}

const viewOf = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** The entries listed in the central directory (ZIP64 included), refusing more than `limit`. */
function readDirectory(bytes: Uint8Array, limit: number, what: string): Entry[] {
  const view = viewOf(bytes)
  // The end record is in the last 22 bytes, or up to 64 KB earlier when the archive has a comment.
  let end = bytes.length - 22
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) {
    if (bytes.length - end > 22 + 0xffff) throw new RangeError('no end of central directory')
    end--
  }
  if (end < 0) throw new RangeError('no end of central directory')
  let count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(end - 12, true))
    if (view.getUint32(zip64End, true) === ZIP64_END) {
      count = Number(view.getBigUint64(zip64End + 32, true))
      offset = Number(view.getBigUint64(zip64End + 48, true))
    }
  }
  if (count > limit) throw new Unreadable(`${what} holds more than ${limit.toLocaleString('en')} files`)

  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new RangeError('not a central directory header')
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength)
    const entry: Entry = {
      name: entryName(name, (view.getUint16(offset + 8, true) & 0x800) !== 0),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeader: view.getUint32(offset + 42, true),
    }
    readZip64Extra(view, offset + 46 + nameLength, extraLength, entry)
    entries.push(entry)
    offset += 46 + nameLength + extraLength + view.getUint16(offset + 32, true)
  }
  return entries
}

/** Sizes and offset too large for 32 bits are in the ZIP64 extra field, in this order, when marked so. */
function readZip64Extra(view: DataView, start: number, length: number, entry: Entry): void {
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue
    let field = at + 4
    for (const key of ['size', 'compressedSize', 'localHeader'] as const) {
      if (entry[key] !== IN_ZIP64) continue
      entry[key] = Number(view.getBigUint64(field, true))
      field += 8
    }
    return
  }
}

/** UTF-8 when flagged so or when it decodes as UTF-8 (many tools never set the flag), else Latin-1. */
function entryName(bytes: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !utf8 }).decode(bytes)
  } catch {
    return String.fromCharCode(...bytes)
  }
}
