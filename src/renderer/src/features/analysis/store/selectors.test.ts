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
  it('lists check-worthy claims by score, highest first; all sentences on request', () => {
    expect(ids(filterClaims(a.claims, noFilter))).toEqual(['c2', 'c1'])
    expect(ids(filterClaims(a.claims, { ...noFilter, all: true }))).toEqual(['c2', 'c1', 'c3'])
  })

  it('filters by words and by reason kind', () => {
    expect(ids(filterClaims(a.claims, { ...noFilter, text: 'DOCKERS' }))).toEqual(['c1'])
    expect(ids(filterClaims(a.claims, { ...noFilter, reason: 'numbers' }))).toEqual(['c2'])
    expect(ids(filterClaims(a.claims, { ...noFilter, reason: 'short' }))).toEqual([])
    expect(ids(filterClaims(a.claims, { all: true, text: '', reason: 'short' }))).toEqual(['c3'])
  })

  it('offers the reason kinds present', () => {
    expect(reasonKinds(a.claims, false)).toEqual(['event', 'hedge', 'quantity', 'time', 'numbers'])
    expect(reasonKinds(a.claims, true)).toContain('short')
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

  it('counts each layer for the legend', () => {
    expect(layerCounts(a)).toEqual({ claims: 2, quotes: 1, sources: 2, attributions: 1 })
    expect(layerCounts(null)).toEqual({ claims: 0, quotes: 0, sources: 0, attributions: 0 })
  })
})

describe('reader spans', () => {
  const base = { ...initialAnalysisState, analysis: a }
  const keys = (state: typeof base) => readerSpans(state).map((s) => s.key)

  it('draws the layers that are on, check-worthy claims only', () => {
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
