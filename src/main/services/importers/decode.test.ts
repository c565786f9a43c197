import { describe, expect, it } from 'vitest'
import { decodeText, detectEncoding, looksBinary } from './decode'
import { toIsoDate } from './dates'
import { extensionOf, sniffFormat } from './fileFormat'

describe('decoding', () => {
  it('tells the encodings apart', () => {
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le')
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be')
    expect(detectEncoding(new TextEncoder().encode('naïve'))).toBe('utf-8')
    expect(detectEncoding(Uint8Array.from([0x6e, 0x61, 0xef, 0x76, 0x65]))).toBe('windows-1252')
  })

  it('does not take a character cut at the 64 KB sample edge for binary', () => {
    const bytes = new TextEncoder().encode('a'.repeat(64 * 1024 - 1) + '€'.repeat(10))
    expect(looksBinary(bytes)).toBe(false)
  })

  it('takes UTF-16 without a BOM (NUL bytes) for binary, and with one for text', () => {
    expect(looksBinary(Uint8Array.from([0x41, 0, 0x42, 0]))).toBe(true)
    expect(looksBinary(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x42, 0]))).toBe(false)
  })

  it('takes bytes that are mostly undefined in windows-1252 for binary', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => [0x81, 0x8d, 0x41, 0x42][i % 4])
    expect(looksBinary(bytes)).toBe(true)
  })

  it('normalises line ends', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc\n'))).toBe('a\nb\nc\n')
  })
})

describe('file formats', () => {
  it('reads extensions from names and paths', () => {
    expect(extensionOf('C:\\news\\Story.HTM')).toBe('.htm')
    expect(extensionOf('/tmp/.hidden')).toBe('')
    expect(extensionOf('README')).toBe('')
  })

  it('sniffs HTML only in text files', () => {
    expect(sniffFormat('text', '<!-- saved -->\n<html lang="en">')).toBe('html')
    expect(sniffFormat('text', '<htmlish> is not a tag')).toBe('text')
    expect(sniffFormat('markdown', '<!doctype html>')).toBe('markdown')
  })
})

describe('dates', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2020-05-01T10:00:00+0200', '2020-05-01T10:00:00+02:00'],
    ['2024-02-29', '2024-02-29'],
    ['September 13, 2023', '2023-09-13'],
    ['Updated 10:13 AM EDT, Wed Sept. 13, 2023', '2023-09-13'],
    ['13th March 2021', '2021-03-13'],
  ])('%s -> %s', (input, iso) => {
    expect(toIsoDate(input)).toBe(iso)
  })

  it.each(['2023-02-30', 'February 30, 2023', 'yesterday', '5', '', '2023-13-01'])(
    '%s is no date',
    (input) => {
      expect(toIsoDate(input)).toBeNull()
    },
  )
})
