import search from 'approx-string-match'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { anchor, findFirst } from './anchor'
import { FUZZY_LIMITS, fuzzySearchAllowed, matchQuote } from './matchQuote'

// The real search, counted: the bounds are proved by whether (and how often) it runs.
vi.mock('approx-string-match', async (importOriginal) => {
  const real = await importOriginal<typeof import('approx-string-match')>()
  return { default: vi.fn(real.default) }
})
const searchSpy = vi.mocked(search)

const SENTENCE =
  'South Korea’s Joint Chiefs of Staff said the missiles each traveled about 650 kilometers (400 miles). '

beforeEach(() => {
  searchSpy.mockClear()
})

describe('approximate matching within bounds', () => {
  it('finds a slightly changed quote by approximate search', () => {
    const text = 'Intro. ' + SENTENCE
    const at = matchQuote(text, 'each travelled about 650 kilometres')!
    expect(text.slice(at.start, at.end)).toMatch(/^each traveled about 650 kilomet/)
    expect(searchSpy).toHaveBeenCalled()
  })

  it('never searches approximately for a quote that occurs exactly', () => {
    expect(matchQuote(SENTENCE, 'Joint Chiefs')).toMatchObject({ start: SENTENCE.indexOf('Joint Chiefs') })
    expect(searchSpy).not.toHaveBeenCalled()
  })
})

describe('bounds on approximate matching', () => {
  it('places a quote longer than the cap only where it occurs exactly, without searching', () => {
    const text = SENTENCE.repeat(40)
    const quote = text.slice(0, FUZZY_LIMITS.quoteChars + 1)
    expect(matchQuote(text, quote)).toMatchObject({ start: 0, end: quote.length })
    expect(matchQuote(text, quote.replace('Korea', 'Corea'))).toBeNull()
    expect(searchSpy).not.toHaveBeenCalled()
  })

  it('refuses a 1 MB quote against a 50,000-character article without running the matcher', () => {
    const text = SENTENCE.repeat(500).slice(0, 50_000)
    const quote = 'x'.repeat(1_000_000)
    expect(matchQuote(text, quote, { prefix: 'a', suffix: 'b', hint: 10 })).toBeNull()
    expect(
      anchor(text, {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 10 },
      }),
    ).toBeNull()
    expect(findFirst(text, quote)).toBeNull()
    expect(searchSpy).not.toHaveBeenCalled()
  })

  it('skips approximate search when text length × quote blocks exceeds the budget', () => {
    const quote = 'each travelled about 650 kilometres (400 miles) '.repeat(20).slice(0, 960) // 30 blocks of 32
    const within = Math.floor(FUZZY_LIMITS.blockSteps / 30)
    expect(fuzzySearchAllowed(within, quote.length)).toBe(true)
    expect(fuzzySearchAllowed(within + 1, quote.length)).toBe(false)
    const longText = SENTENCE.repeat(Math.ceil((within + 1) / SENTENCE.length))
    expect(matchQuote(longText, quote)).toBeNull()
    expect(searchSpy).not.toHaveBeenCalled()
    matchQuote(longText.slice(0, 100_000), quote)
    expect(searchSpy).toHaveBeenCalled()
  })

  it('allows at most the capped number of differences in a long quote', () => {
    matchQuote(SENTENCE.repeat(30), 'q'.repeat(FUZZY_LIMITS.quoteChars))
    expect(searchSpy).toHaveBeenCalledTimes(1)
    expect(searchSpy.mock.calls[0][2]).toBe(FUZZY_LIMITS.errors)
  })

  it('scores at most the capped number of approximate matches against the context', () => {
    // Every other position of this text is a one-error match: thousands of candidates.
    const text = 'ab'.repeat(5_000)
    const at = matchQuote(text, 'ababxabab', { prefix: 'ab', hint: 0 })
    expect(at).not.toBeNull()
    const found = searchSpy.mock.results[0].value as unknown[]
    expect(found.length).toBeGreaterThan(10 * FUZZY_LIMITS.candidates)
    // One search for the quote, then at most one for the prefix of each candidate scored.
    expect(searchSpy.mock.calls.length).toBeLessThanOrEqual(1 + FUZZY_LIMITS.candidates)
    expect(searchSpy.mock.calls.length).toBeGreaterThan(FUZZY_LIMITS.candidates / 2)
  })
})
