import { describe, expect, it } from 'vitest'
import type { BoardClaim, Evidence } from '../../../../../shared/model/verdict'
import { alsoIn, evidenceSource, nextJudgement, sameArticles, verdictLabel, verdictSpans } from './selectors'

const REF = { articleId: 'a1', start: 0, end: 5 }

describe('verdict selectors', () => {
  it('keeps a judgement within the workflow: a rating moves a claim on, "to check" clears it', () => {
    const toCheck = { claim: REF, status: 'to-check' as const, rating: null, conclusion: '' }
    expect(nextJudgement(toCheck, { rating: 'false' })).toMatchObject({ status: 'checking', rating: 'false' })
    const checked = { ...toCheck, status: 'checked' as const, rating: 'true' as const }
    expect(nextJudgement(checked, { status: 'to-check' })).toMatchObject({ status: 'to-check', rating: null })
    expect(nextJudgement(checked, { rating: null })).toMatchObject({ status: 'checking', rating: null })
    expect(nextJudgement(checked, { conclusion: 'x' })).toMatchObject({ status: 'checked', rating: 'true' })
  })

  it('labels and marks judged claims by rating, or by status while unrated', () => {
    expect(verdictLabel('checked', 'mostly-false')).toBe('Claim checked: mostly false')
    expect(verdictLabel('to-check', null)).toBe('Claim to check')
    const row = { start: 3, end: 9, status: 'checking', rating: null } as BoardClaim
    expect(verdictSpans([row])).toEqual([
      { key: 'verdict:3-9', layer: 'verdict', start: 3, end: 9, tone: 'checking', label: 'Claim checking' },
    ])
  })

  it('counts each other article once', () => {
    const s = (articleId: string, start: number) => ({
      articleId,
      title: articleId,
      start,
      end: start + 1,
      text: '',
      similarity: 1,
    })
    expect(sameArticles([s('b', 0), s('b', 5), s('c', 0)]).map((x) => x.articleId)).toEqual(['b', 'c'])
    expect([alsoIn(1), alsoIn(2)]).toEqual(['Also in 1 article', 'Also in 2 articles'])
  })

  it('names the article a passage given as evidence comes from, and says when that article was deleted', () => {
    const base = { id: 'e1', note: '', addedBy: 'Ana', addedAt: '2024-05-01T10:00:00Z' }
    const passage: Evidence = {
      ...base,
      kind: 'passage',
      articleId: 'a2',
      start: 4,
      end: 30,
      exact: 'The radar logged it',
    }
    const titles: Record<string, string> = { a2: 'Radar station logs the flight path' }
    const titleOf = (id: string) => titles[id]
    expect(evidenceSource(passage, titleOf)).toBe('From “Radar station logs the flight path”')
    expect(evidenceSource({ ...passage, articleId: null }, titleOf)).toBe('From an article since deleted')
    expect(evidenceSource({ ...passage, articleId: 'not-loaded' }, titleOf)).toBeNull()
    expect(evidenceSource({ ...base, kind: 'url', url: 'https://example.org/a' }, titleOf)).toBeNull()
  })
})
