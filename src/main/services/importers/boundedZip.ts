/**
 * Reads chosen entries of a ZIP archive without letting it expand without bound. A ZIP bomb
 * declares (or hides) sizes far beyond its own; fflate inflates an entry into a buffer of the size
 * the archive declares and writes nothing past it, so checking the declared sizes before any
 * entry is inflated bounds the memory, and counting entries bounds the work of listing them.
 */
import { unzipSync } from 'fflate'
import { Unreadable } from './importError'
import { megabytes } from './limits'

export interface ZipLimits {
  inflatedBytes: number
  entries: number
}

export class BoundedZip {
  private inflated = 0
  private names: string[] | null = null

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits,
    /** The reason given when the archive cannot be read at all. */
    private readonly damaged: string,
  ) {}

  /** Every entry's name, in the archive's order (nothing is inflated). */
  list(): string[] {
    if (!this.names) {
      const names: string[] = []
      this.unzip((name) => {
        names.push(name)
        return false
      })
      this.names = names
    }
    return this.names
  }

  has(name: string): boolean {
    return this.list().includes(name)
  }

  /** The named entries that exist, inflated; refuses once the archive's budget is spent. */
  read(wanted: ReadonlySet<string>): Map<string, Uint8Array> {
    const files = this.unzip((name, originalSize) => {
      if (!wanted.has(name)) return false
      this.inflated += originalSize
      if (this.inflated > this.limits.inflatedBytes) {
        throw new Unreadable(`the EPUB expands to more than ${megabytes(this.limits.inflatedBytes)} MB`)
      }
      return true
    })
    return new Map(Object.entries(files))
  }

  readOne(name: string): Uint8Array | null {
    return this.read(new Set([name])).get(name) ?? null
  }

  private unzip(accept: (name: string, originalSize: number) => boolean): Record<string, Uint8Array> {
    let entries = 0
    try {
      return unzipSync(this.bytes, {
        filter: ({ name, originalSize }) => {
          if (++entries > this.limits.entries) {
            throw new Unreadable(`the EPUB holds more than ${this.limits.entries.toLocaleString('en')} files`)
          }
          return accept(name, originalSize)
        },
      })
    } catch (error) {
      if (error instanceof Unreadable) throw error
      throw new Unreadable(this.damaged) // fflate's errors: a truncated or corrupt archive
    }
  }
}
