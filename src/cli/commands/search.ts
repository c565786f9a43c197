import { libraryScope } from '../../main/services/search/libraryScope'
import { ServiceError } from '../../main/services/errors'
import type { Library } from '../../main/services/library'
import { DEFAULT_LIMIT, MAX_LIMIT, searchLibrary } from '../../main/services/search/search'
import { UsageError, type Values } from '../args'
import type { Io } from '../output'

/**
 * `search QUERY`: the hits best first, one JSON object per line with --json. The words after `search`
 * make the query, so `dossier search kim putin` and `dossier search "kim putin"` ask the same.
 */
export function search(library: Library, words: string[], values: Values, io: Io): number {
  const query = words.join(' ')
  if (!query.trim()) throw new UsageError('search needs a QUERY')
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit)
  if (!/^\d+$/.test(values.limit ?? '1') || limit < 1 || limit > MAX_LIMIT) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, not “${values.limit}”`)
  }
  let hits
  try {
    hits = searchLibrary(library.db, query, { limit, resolveScope: libraryScope(library.db) })
  } catch (error) {
    if (error instanceof ServiceError)
      throw new ServiceError(error.code, `the search “${query}”: ${error.message}`)
    throw error
  }
  for (const h of hits) {
    const record = {
      id: h.id,
      title: h.title,
      score: h.score,
      snippet: h.snippet,
      matches: h.matches.map(({ start, end }) => ({ start, end })),
      annotationId: h.annotationId,
    }
    if (values.json) io.out(JSON.stringify(record) + '\n')
    else io.out(`${h.id}\t${h.title}\t${h.snippet.replace(/\s+/g, ' ')}\n`)
  }
  if (!values.json && hits.length === 0) io.out(`Nothing in the library matches “${query}”.\n`)
  return 0
}
