import type { AnnotationPatch, NewAnnotation } from '../../../shared/ipc/contract'
import type { Annotation, AnnotationColor } from '../../../shared/model/annotation'
import { findFirst } from '../anchoring/anchor'
import { describeRange } from '../../../shared/text/selectors'
import { requireArticle } from '../articles/read'
import { codeIdsOf } from '../codebook/coding'
import { ServiceError, notFound } from '../errors'
import type { Clock } from '../runners'
import * as annotations from '../store/annotations'
import type { Db } from '../store/db'
import type { Deletions } from './restore'

function requireAnnotation(db: Db, id: string): Annotation {
  const annotation = annotations.getAnnotation(db, id)
  if (!annotation) throw notFound('annotation')
  return annotation
}

export function createAnnotation(
  { db, clock }: { db: Db; clock: Clock },
  request: NewAnnotation,
): Annotation {
  const article = requireArticle(db, request.articleId)
  if (request.end > article.text.length) {
    throw new ServiceError('invalid-request', 'The selection is outside the article text.')
  }
  // An upsert would let a create overwrite another annotation: an id already taken is refused.
  if (request.id !== undefined && annotations.getAnnotation(db, request.id)) {
    throw new ServiceError('invalid-request', 'An annotation with this id exists already.')
  }
  const now = clock().toISOString()
  const annotation: Annotation = {
    id: request.id ?? crypto.randomUUID(),
    articleId: article.id,
    ...describeRange(article.text, request.start, request.end),
    note: request.note ?? '',
    tags: cleanTags(request.tags ?? []),
    color: request.color ?? 'yellow',
    createdAt: now,
    updatedAt: now,
  }
  annotations.putAnnotation(db, annotation)
  return annotation
}

export function updateAnnotation(
  { db, clock }: { db: Db; clock: Clock },
  patch: AnnotationPatch,
): Annotation {
  const current = requireAnnotation(db, patch.id)
  const next: Annotation = {
    ...current,
    note: patch.note ?? current.note,
    tags: patch.tags ? cleanTags(patch.tags) : current.tags,
    color: patch.color ?? current.color,
    updatedAt: clock().toISOString(),
  }
  annotations.putAnnotation(db, next)
  return next
}

/**
 * Deletes an annotation (its codes' links go with it) and remembers both, so that an undo may put
 * them back exactly.
 */
export function deleteAnnotation(
  { db, deletions }: { db: Db; deletions: Deletions },
  id: string,
): Annotation {
  const current = requireAnnotation(db, id)
  const codeIds = codeIdsOf(db, id)
  annotations.deleteAnnotation(db, id)
  deletions.remember(current, codeIds)
  return current
}

/** Anchors a new annotation to the first occurrence of `quote` (exact, else fuzzy). */
export function annotateQuote(
  context: { db: Db; clock: Clock },
  articleId: string,
  quote: string,
  extra: { note?: string; tags?: string[]; color?: AnnotationColor } = {},
): Annotation {
  const article = requireArticle(context.db, articleId)
  const at = findFirst(article.text, quote)
  if (!at) throw new ServiceError('not-found', `The text “${quote}” was not found in “${article.title}”.`)
  return createAnnotation(context, { articleId, start: at.start, end: at.end, ...extra })
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))]
}
