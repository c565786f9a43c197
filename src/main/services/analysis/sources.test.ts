import { describe, expect, it } from 'vitest'
import { Ledger, citedKind, keyOf } from './sources'

const at = (start: number) => ({ start, end: start + 3 })

describe('keyOf', () => {
  it('folds case, articles, curly apostrophes and trailing dots', () => {
    expect(keyOf('The  White House.')).toBe('white house')
    expect(keyOf('Korea’s Army')).toBe("korea's army")
  })
})

describe('Ledger', () => {
  it('finds a person by surname, the most recently mentioned one first', () => {
    const l = new Ledger()
    const anna = l.add('Anna Berg', 'person', null, at(0))
    const olaf = l.add('Olaf Berg', 'person', null, at(50))
    l.seal()
    expect(l.resolveName('Berg', 100)).toBe(olaf)
    expect(l.resolveName('Berg', 20)).toBe(anna)
    expect(l.resolveName('Anna', 100)).toBe(anna)
    expect(l.resolveName('Nobody', 100)).toBeUndefined()
  })

  it('answers to an alias', () => {
    const l = new Ledger()
    const jcs = l.add('Joint Chiefs of Staff', 'government', null, at(0))
    l.alias(jcs, 'JCS')
    expect(l.get('JCS')).toBe(jcs)
  })

  it('gives the last entry before a position that passes a test', () => {
    const l = new Ledger()
    const a = l.add('Anna Berg', 'person', null, at(0))
    l.add('Lund University', 'organization', null, at(20))
    l.seal()
    expect(l.lastBefore(40, (e) => e.kind === 'person')).toBe(a)
    expect(l.lastBefore(40, (e) => e.kind === 'organization')?.name).toBe('Lund University')
    expect(l.lastBefore(10, (e) => e.kind === 'organization')).toBeUndefined()
  })

  it('finds the person who holds a title', () => {
    const l = new Ledger()
    const kim = l.add('Kim Jong Un', 'person', 'North Korean leader', at(0))
    l.add('Vladimir Putin', 'person', 'Russian President', at(10))
    l.seal()
    expect(l.byRole('the North Korean leader', 100)).toBe(kim)
    expect(l.byRole('the leader', 100)).toBe(kim)
    expect(l.byRole('the prime minister', 100)).toBeUndefined()
  })

  it('joins a short description into the longer one that ends with it', () => {
    const l = new Ledger()
    const long = l.add('North Korean state media', 'state media', null, at(0))
    l.add('state media', 'state media', null, at(40)).cited = true
    l.mergeSuffixes()
    expect(l.entries).toEqual([long])
    expect(long.mentions).toHaveLength(2)
    expect(long.cited).toBe(true)
  })

  it('lists people and cited sources in order of first mention, leaving out places and bodies only named', () => {
    const l = new Ledger()
    l.add('Olaf Berg', 'person', null, at(30))
    l.add('France', 'place', null, at(0))
    l.add('Lund University', 'organization', null, at(10))
    l.add('United Nations', 'government', null, at(12))
    l.add('CNN', 'media', null, at(14))
    l.add('Analysts', 'anonymous', null, at(20)).cited = true
    const { sources, idOf } = l.sources()
    expect(sources.map((s) => [s.id, s.name, s.kind])).toEqual([
      ['s1', 'Analysts', 'anonymous'],
      ['s2', 'Olaf Berg', 'person'],
    ])
    expect(idOf.size).toBe(2)
  })
})

describe('citedKind', () => {
  it('makes a cited place a government and a cited unknown name a person or an organisation', () => {
    expect(citedKind('place', 1)).toBe('government')
    expect(citedKind('unknown', 2)).toBe('person')
    expect(citedKind('unknown', 5)).toBe('organization')
    expect(citedKind('media', 1)).toBe('media')
  })
})
