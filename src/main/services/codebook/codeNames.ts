import { ANNOTATION_COLORS, type AnnotationColor, isAnnotationColor } from '../../../shared/model/annotation'
import { CODE_DESCRIPTION_MAX, CODE_NAME_MAX, CODE_PATH_SEPARATOR } from '../../../shared/model/codebook'
import { tidyName } from '../cases/caseNames'
import { ServiceError } from '../errors'

export { nameKey, tidyName } from '../cases/caseNames'

/**
 * The name a code is stored under (tidied as case names are). Throws a ServiceError the person can read when it
 * is empty, too long, or holds the path separator (a `code:A/B` search could not tell it from a path).
 */
export function codeName(input: string): string {
  const name = tidyName(input)
  if (!name) throw new ServiceError('invalid-request', 'A code needs a name.')
  if (name.length > CODE_NAME_MAX) {
    throw new ServiceError(
      'invalid-request',
      `A code name can be at most ${CODE_NAME_MAX} characters; this one has ${name.length}.`,
    )
  }
  if (name.includes(CODE_PATH_SEPARATOR)) {
    throw new ServiceError(
      'invalid-request',
      `A code name cannot contain “${CODE_PATH_SEPARATOR}”, which separates a code from its parent in searches.`,
    )
  }
  return name
}

/** The names of a code's path as a file writes it (`Framing/State media`), tidied; empty when it names none. */
export const codePath = (label: string): string[] =>
  label.split(CODE_PATH_SEPARATOR).map(tidyName).filter(Boolean)

export function codeColor(input: string): AnnotationColor {
  if (!isAnnotationColor(input)) {
    throw new ServiceError(
      'invalid-request',
      `“${input}” is not a highlight colour; choose one of ${ANNOTATION_COLORS.join(', ')}.`,
    )
  }
  return input
}

export function codeDescription(input: string): string {
  const description = input.normalize('NFC').trim()
  if (description.length > CODE_DESCRIPTION_MAX) {
    throw new ServiceError(
      'invalid-request',
      `A code description can be at most ${CODE_DESCRIPTION_MAX} characters; this one has ${description.length}.`,
    )
  }
  return description
}
