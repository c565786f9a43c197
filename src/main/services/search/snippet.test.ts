import { describe, expect, it } from 'vitest'
import { snippet } from './snippet'

const words = (from: number, to: number): string =>
  Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ')

describe('snippet', () => {
  const text = `${words(0, 50)}\n\nTarget here ${words(50, 120)}`
  const at = text.indexOf('Target')

  it('cuts at spaces around the first match, marks it and says where text was left out', () => {
    const out = snippet(text, [{ start: at, end: at + 6 }])
    expect(out).toMatch(/^…w\d+ .* w49 «Target» here w50 .* w\d+…$/)
    expect(out.length).toBeLessThanOrEqual(222)
    expect(out).not.toContain('\n')
    // No word is cut in half at either end.
    const inner = out.slice(1, -1).split(' ')
    expect(inner.every((w) => /^(w\d+|«Target»|here)$/.test(w))).toBe(true)
  })

  it('marks every match inside the excerpt and none outside it', () => {
    const w52 = text.indexOf('w52')
    const far = text.indexOf('w119')
    const out = snippet(text, [
      { start: at, end: at + 6 },
      { start: w52, end: w52 + 3 },
      { start: far, end: far + 4 },
    ])
    expect(out).toContain('«Target» here w50 w51 «w52» w53')
    expect(out).not.toContain('w119')
  })

  it('keeps a long first match whole', () => {
    const out = snippet(text, [{ start: at, end: text.length }])
    expect(out.endsWith('w119»')).toBe(true)
  })

  it('shows the opening of the text when there is no match', () => {
    expect(snippet(text, [])).toMatch(/^w0 w1 .*…$/)
    expect(snippet('Short text.', [])).toBe('Short text.')
  })
})
