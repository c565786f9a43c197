import type { Source } from '../../../shared/model/analysis'
import type { VerdictRating } from '../../../shared/model/verdict'
import type { ArticleRecord } from './exportData'

/** The fact-checkers' scale as ClaimReview numbers it: 5 is true, 1 is false. Unverifiable has no place on it. */
const RATING_VALUES: Record<Exclude<VerdictRating, 'unverifiable'>, number> = {
  true: 5,
  'mostly-true': 4,
  mixed: 3,
  'mostly-false': 2,
  false: 1,
}

export const RATING_NAMES: Record<VerdictRating, string> = {
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  'mostly-false': 'Mostly false',
  false: 'False',
  unverifiable: 'Unverifiable',
}

type JsonLd = { [key: string]: string | number | JsonLd }

function rating(value: VerdictRating): JsonLd {
  if (value === 'unverifiable') return { '@type': 'Rating', alternateName: RATING_NAMES[value] }
  return {
    '@type': 'Rating',
    ratingValue: RATING_VALUES[value],
    bestRating: 5,
    worstRating: 1,
    alternateName: RATING_NAMES[value],
  }
}

/** A person or an organisation as schema.org types it. */
function agent(name: string, person: boolean): JsonLd {
  return { '@type': person ? 'Person' : 'Organization', name }
}

/**
 * Who made the claim: the source the analysis attributes the sentence to, else the article's byline, else its
 * publisher; nobody when none is known.
 */
function claimAuthor(record: ArticleRecord, start: number, end: number): JsonLd | null {
  const detected = record.analysis?.claims.find((c) => c.start < end && start < c.end && c.sourceId)
  const source: Source | undefined = record.analysis?.sources.find((s) => s.id === detected?.sourceId)
  if (source) return agent(source.name, source.kind === 'person' || source.kind === 'anonymous')
  if (record.article.byline) return agent(record.article.byline, true)
  if (record.article.publisher) return agent(record.article.publisher, false)
  return null
}

/**
 * One schema.org ClaimReview (JSON-LD) for every claim whose verdict has a rating, as fact-checkers publish them:
 * the claim, where it appeared, who made it, the rating on a 1–5 scale (an unverifiable claim is named only), who
 * judged it and when. Claims still without a rating are left out.
 */
export function claimReviews(records: ArticleRecord[]): JsonLd[] {
  const out: JsonLd[] = []
  for (const record of records) {
    const { article } = record
    for (const { claim, verdict } of record.judged) {
      if (!verdict.rating) continue
      const appearance: JsonLd = { '@type': 'CreativeWork', headline: article.title }
      if (article.url) appearance.url = article.url
      if (article.published) appearance.datePublished = article.published
      if (article.publisher) appearance.publisher = agent(article.publisher, false)
      const itemReviewed: JsonLd = { '@type': 'Claim', appearance }
      const author = claimAuthor(record, claim.start, claim.end)
      if (author) itemReviewed.author = author
      const review: JsonLd = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: claim.text,
        itemReviewed,
        reviewRating: rating(verdict.rating),
        author: agent(verdict.updatedBy, true),
        datePublished: verdict.updatedAt.slice(0, 10),
      }
      if (verdict.conclusion.trim()) review.reviewBody = verdict.conclusion.trim()
      const link = verdict.evidence.find((e) => e.kind === 'url')
      if (link?.kind === 'url') review.citation = { '@type': 'CreativeWork', url: link.url }
      out.push(review)
    }
  }
  return out
}

export function claimReviewsToJson(records: ArticleRecord[]): string {
  return JSON.stringify(claimReviews(records), null, 2) + '\n'
}
