import { describe, expect, it } from 'vitest'
import { anchor, findFirst } from './anchor'
import { describeRange } from '../../../shared/text/selectors'

const TEXT =
  'South Korea’s Joint Chiefs of Staff said the two ballistic missiles fired by North Korea Wednesday morning ' +
  'each traveled about 650 kilometers (400 miles) before falling into the waters off the east coast.'

const QUOTE = 'each traveled about 650 kilometers (400 miles)'

describe('describeRange', () => {
  it('records the exact text, 32 characters of context either side, and the offsets', () => {
    const start = TEXT.indexOf(QUOTE)
    const { quote, position } = describeRange(TEXT, start, start + QUOTE.length)
    expect(quote.exact).toBe(QUOTE)
    expect(quote.prefix).toBe(TEXT.slice(start - 32, start))
    expect(quote.suffix).toBe(TEXT.slice(start + QUOTE.length, start + QUOTE.length + 32))
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length })
  })

  it('rejects a range outside the text', () => {
    expect(() => describeRange('abc', 2, 9)).toThrow(RangeError)
    expect(() => describeRange('abc', 2, 2)).toThrow(RangeError)
  })
})

describe('anchor', () => {
  const start = TEXT.indexOf(QUOTE)
  const selectors = describeRange(TEXT, start, start + QUOTE.length)

  it('uses the stored position when the text there is unchanged', () => {
    expect(anchor(TEXT, selectors)).toEqual({ start, end: start + QUOTE.length })
  })

  it('finds the quote again after text was inserted before it', () => {
    const edited = 'Breaking: ' + TEXT
    const at = anchor(edited, selectors)!
    expect(edited.slice(at.start, at.end)).toBe(QUOTE)
  })

  it('finds a slightly changed quote by fuzzy matching', () => {
    const edited = TEXT.replace('650 kilometers (400 miles)', '650 kilometres (400 miles)')
    const at = anchor(edited, selectors)!
    expect(at).not.toBeNull()
    expect(edited.slice(at.start, at.end)).toContain('650 kilometres')
  })

  it('chooses the occurrence whose context matches when the quote occurs twice', () => {
    const text = 'Analysts say yes. Other words here. Officials say yes. More words.'
    const second = text.indexOf('say yes', 20)
    const sel = describeRange(text, second, second + 7)
    const moved = 'Intro. ' + text
    const at = anchor(moved, sel)!
    expect(moved.slice(at.start - 10, at.end)).toBe('Officials say yes')
  })

  it('answers null when the passage is gone', () => {
    expect(anchor('An entirely different article about the weather in Lisbon.', selectors)).toBeNull()
  })
})

describe('findFirst', () => {
  it('finds the first exact occurrence', () => {
    expect(findFirst('a b a b', 'a b')).toEqual({ start: 0, end: 3 })
  })
  it('falls back to an approximate match', () => {
    const at = findFirst(TEXT, 'each travelled about 650 kilometers')!
    expect(TEXT.slice(at.start, at.end)).toMatch(/^each travel+ed about 650 kilometers/)
  })
  it('answers null when nothing is close', () => {
    expect(findFirst(TEXT, 'zebras in the Serengeti migrate yearly')).toBeNull()
  })
})
