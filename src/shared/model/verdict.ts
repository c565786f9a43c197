import type { TextQuoteSelector } from './annotation'

/** Where a claim stands in the checking workflow. */
export const VERDICT_STATUSES = ['to-check', 'checking', 'checked'] as const
export type VerdictStatus = (typeof VERDICT_STATUSES)[number]

/** The common fact-checker scale, from true to false, and "unverifiable" beside it. */
export const VERDICT_RATINGS = [
  'true',
  'mostly-true',
  'mixed',
  'mostly-false',
  'false',
  'unverifiable',
] as const
export type VerdictRating = (typeof VERDICT_RATINGS)[number]

export const EVIDENCE_KINDS = ['url', 'passage', 'file', 'note'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** The longest conclusion, in characters: a verdict's conclusion is a short paragraph. */
export const CONCLUSION_MAX = 2000
/** The longest note on an evidence item, and the longest "who" name. */
export const EVIDENCE_NOTE_MAX = 4000
export const USER_NAME_MAX = 100

/** A claim: a span of one article's text (an auto-detected claim or a highlight), with its quote to re-anchor it. */
export interface ClaimRef {
  articleId: string
  start: number
  end: number
  /** Set when the claim is a highlight. */
  annotationId?: string | null
}

/** A claim a verdict covers, placed on the article's current text. */
export interface VerdictClaim {
  articleId: string
  start: number
  end: number
  quote: TextQuoteSelector
  annotationId: string | null
  /** False when the claim's passage is no longer in the article's text; start and end are then the stored ones. */
  anchored: boolean
}

interface EvidenceBase {
  id: string
  note: string
  addedBy: string
  addedAt: string
}

export type Evidence =
  | (EvidenceBase & { kind: 'url'; url: string })
  /** A passage of an article in the library; `articleId` is null once that article was deleted (the quote stays). */
  | (EvidenceBase & { kind: 'passage'; articleId: string | null; start: number; end: number; exact: string })
  | (EvidenceBase & { kind: 'file'; fileName: string })
  | (EvidenceBase & { kind: 'note' })

/** What the analyst adds as evidence; the service fills in the passage's text, who and when. */
export type EvidenceInput =
  | { kind: 'url'; url: string; note?: string }
  | { kind: 'passage'; articleId: string; start: number; end: number; note?: string }
  | { kind: 'file'; fileName: string; note?: string }
  | { kind: 'note'; note: string }

/** One verdict, covering one claim or several linked ones across articles. */
export interface Verdict {
  id: string
  status: VerdictStatus
  rating: VerdictRating | null
  conclusion: string
  createdAt: string
  updatedAt: string
  updatedBy: string
  claims: VerdictClaim[]
  evidence: Evidence[]
}

/** What judging a claim changes; a field left out keeps its value (a new verdict starts "to check"). */
export interface VerdictChange {
  status?: VerdictStatus
  /** null clears the rating. */
  rating?: VerdictRating | null
  conclusion?: string
}

/** One row of the Claims board: a judged claim. */
export interface BoardClaim {
  verdictId: string
  articleId: string
  articleTitle: string
  start: number
  end: number
  text: string
  annotationId: string | null
  status: VerdictStatus
  rating: VerdictRating | null
  conclusion: string
  evidence: number
  /** How many claims the verdict covers, this one included. */
  linkedClaims: number
  updatedAt: string
}

export interface BoardFilter {
  caseId?: string
  /** One article's judged claims (the reader marks them). */
  articleId?: string
  status?: VerdictStatus
  rating?: VerdictRating
}

/** A sentence of another article that closely matches a claim. */
export interface SameClaim {
  articleId: string
  title: string
  start: number
  end: number
  text: string
  /** 0 to 1: the share of content words the two sentences have in common. */
  similarity: number
}
