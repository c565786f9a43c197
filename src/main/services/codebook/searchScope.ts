import { CODE_PATH_SEPARATOR, type CodebookEntry } from '../../../shared/model/codebook'
import { ServiceError } from '../errors'
import type { ScopeResolver } from '../search/search'
import type { Db } from '../store/db'
import { nameKey, tidyName } from './codeNames'
import { listCodebook, subtreeIds } from './codes'

/**
 * The code a `code:` search names: a path from the top (`Framing/State media`) or the name of one code anywhere
 * in the codebook, compared as code names are (ignoring letters' case and spacing).
 */
export function findCodeByPath(db: Db, value: string): CodebookEntry {
  const wanted = value.split(CODE_PATH_SEPARATOR).map((part) => nameKey(tidyName(part)))
  const codes = listCodebook(db)
  const keyOf = (c: CodebookEntry): string[] => c.path.map(nameKey)
  const matches =
    wanted.length > 1
      ? codes.filter((c) => keyOf(c).join('\u0000') === wanted.join('\u0000'))
      : codes.filter((c) => nameKey(c.name) === wanted[0])
  if (!matches.length) throw new ServiceError('not-found', `There is no code called “${value}”.`)
  if (matches.length > 1) {
    const paths = matches.map((c) => `“${c.path.join(CODE_PATH_SEPARATOR)}”`).join(', ')
    throw new ServiceError(
      'invalid-request',
      `Several codes are called “${value}” (${paths}); write the one you mean with its path.`,
    )
  }
  return matches[0]
}

/**
 * Resolves a search's `code:NAME` filters to the articles with a highlight coded with that code or a code under
 * it. A code that does not exist is an error naming it rather than no hits. Other filters go to `next` (the
 * cases' resolver, say), and are refused without one.
 */
export function codeScope(db: Db, next?: ScopeResolver): ScopeResolver {
  return (filter) => {
    if (filter.kind !== 'code') {
      if (next) return next(filter)
      throw new ServiceError(
        'invalid-request',
        `Searching by ${filter.kind} (“${filter.kind}:${filter.value}”) is not available yet.`,
      )
    }
    const code = findCodeByPath(db, filter.value)
    const rows = db
      .prepare(
        `SELECT DISTINCT n.article_id FROM annotation_codes ac JOIN annotations n ON n.id = ac.annotation_id
         WHERE ac.code_id IN (SELECT value FROM json_each(?)) ORDER BY n.article_id`,
      )
      .all(JSON.stringify(subtreeIds(db, code.id))) as unknown as { article_id: string }[]
    return rows.map((r) => r.article_id)
  }
}
