import type { ArticleFormat } from './article'

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
}

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
}

/** The values the list's filters can take, each with how many articles have it. */
export interface ArticleListChoices {
  publishers: { name: string; articles: number }[]
  tags: { name: string; articles: number }[]
}
