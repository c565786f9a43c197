import type { ArticleFormat } from './article'
import type { VerdictRating, VerdictStatus } from './verdict'

export const ARTICLE_SORT_KEYS = ['title', 'publisher', 'published', 'imported'] as const
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number]
export type SortDirection = 'asc' | 'desc'

/** Which articles the library list shows and in what order. Every filter given must hold. */
export interface ArticleListQuery {
  sort?: ArticleSortKey
  /** Defaults: newest first for dates, A to Z for title and publisher. */
  direction?: SortDirection
  /** Articles from this publisher (case-insensitive). */
  publisher?: string
  /** Articles with at least one note carrying this tag. */
  tag?: string
  /** Articles in this case. */
  caseId?: string
  /** Articles in no case. */
  unfiled?: boolean
  /** Articles with notes (true) or without (false). */
  hasNotes?: boolean
  /** Articles with a highlight coded with this code (its id) or a code under it. */
  code?: string
  /** Articles with a claim whose verdict has this rating, or this status. */
  verdict?: VerdictFilter
}

/** A verdict filter: by the verdict's rating (“false”) or by where its checking stands (“checked”). */
export type VerdictFilter = { rating: VerdictRating } | { status: VerdictStatus }

/** One row of the library list: enough to tell near-duplicates apart, nothing of the text. */
export interface ArticleListRow {
  id: string
  title: string
  publisher: string | null
  published: string | null
  importedAt: string
  fileName: string
  format: ArticleFormat
  /** How many notes (annotations) the article has. */
  notes: number
  /** How many of its claims have a verdict whose status is “checked”. */
  claimsChecked: number
}

/** The values the list's filters can take, each with how many articles have it. */
export interface ArticleListChoices {
  publishers: { name: string; articles: number }[]
  tags: { name: string; articles: number }[]
  /** Codes used in some article, in codebook order; each counts the articles it or a code under it marks. */
  codes: { id: string; name: string; path: string[]; articles: number }[]
  /** Verdict ratings and statuses given to some article's claims, in their own order. */
  ratings: { rating: VerdictRating; articles: number }[]
  statuses: { status: VerdictStatus; articles: number }[]
}
