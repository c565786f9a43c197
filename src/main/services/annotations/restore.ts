import { createHash } from 'node:crypto'
import type { Annotation } from '../../../shared/model/annotation'
import { requireArticle } from '../articles/read'
import { restoreCodes } from '../codebook/coding'
import { ServiceError } from '../errors'
import * as annotations from '../store/annotations'
import { type Db, transaction } from '../store/db'

/**
 * Why an annotation's selectors do not describe `text` the way Dossier writes them (the exact
 * text at the position, with its context either side), or null when they do.
 */
export function selectorProblem(text: string, { quote, position }: Annotation): string | null {
  const { start, end } = position
  if (!(start < end)) return 'its passage is empty'
  if (end > text.length) return 'its passage is outside the article text'
  if (end - start !== quote.exact.length || !text.startsWith(quote.exact, start)) {
    return 'its quote is not the article text at its position'
  }
  const prefixStart = start - quote.prefix.length
  if (prefixStart < 0 || !text.startsWith(quote.prefix, prefixStart) || !text.startsWith(quote.suffix, end)) {
    return 'the text around its quote is not the article text'
  }
  return null
}

/** A digest of every field, so that deletions can be remembered without keeping long quotes in memory. */
function fingerprint(a: Annotation): string {
  const fields = [
    a.id,
    a.articleId,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.position.start,
    a.position.end,
  ]
  const rest = [a.note, a.tags, a.color, a.createdAt, a.updatedAt]
  return createHash('sha256')
    .update(JSON.stringify([...fields, ...rest]))
    .digest('hex')
}

/** Enough for a long run of undo and redo (the renderer keeps 100 steps per article). */
const REMEMBERED_DELETIONS = 1_000

/**
 * The annotations deleted since the library opened, by fingerprint, with the ids of the codes they had
 * (the links went with them, and the renderer's copy does not carry them). An undo may put one of
 * these back exactly as it was, even when its passage is no longer in the text (it was not placed
 * after a re-extraction), with its codes: it came from the store, not from the renderer.
 */
export function createDeletions() {
  const deleted = new Map<string, { fingerprint: string; codeIds: readonly string[] }>()
  return {
    remember(a: Annotation, codeIds: readonly string[] = []): void {
      deleted.delete(a.id)
      deleted.set(a.id, { fingerprint: fingerprint(a), codeIds })
      if (deleted.size > REMEMBERED_DELETIONS) deleted.delete(deleted.keys().next().value!)
    },
    /**
     * The code ids `a` had when it is exactly an annotation deleted earlier (it is forgotten once
     * put back), or undefined when it is not.
     */
    take(a: Annotation): readonly string[] | undefined {
      const found = deleted.get(a.id)
      if (found?.fingerprint !== fingerprint(a)) return undefined
      deleted.delete(a.id)
      return found.codeIds
    },
  }
}

export type Deletions = ReturnType<typeof createDeletions>

/**
 * Checks an annotation the renderer wants put back (undo of a delete, redo of a create). The
 * renderer is untrusted: the annotation must not take over another article's annotation, and
 * unless it is exactly one deleted earlier, its selectors must describe the article text as a
 * new annotation's would. Anything else could move notes between articles or leave a quote that
 * the matcher would search for on every later open.
 */
export function checkRestore(
  annotation: Annotation,
  { text, current, deletions }: { text: string; current: Annotation | undefined; deletions: Deletions },
): readonly string[] {
  if (current && current.articleId !== annotation.articleId) {
    throw new ServiceError(
      'invalid-request',
      'Dossier could not put the annotation back: it belongs to another article.',
    )
  }
  const codeIds = deletions.take(annotation)
  if (codeIds) return codeIds
  const problem = selectorProblem(text, annotation)
  if (problem)
    throw new ServiceError('invalid-request', `Dossier could not put the annotation back: ${problem}.`)
  return []
}

/**
 * Puts back an annotation that was deleted (undo, redo), after checking it against its article,
 * with the codes it had when it is one deleted earlier (those not deleted since).
 */
export function restoreAnnotation(
  { db, deletions }: { db: Db; deletions: Deletions },
  annotation: Annotation,
): Annotation {
  const { text } = requireArticle(db, annotation.articleId)
  const current = annotations.getAnnotation(db, annotation.id)
  const codeIds = checkRestore(annotation, { text, current, deletions })
  transaction(db, () => {
    annotations.putAnnotation(db, annotation)
    // An annotation still in the store (a redo racing another window) keeps the codes it has.
    if (!current) restoreCodes(db, annotation.id, codeIds)
  })
  return annotation
}
