import { describe, expect, it } from 'vitest'
import { seedExportLibrary } from '../../../test-support/exportLibrary'
import { tempStore } from '../../../test-support/tempStore'
import type { Db } from '../store/db'
import { EXPORT_WRITERS } from './registry'
import { resolveExportScope } from './scope'

let db: Db
tempStore((opened) => (db = opened))

type Review = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function reviews(): Promise<Review[]> {
  const { library } = seedExportLibrary(db)
  const out = await EXPORT_WRITERS.claimreview!.write(library, resolveExportScope(db, { kind: 'library' }))
  return JSON.parse('text' in out ? out.text : '') as Review[]
}

describe('the ClaimReview export', () => {
  it('gives every rated claim the fields fact-checkers publish, and leaves unrated claims out', async () => {
    const all = await reviews()
    expect(all.map((r) => r.claimReviewed)).toEqual([
      'The council approved a budget of 4 million euros.',
      'The mayor said the ferry was “late, again”, costing 200 jobs.',
    ])
    for (const review of all) {
      expect(review['@context']).toBe('https://schema.org')
      expect(review['@type']).toBe('ClaimReview')
      expect(review.reviewRating['@type']).toBe('Rating')
      expect(typeof review.reviewRating.alternateName).toBe('string')
      expect(review.itemReviewed['@type']).toBe('Claim')
      expect(review.itemReviewed.appearance).toMatchObject({
        '@type': 'CreativeWork',
        url: 'https://news.example/budget',
        headline: 'Council budget',
      })
      expect(review.author['@type']).toBe('Person')
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('rates a false claim 1 of 5, with who judged it, when, the conclusion and the evidence link', async () => {
    const [budget] = await reviews()
    expect(budget.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'False',
    })
    expect(budget.author).toEqual({ '@type': 'Person', name: 'Ana' })
    expect(budget.reviewBody).toBe('The budget is 3 million.')
    expect(budget.citation).toEqual({ '@type': 'CreativeWork', url: 'https://council.example/minutes' })
    // No source is attributed the budget sentence: its author is the article's publisher.
    expect(budget.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'City Post' })
  })

  it('names an unverifiable claim without a number, and credits the claim to the source the analysis found', async () => {
    const [, ferry] = await reviews()
    expect(ferry.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' })
    expect(ferry.itemReviewed.author).toEqual({ '@type': 'Person', name: 'The mayor' })
    expect(ferry.author.name).toBe('Ben')
    expect(ferry.datePublished).toBe('2026-02-04')
  })
})
