import { codeIdsOfArticle, listCodebook } from '../codebook'
import type { Db } from '../store/db'

/** For one article: each coded highlight's codes, as the names from the top-level code down. */
export type CodePaths = Record<string, string[][]>

/** Reads the codebook once for a whole export, then answers each article's highlights' code paths. */
export function codePathsReader(db: Db): (articleId: string) => CodePaths {
  const paths = new Map(listCodebook(db).map((c) => [c.id, c.path]))
  return (articleId) => {
    const out: CodePaths = {}
    for (const [annotationId, codeIds] of Object.entries(codeIdsOfArticle(db, articleId))) {
      out[annotationId] = codeIds.map((id) => paths.get(id)).filter((p): p is string[] => p !== undefined)
    }
    return out
  }
}
