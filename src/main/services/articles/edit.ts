import type { ExtractedArticle } from '../../../shared/model/article'
import type { ReextractResult } from '../../../shared/model/import'
import { anchor } from '../anchoring/anchor'
import { describeRange } from '../../../shared/text/selectors'
import { ServiceError, notFound } from '../errors'
import { EXTRACTOR_VERSION } from '../importers/extractorVersion'
import type { Extract } from '../runners'
import * as annotations from '../store/annotations'
import * as articles from '../store/articles'
import { type Db, transaction } from '../store/db'
import { importMessage } from './importMessage'

/**
 * Extracts an article again from its original with the current extractor and moves its
 * annotations onto the new text. Annotations whose passage is gone are kept unchanged (they
 * show as not placed) and counted.
 */
export async function reextractArticle(
  { db, extract }: { db: Db; extract: Extract },
  id: string,
): Promise<ReextractResult> {
  const row = articles.getOriginalInfo(db, id)
  if (!row) throw notFound('article')
  let extracted: ExtractedArticle
  try {
    extracted = await extract(row.fileName, row.original)
  } catch (error) {
    throw new ServiceError('import-failed', importMessage(row.fileName, error))
  }
  return transaction(db, () => {
    articles.replaceExtraction(db, id, extracted, EXTRACTOR_VERSION)
    let placed = 0
    let unplaced = 0
    for (const a of annotations.listAnnotations(db, id)) {
      const at = anchor(extracted.text, a)
      if (!at) {
        unplaced++
        continue
      }
      placed++
      annotations.putAnnotation(db, { ...a, ...describeRange(extracted.text, at.start, at.end) })
    }
    return { placed, unplaced }
  })
}

/** Deletes an article with its annotations and stored analysis. */
export function deleteArticle({ db }: { db: Db }, id: string): void {
  if (!articles.deleteArticle(db, id)) throw notFound('article')
}

export function setMemo({ db }: { db: Db }, id: string, memo: string): void {
  if (!articles.setMemo(db, id, memo)) throw notFound('article')
}
