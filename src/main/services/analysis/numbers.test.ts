import { describe, expect, it } from 'vitest'
import { checkUnitPairs, findQuantities } from './numbers'

describe('quantities', () => {
  it('normalises values, currencies and percents', () => {
    const q = findQuantities('It cost $4.5 billion, up 12 percent, for 1,200 troops at 11:43 a.m.')
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [4.5e9, 'USD'],
      [12, 'percent'],
      [1200, 'troops'],
    ])
  })

  it('cross-checks paired units', () => {
    const [ok] = checkUnitPairs('each traveled about 650 kilometers (400 miles) before')
    expect(ok.consistent).toBe(true)
    expect(ok.text).toBe('650 kilometers (400 miles)')
    expect(ok.converted).toBeCloseTo(403.9, 1)
    const [bad] = checkUnitPairs('a range of 650 kilometers (250 miles)')
    expect(bad.consistent).toBe(false)
  })
})
