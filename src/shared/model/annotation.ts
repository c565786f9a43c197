/** W3C Web Annotation TextQuoteSelector: the quoted text and some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number]

/** A highlight or note on a passage of one article. */
export interface Annotation {
  id: string
  articleId: string
  quote: TextQuoteSelector
  position: TextPositionSelector
  note: string
  tags: string[]
  color: AnnotationColor
  createdAt: string
  updatedAt: string
}

/** An annotation placed on the current text; `anchored` is false when neither selector fits. */
export interface AnchoredAnnotation extends Annotation {
  anchored: boolean
}

/**
 * An imported annotation that fits no article of the library yet ("unplaced"): its quote, note and tags, where it
 * said it belonged (`source`: a URL or `urn:sha256:` name, or empty) and the file it came in.
 */
export interface OrphanAnnotation {
  id: string
  source: string
  exact: string
  prefix: string
  suffix: string
  note: string
  tags: string[]
  fileName: string
  importedAt: string
}

/** What importing an annotation file did. */
export interface AnnotationImportSummary {
  /** Annotations placed on a passage. */
  anchored: number
  /** Annotations kept without a passage: on their article when it is known, else unplaced. */
  orphaned: number
  /** Verdicts (`assessing` annotations) put back on their claims. */
  verdicts: number
  /** Verdicts whose claim is in no article of the library: a verdict needs its claim, so these are left out. */
  verdictsLeftOut: number
}
