import { CASE_NAME_MAX } from '../../../shared/model/case'
import { ServiceError } from '../errors'

/** The library pane's own entries: a case of that name could not be told apart from them. */
const RESERVED = ['all articles', 'unfiled']

/** A name as it is compared: SQLite's NOCASE folds only ASCII, so "École" and "école" are matched here. */
export const nameKey = (name: string): string => name.toLowerCase()

/** NFC, whitespace runs (a pasted line break, a tab) made one space, trimmed. */
export const tidyName = (input: string): string => input.normalize('NFC').replace(/\s+/gu, ' ').trim()

/**
 * The name a case is stored under (tidied). Throws a ServiceError the person can read when it is
 * empty, too long or one of the library pane's own entries.
 */
export function caseName(input: string): string {
  const name = tidyName(input)
  if (!name) throw new ServiceError('invalid-request', 'A case needs a name.')
  if (name.length > CASE_NAME_MAX) {
    throw new ServiceError(
      'invalid-request',
      `A case name can be at most ${CASE_NAME_MAX} characters; this one has ${name.length}.`,
    )
  }
  if (RESERVED.includes(nameKey(name))) {
    throw new ServiceError(
      'invalid-request',
      `“${name}” is already an entry of the library pane; choose another name.`,
    )
  }
  return name
}
