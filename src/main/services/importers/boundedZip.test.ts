import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { withDeclaredSize } from '../../../test-support/zipFixtures'
import { BoundedZip, INFLATE_SLICE_BYTES } from './boundedZip'

const LIMITS = { inflatedBytes: 1024 * 1024, entries: 10 }
/** DEFLATE's greatest expansion: how much one slice of compressed bytes can produce. */
const MAX_DEFLATE_RATIO = 1032

describe('BoundedZip', () => {
  it('lists the entries and inflates the ones asked for, stored or deflated', () => {
    const zip = new BoundedZip(
      zipSync({ 'a.txt': [strToU8('stored'), { level: 0 }], 'b/c.txt': strToU8('deflated '.repeat(1000)), 'é.txt': strToU8('x') }),
      LIMITS,
      'damaged',
    )
    expect(zip.list()).toEqual(['a.txt', 'b/c.txt', 'é.txt'])
    const files = zip.read(new Set(['a.txt', 'b/c.txt', 'missing']))
    expect(new TextDecoder().decode(files.get('a.txt'))).toBe('stored')
    expect(new TextDecoder().decode(files.get('b/c.txt'))).toBe('deflated '.repeat(1000))
    expect(files.has('missing')).toBe(false)
    expect(zip.inflated).toBe('stored'.length + 'deflated '.length * 1000)
  })

  it('stops inflating an entry that lies about its size within one slice of the lie, and calls it a zip bomb', () => {
    // 32 MB of zeros squeezed into ~32 KB, declaring 1,000 bytes.
    const honest = zipSync({ 'zeros.txt': new Uint8Array(32 * 1024 * 1024) })
    const zip = new BoundedZip(withDeclaredSize(honest, 'zeros.txt', 1000), LIMITS, 'damaged')
    expect(() => zip.readOne('zeros.txt')).toThrow(
      'the EPUB is a zip bomb: “zeros.txt” expands to more than the 1,000 bytes it declares',
    )
    expect(zip.inflated).toBeGreaterThan(1000)
    expect(zip.inflated).toBeLessThanOrEqual(1000 + INFLATE_SLICE_BYTES * MAX_DEFLATE_RATIO)
  })

  it('refuses entries whose declared sizes add up past the budget, inflating nothing', () => {
    const zip = new BoundedZip(
      zipSync({ 'a.txt': new Uint8Array(600 * 1024), 'b.txt': new Uint8Array(600 * 1024) }),
      LIMITS,
      'damaged',
    )
    expect(zip.readOne('a.txt')?.length).toBe(600 * 1024)
    expect(() => zip.readOne('b.txt')).toThrow('the EPUB expands to more than 1 MB')
    expect(zip.inflated).toBe(600 * 1024)
  })

  it('refuses an archive listing more entries than allowed', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`${i}.txt`, strToU8('x')]))
    expect(() => new BoundedZip(zipSync(files), LIMITS, 'damaged').list()).toThrow('the EPUB holds more than 10 files')
  })

  it('gives the damaged reason for a truncated archive or corrupt data', () => {
    const bytes = zipSync({ 'a.txt': strToU8('some text '.repeat(100)) })
    expect(() => new BoundedZip(bytes.subarray(0, 40), LIMITS, 'damaged').list()).toThrow('damaged')
    const corrupt = bytes.slice()
    corrupt.fill(0xff, 40, 60) // inside the deflated data
    expect(() => new BoundedZip(corrupt, LIMITS, 'damaged').readOne('a.txt')).toThrow('damaged')
  })
})
