import { describe, expect, it } from 'vitest'
import { read } from '../../../test-support/attribution'
import { classifyName, personRole } from './entities'

const phrases = (text: string) =>
  read(text)
    .ctx.phraseOf.filter((p, i, all) => p && all.indexOf(p) === i)
    .map((p) => ({ text: p!.text, kind: p!.kind, role: p!.role, alias: p!.alias?.text ?? null }))

describe('classifyName', () => {
  it('tells people, bodies of state, outlets, organisations and places apart', () => {
    expect(classifyName('Maria Lopez')).toBe('person')
    expect(classifyName('Defense Ministry')).toBe('government')
    expect(classifyName('Kremlin')).toBe('government')
    expect(classifyName('Reuters')).toBe('media')
    expect(classifyName('Xinhua')).toBe('state media')
    expect(classifyName('Lund University')).toBe('organization')
    expect(classifyName('France')).toBe('place')
  })

  it('knows state media, armed forces and seats of government from the documented lists', () => {
    for (const name of ['Rossiya 1', 'KCNA', 'Xinhua', 'Press TV', 'Rodong Sinmun'])
      expect(classifyName(name)).toBe('state media')
    for (const name of ['IDF', 'People’s Liberation Army', 'Bundeswehr', 'Downing Street', 'Knesset', 'NATO'])
      expect(classifyName(name)).toBe('government')
    // Public broadcasters with editorial independence are not state media.
    expect(classifyName('BBC')).toBe('media')
  })
})

describe('findNamePhrases', () => {
  it('keeps a title out of the name and gives it as the role', () => {
    expect(phrases('Russian President Vladimir Putin arrived on Tuesday.')).toEqual([
      { text: 'Vladimir Putin', kind: 'person', role: 'Russian President', alias: null },
    ])
  })

  it('takes an appositive as the role', () => {
    expect(phrases('Tom Becker, a professor of economics at the university, spoke.')[0]).toEqual({
      text: 'Tom Becker',
      kind: 'person',
      role: 'professor of economics at the university',
      alias: null,
    })
  })

  it('joins a body of state to its country and reads an acronym given after it', () => {
    expect(phrases('South Korea’s Joint Chiefs of Staff (JCS) reported a launch.')[0]).toEqual({
      text: 'South Korea’s Joint Chiefs of Staff',
      kind: 'government',
      role: null,
      alias: 'JCS',
    })
  })

  it('drops an ordinary word capitalised at a sentence start', () => {
    expect(phrases('During the visit Maria Lopez spoke.').map((p) => p.text)).toEqual(['Maria Lopez'])
  })

  it('finds no names inside quotes', () => {
    expect(phrases('“Maria Lopez is wrong,” he said.')).toEqual([])
  })
})

describe('personRole', () => {
  it('holds for roles of people, not for bodies or anonymous sources', () => {
    expect(personRole('senior fellow at the institute')).toBe(true)
    expect(personRole('a source')).toBe(false)
    expect(personRole('capital of France')).toBe(false)
  })
})
