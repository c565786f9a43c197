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

export const isAnnotationColor = (value: unknown): value is AnnotationColor =>
  ANNOTATION_COLORS.includes(value as AnnotationColor)

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
 * A code an imported annotation names: the code's id where the file was written (null when it gave none) and its
 * path from the top (`Framing/State media`), by which a library that lacks that id finds or makes the code.
 */
export interface ImportedCode {
  id: string | null
  label: string
}

/**
 * An imported annotation that fits no article of the library yet ("unplaced"), with all that placing it reads, so
 * that placing it later gives the annotation placing it at once would have: where it said it belonged (`source`: a
 * URL or `urn:sha256:` name, or empty), its quote and position, note, tags, codes, colour (null when the file gave
 * none Dossier knows) and the file's `created`/`modified` times (null when it gave none); and the file it came in.
 */
export interface OrphanAnnotation {
  id: string
  source: string
  exact: string
  prefix: string
  suffix: string
  position: { start: number; end: number } | null
  note: string
  tags: string[]
  codes: ImportedCode[]
  color: AnnotationColor | null
  created: string | null
  modified: string | null
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
