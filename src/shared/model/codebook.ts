import type { Annotation, AnnotationColor } from './annotation'

/** The longest code name, in characters: it is read in a narrow tree and in `code:` searches. */
export const CODE_NAME_MAX = 120
/** The longest code description (its definition and when to apply it), in characters. */
export const CODE_DESCRIPTION_MAX = 4_000
/** Separates the names of a code's path: `Framing/State media`. A code name cannot hold it. */
export const CODE_PATH_SEPARATOR = '/'

/** A code of the codebook (QDA tools' code, NVivo's node): a concept passages are coded with. */
export interface Code {
  id: string
  name: string
  color: AnnotationColor
  /** What the code means and when to apply it. */
  description: string
  /** The parent code, or null for a top-level code. */
  parentId: string | null
  /** Its place among its siblings, from 0. */
  position: number
  createdAt: string
  updatedAt: string
}

/** A code as the codebook lists it: in tree order, with its depth, path and how much it codes. */
export interface CodebookEntry extends Code {
  /** 0 for a top-level code. */
  depth: number
  /** The names from the top-level code down to this one. */
  path: string[]
  /** Highlights coded with this code itself (not its children). */
  passages: number
  /** Articles that have at least one of those highlights. */
  articles: number
}

/** A highlight coded with a code, as the code view lists it. */
export interface CodedPassage {
  annotationId: string
  /** The code it is listed for (a child's, when children are included). */
  codeId: string
  articleId: string
  articleTitle: string
  /** The passage's text. */
  exact: string
  note: string
  start: number
  end: number
}

/** How many highlights of one article a code codes. */
export interface CodeArticleCount {
  codeId: string
  articleId: string
  articleTitle: string
  passages: number
}

/** Two codes applied to the same highlights, and how many (`codeId` sorts before `otherCodeId`). */
export interface CodePair {
  codeId: string
  otherCodeId: string
  passages: number
}

/**
 * The colour a highlight shows with when its colour follows its codes: its first code's, or its own when it
 * has no code. `codes` are the highlight's codes in order (codesOfAnnotation).
 */
export function effectiveColor(
  annotation: Pick<Annotation, 'color'>,
  codes: readonly Pick<Code, 'color'>[],
): AnnotationColor {
  return codes[0]?.color ?? annotation.color
}

/** What deleting a code took away, so that an undo can put it back as it was. */
export interface DeletedCode {
  code: Code
  /** Its children, in order: they moved up to its parent when it was deleted. */
  childIds: string[]
  /** The highlights it coded, each with the code's place among that highlight's codes. */
  links: { annotationId: string; position: number }[]
}
