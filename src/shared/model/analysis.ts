/**
 * What the analysis engine finds in an article text: check-worthy claims, the sources the article
 * cites, and the quotes it carries. Every span is a pair of UTF-16 offsets into the analysed text,
 * end exclusive, so `text.slice(start, end)` is the span's own text.
 */

export interface Span {
  start: number
  end: number
}

export type SourceKind =
  'person' | 'organization' | 'government' | 'media' | 'state media' | 'anonymous' | 'document'

export const SOURCE_KINDS: readonly SourceKind[] = [
  'person',
  'organization',
  'government',
  'media',
  'state media',
  'anonymous',
  'document',
]

/** One sentence scored for check-worthiness. */
export interface Claim {
  id: string
  start: number
  end: number
  text: string
  /** 0..1: how much the sentence is worth checking. */
  score: number
  checkworthy: boolean
  /** Why: `quantity`, `statistic`, `comparison`, `event`, `time`, `place`, `attribution`, `causal`,
   * `prediction`, `hedge:…`, `opinion`, `pleasantry`, `question`, `numbers:…` … */
  reasons: string[]
  /** The source the claim is attributed to (inside a quote or an attributed sentence). */
  sourceId: string | null
}

/** One entry of the article's source ledger. */
export interface Source {
  id: string
  name: string
  kind: SourceKind
  /** The role the article gives the source ("Russian President"), if any. */
  role: string | null
  mentions: Span[]
}

/** A direct quote: the quoted words without their quotation marks. */
export interface Quote {
  id: string
  start: number
  end: number
  text: string
  sourceId: string | null
  /** The in-text mention the attribution rests on (a name, a title or a pronoun). */
  speaker: Span | null
  /** The attribution cue (said, told CNN, according to …). */
  cue: Span | null
}

/**
 * One attribution: words the article gives to a source, quoted (`direct`, the same span as its
 * quote) or reported ("X said that …", "according to Y, …": `indirect`). `start`/`end` is the
 * attributed content.
 */
export interface Attribution {
  id: string
  kind: 'direct' | 'indirect'
  start: number
  end: number
  sourceId: string | null
  /** The in-text mention the attribution rests on (a name, a title or a pronoun). */
  speaker: Span | null
  /** The cue (said, warned, told reporters, according to …). */
  cue: Span | null
}

export interface Analysis {
  claims: Claim[]
  sources: Source[]
  quotes: Quote[]
  /** Every attribution, direct and indirect, in text order. */
  attributions: Attribution[]
}

/** The score of one sentence, as `score-claims` prints it (plus the reasons). */
export interface SentenceScore {
  score: number
  checkworthy: boolean
  reasons: string[]
}

/** A quantity found in the text, normalised. */
export interface Quantity extends Span {
  text: string
  value: number
  /** Normalised unit: `km`, `mi`, `kg`, `lb`, `percent`, `USD`, `people` … or null for a bare number. */
  unit: string | null
  currency: string | null
  percent: boolean
}

/** Two quantities given as one another's conversion, e.g. "650 kilometers (400 miles)". */
export interface UnitPairCheck extends Span {
  text: string
  first: Quantity
  second: Quantity
  /** The first quantity expressed in the second one's unit. */
  converted: number
  consistent: boolean
}
