import type { OpenedArticle } from '../../../shared/ipc/contract'
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

/** Opens an article and places each annotation on its current text. */
export function openArticle({ db }: { db: Db }, id: string): OpenedArticle {
  const article = requireArticle(db, id)
  const placed = annotations.listAnnotations(db, id).map((a) => {
    const at = anchor(article.text, a)
    return at
      ? { ...a, position: { ...a.position, start: at.start, end: at.end }, anchored: true }
      : { ...a, anchored: false }
  })
  placed.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end)
  return { article, annotations: placed }
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
