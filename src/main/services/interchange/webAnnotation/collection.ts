import { requireArticle } from '../../articles/read'
import { codeIdsOf, listCodebook } from '../../codebook'
import { ServiceError } from '../../errors'
import type { ExportRunOptions } from '../../exporters/registry'
import type { ExportSelection } from '../../exporters/scope'
import type { Library } from '../../library'
import * as annotations from '../../store/annotations'
import type { Db } from '../../store/db'
import { localUserName } from '../../verdicts'
import {
  GENERATOR,
  annotationToJsonLd,
  targetSource,
  verdictToJsonLd,
  type JudgedClaim,
} from './annotationJsonLd'
import { ANNO_CONTEXT, type WaAnnotation, type WaCollection, type WaPage } from './model'

/** Annotations per page: a page stays a size a reader can take in one go. */
export const PAGE_SIZE = 100

/**
 * The selection's highlights, notes, tags, codes and verdicts as one W3C AnnotationCollection, in pages of
 * PAGE_SIZE, in the selection's article order and each article's text order.
 */
export async function writeAnnotationCollection(
  library: Library,
  selection: ExportSelection,
  options: ExportRunOptions = {},
): Promise<WaCollection> {
  const { db } = library
  const codebook = new Map(listCodebook(db).map((c) => [c.id, c]))
  const creator = localUserName()
  const items: WaAnnotation[] = []
  const total = selection.articleIds.length
  for (const [index, articleId] of selection.articleIds.entries()) {
    if (options.signal?.aborted)
      throw new ServiceError('export-failed', 'The export was cancelled; nothing was written.')
    const article = requireArticle(db, articleId)
    const source = targetSource(article)
    for (const annotation of annotations.listAnnotations(db, article.id)) {
      const codes = codeIdsOf(db, annotation.id).flatMap((id) => codebook.get(id) ?? [])
      items.push(annotationToJsonLd(annotation, source, codes, creator))
    }
    for (const claim of judgedClaims(db, article.id)) items.push(verdictToJsonLd(claim, source))
    options.onProgress?.(index + 1, total)
    // Let a cancel sent while this article was written arrive before the next one.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return paginate(
    items,
    selection.title || 'Dossier notes',
    library.clock().toISOString(),
    crypto.randomUUID(),
  )
}

function paginate(items: WaAnnotation[], label: string, created: string, uuid: string): WaCollection {
  const id = `urn:uuid:${uuid}`
  const pageId = (n: number): string => `${id}#page-${n + 1}`
  const count = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
  const pages: WaPage[] = []
  for (let n = 0; n < count; n++) {
    const page: WaPage = {
      '@context': ANNO_CONTEXT,
      id: pageId(n),
      type: 'AnnotationPage',
      partOf: { id, type: 'AnnotationCollection', label, total: items.length },
      startIndex: n * PAGE_SIZE,
      items: items.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE),
    }
    if (n > 0) page.prev = pageId(n - 1)
    if (n < count - 1) page.next = pageId(n + 1)
    pages.push(page)
  }
  const [first, ...more] = pages
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    created,
    generator: GENERATOR,
    first,
    last: pageId(count - 1),
    ...(more.length ? { morePages: more } : {}),
  }
}

interface JudgedClaimRow {
  verdict_id: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  rating: JudgedClaim['rating']
  status: string
  conclusion: string
  created_at: string
  updated_at: string
  updated_by: string
}

function judgedClaims(db: Db, articleId: string): JudgedClaim[] {
  const rows = db
    .prepare(
      `SELECT c.verdict_id, c.start, c.end, c.exact, c.prefix, c.suffix, v.rating, v.status, v.conclusion,
              v.created_at, v.updated_at, v.updated_by
       FROM verdict_claims c JOIN verdicts v ON v.id = c.verdict_id
       WHERE c.article_id = ? ORDER BY c.start, c.end`,
    )
    .all(articleId) as unknown as JudgedClaimRow[]
  return rows.map((r) => ({
    verdictId: r.verdict_id,
    start: Number(r.start),
    end: Number(r.end),
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    rating: r.rating,
    status: r.status,
    conclusion: r.conclusion,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }))
}
