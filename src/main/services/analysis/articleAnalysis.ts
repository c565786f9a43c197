import type { ArticleAnalysis } from '../../../shared/ipc/contract'
import { requireArticle } from '../articles/read'
import { ServiceError } from '../errors'
import type { Analyze, Clock, Hash } from '../runners'
import * as analyses from '../store/analyses'
import * as articles from '../store/articles'
import type { Db } from '../store/db'
import { ANALYSIS_VERSION } from './index'

/**
 * The longest text analysed. Analysis takes about 6 s per million characters on a busy 2-CPU
 * machine; past this it would run out of the worker's time at every open.
 */
export const ANALYSIS_MAX_CHARS = 2_000_000

const millions = (n: number): string => `${(n / 1_000_000).toFixed(1)} M`

/** What a stored article's analysis needs: the store, the time, and how texts are hashed and analysed. */
export interface AnalysisContext {
  db: Db
  clock: Clock
  analyze: Analyze
  hash: Hash
}

/**
 * The article's claims, sources and quotes. Stored results are reused while they were made
 * by this engine version from this text; otherwise the analysis runs again and is stored.
 */
export async function articleAnalysis(
  { db, clock, analyze, hash }: AnalysisContext,
  id: string,
): Promise<ArticleAnalysis> {
  const article = requireArticle(db, id)
  // Refused by its length, at once: it would only time out, at every open.
  if (article.text.length > ANALYSIS_MAX_CHARS) {
    throw new ServiceError(
      'invalid-request',
      `This article is too long to analyse (${millions(article.text.length)} characters; the limit is ${millions(ANALYSIS_MAX_CHARS)}).`,
    )
  }
  const textSha256 = await hash(article.text, article.fileName)
  const stored = analyses.getAnalysis(db, id)
  if (stored && stored.version === ANALYSIS_VERSION && stored.textSha256 === textSha256) {
    return { version: stored.version, ...stored.result }
  }
  const result = await analyze(article.text, article.fileName)
  // The article may have been deleted while the analysis ran.
  if (articles.getArticle(db, id))
    analyses.putAnalysis(db, id, { version: ANALYSIS_VERSION, textSha256, result }, clock())
  return { version: ANALYSIS_VERSION, ...result }
}
