import { describe, expect, it } from 'vitest'
import { analysis } from '../../../test/mockApi'
import {
  filterClaims,
  firstSpanKey,
  layerCounts,
  ledger,
  namedAnonymous,
  reasonKinds,
  readerSpans,
} from './selectors'
import { initialAnalysisState } from './state'

const a = analysis()
const ids = (list: { id: string }[]) => list.map((x) => x.id)
const noFilter = { all: false, text: '', reason: '' }

describe('claims', () => {
  it('lists the claims the threshold shows by score, highest first; all sentences on request', () => {
    // The mock's claims score 0.81 (c1), 0.93 (c2) and 0.2 (c3).
    expect(ids(filterClaims(a.claims, noFilter, 0.5))).toEqual(['c2', 'c1'])
    expect(ids(filterClaims(a.claims, noFilter, 0.9))).toEqual(['c2'])
    expect(ids(filterClaims(a.claims, noFilter, 0.1))).toEqual(['c2', 'c1', 'c3'])
    expect(ids(filterClaims(a.claims, { ...noFilter, all: true }, 0.9))).toEqual(['c2', 'c1', 'c3'])
  })

  it('filters by words and by reason kind', () => {
    expect(ids(filterClaims(a.claims, { ...noFilter, text: 'DOCKERS' }, 0.5))).toEqual(['c1'])
    expect(ids(filterClaims(a.claims, { ...noFilter, reason: 'numbers' }, 0.5))).toEqual(['c2'])
    expect(ids(filterClaims(a.claims, { ...noFilter, reason: 'short' }, 0.5))).toEqual([])
    expect(ids(filterClaims(a.claims, { all: true, text: '', reason: 'short' }, 0.5))).toEqual(['c3'])
  })

  it('offers the reason kinds present', () => {
    expect(reasonKinds(a.claims, false, 0.5)).toEqual(['event', 'hedge', 'quantity', 'time', 'numbers'])
    expect(reasonKinds(a.claims, false, 0.9)).toEqual(['quantity', 'time', 'numbers'])
    expect(reasonKinds(a.claims, true, 0.9)).toContain('short')
  })
})

describe('sources', () => {
  it('counts named and anonymous sources', () => {
    expect(namedAnonymous(a.sources)).toEqual({ named: 1, anonymous: 1 })
    expect(namedAnonymous([])).toEqual({ named: 0, anonymous: 0 })
  })

  it('orders the ledger by mentions and gathers each source’s quotes and reported statements', () => {
    const entries = ledger(a)
    expect(entries.map((e) => [e.source.name, e.mentions, ids(e.quotes), ids(e.reported)])).toEqual([
      ['Officials', 2, [], ['a1']],
      ['Dockers', 1, ['q1'], []],
    ])
    expect(ledger(null)).toEqual([])
  })

  it('counts each layer for the legend, claims from the threshold up', () => {
    // The mock's claims score 0.81, 0.93 and 0.2.
    expect(layerCounts(a, 0.5)).toEqual({ claims: 2, quotes: 1, sources: 2, attributions: 1 })
    expect(layerCounts(a, 0.9)).toMatchObject({ claims: 1 })
    expect(layerCounts(a, 0.2)).toMatchObject({ claims: 3 })
    expect(layerCounts(null, 0.5)).toEqual({ claims: 0, quotes: 0, sources: 0, attributions: 0 })
  })
})

describe('reader spans', () => {
  const base = { ...initialAnalysisState, analysis: a, claimThreshold: 0.5 }
  const keys = (state: typeof base) => readerSpans(state).map((s) => s.key)

  it('draws the layers that are on, claims scoring at least the threshold', () => {
    expect(keys(base)).toEqual([
      'claim:c1',
      'claim:c2',
      'attribution:a1',
      'quote:q1',
      'mention:s1:0',
      'mention:s2:0',
      'mention:s2:1',
    ])
    expect(
      keys({ ...base, layers: { claims: false, quotes: true, sources: false, attributions: false } }),
    ).toEqual(['quote:q1'])
    expect(
      keys({ ...base, layers: { claims: false, quotes: false, sources: false, attributions: true } }),
    ).toEqual(['attribution:a1'])
    const claimsOnly = { ...base, layers: { claims: true, quotes: false, sources: false, attributions: false } }
    expect(keys({ ...claimsOnly, claimThreshold: 0.9 })).toEqual(['claim:c2'])
    expect(keys({ ...claimsOnly, claimThreshold: 0.2 })).toEqual(['claim:c1', 'claim:c2', 'claim:c3'])
  })

  it('keeps the chosen source and a flashed claim even with their layers off', () => {
    const off = { claims: false, quotes: false, sources: false, attributions: false }
    const spans = readerSpans({
      ...base,
      layers: off,
      focusedSourceId: 's1',
      flash: { key: 'claim:c3', seq: 1 },
    })
    expect(spans.map((s) => [s.key, s.focused])).toEqual([
      ['claim:c3', false],
      ['quote:q1', true],
      ['mention:s1:0', true],
    ])
  })

  it('keeps the chosen source’s reported statements with their layer off', () => {
    const off = { claims: false, quotes: false, sources: false, attributions: false }
    const spans = readerSpans({ ...base, layers: off, focusedSourceId: 's2' })
    expect(spans.map((s) => [s.key, s.layer, s.focused])).toEqual([
      ['attribution:a1', 'attribution', true],
      ['mention:s2:0', 'mention', true],
      ['mention:s2:1', 'mention', true],
    ])
  })

  it('gives Tab to the first highlight in the text, the outer one where two start together', () => {
    expect(firstSpanKey(readerSpans(base))).toBe('claim:c1')
    expect(firstSpanKey([])).toBeNull()
  })
})
