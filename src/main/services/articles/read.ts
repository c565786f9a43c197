import type { OpenedArticle } from '../../../shared/ipc/contract'
import type { AnchoredAnnotation } from '../../../shared/model/annotation'
import type { Article, ArticleSummary } from '../../../shared/model/article'
import type { OriginalFile } from '../../../shared/model/import'
import { anchor } from '../anchoring/anchor'
import { notFound } from '../errors'
import type { ReadOriginal } from '../runners'
import * as annotations from '../store/annotations'
import * as articles from '../store/articles'
import type { Db } from '../store/db'

/** How much of an original's text "View original" shows (a few MB of source is plenty to check). */
const ORIGINAL_PREVIEW_CHARS = 2_000_000

/** The article, or a not-found error for the person using the app. */
export function requireArticle(db: Db, id: string): Article {
  const article = articles.getArticle(db, id)
  if (!article) throw notFound('article')
  return article
}

export function listArticles({ db }: { db: Db }): ArticleSummary[] {
  return articles.listArticles(db)
}

/**
 * Opens an article and places each annotation on its current text. With `annotationsBefore`, only the
 * annotations placed before that offset come with it, and `later` counts the others.
 */
export function openArticle({ db }: { db: Db }, id: string, annotationsBefore?: number): OpenedArticle {
  const article = requireArticle(db, id)
  const placed = placeAnnotations(db, article)
  if (annotationsBefore === undefined) return { article, annotations: placed }
  const first = placed.filter((a) => a.position.start < annotationsBefore)
  return { article, annotations: first, later: placed.length - first.length }
}

/** The annotations of an article placed at or after `from`: the part an open with `annotationsBefore: from` left out. */
export function annotationsFrom({ db }: { db: Db }, articleId: string, from: number): AnchoredAnnotation[] {
  return placeAnnotations(db, requireArticle(db, articleId)).filter((a) => a.position.start >= from)
}

/** An article's annotations placed on its current text, in text order. */
function placeAnnotations(db: Db, article: Article): AnchoredAnnotation[] {
  const placed = annotations.listAnnotations(db, article.id).map((a) => {
    const at = anchor(article.text, a)
    return at
      ? { ...a, position: { ...a.position, start: at.start, end: at.end }, anchored: true }
      : { ...a, anchored: false }
  })
  placed.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end)
  return placed
}

/** The original file, as text to show (never rendered), or a note that it is binary. */
export async function originalFile(
  { db, readOriginal }: { db: Db; readOriginal: ReadOriginal },
  id: string,
): Promise<OriginalFile> {
  const row = articles.getOriginalInfo(db, id)
  if (!row) throw notFound('article')
  const { text, truncated } = await readOriginal(row.original, ORIGINAL_PREVIEW_CHARS, row.fileName)
  return { fileName: row.fileName, format: row.format, bytes: row.original.byteLength, text, truncated }
}
