import { describe, expect, it } from 'vitest'
import type { Case } from '../../../../../shared/model/case'
import { articleCount, rowsQuery, sameScope, scopeCase } from './selectors'

const iran: Case = { id: 'c1', name: 'Iran', createdAt: 'x', updatedAt: 'x', articles: 2 }

describe('cases selectors', () => {
  it('asks for the scope chosen, dates newest first and names A to Z', () => {
    expect(rowsQuery({ kind: 'all' }, 'published')).toEqual({ sort: 'published', direction: 'desc' })
    expect(rowsQuery({ kind: 'unfiled' }, 'title')).toEqual({
      sort: 'title',
      direction: 'asc',
      unfiled: true,
    })
    expect(rowsQuery({ kind: 'case', id: 'c1' }, 'imported')).toEqual({
      sort: 'imported',
      direction: 'desc',
      caseId: 'c1',
    })
    expect(rowsQuery({ kind: 'all' }, 'publisher').direction).toBe('asc')
  })

  it('tells scopes apart, cases by id', () => {
    expect(sameScope({ kind: 'all' }, { kind: 'all' })).toBe(true)
    expect(sameScope({ kind: 'all' }, { kind: 'unfiled' })).toBe(false)
    expect(sameScope({ kind: 'case', id: 'c1' }, { kind: 'case', id: 'c1' })).toBe(true)
    expect(sameScope({ kind: 'case', id: 'c1' }, { kind: 'case', id: 'c2' })).toBe(false)
    expect(sameScope({ kind: 'case', id: 'c1' }, { kind: 'all' })).toBe(false)
  })

  it('finds the case shown, and none for All articles, Unfiled or a case that is gone', () => {
    expect(scopeCase({ scope: { kind: 'case', id: 'c1' }, cases: [iran] })).toBe(iran)
    expect(scopeCase({ scope: { kind: 'case', id: 'gone' }, cases: [iran] })).toBeUndefined()
    expect(scopeCase({ scope: { kind: 'unfiled' }, cases: [iran] })).toBeUndefined()
  })

  it('counts articles in words', () => {
    expect([0, 1, 2].map(articleCount)).toEqual(['0 articles', '1 article', '2 articles'])
  })
})
