import type { Analysis } from '../../../shared/model/analysis'
import type { Annotation } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import { CODE_PATH_SEPARATOR } from '../../../shared/model/codebook'
import type { BoardClaim, Verdict } from '../../../shared/model/verdict'
import { articleAnalysis } from '../analysis/articleAnalysis'
import { requireArticle } from '../articles/read'
import { codeIdsOf, listCodebook } from '../codebook'
import { ServiceError } from '../errors'
import type { Library } from '../library'
import * as annotations from '../store/annotations'
import { getVerdict, listClaimsBoard } from '../verdicts'
import type { ExportRunOptions } from './registry'
import type { ExportSelection } from './scope'

/** A highlight with the paths of its codes ("Framing/State media"), in the order they were applied. */
export interface CodedAnnotation {
  annotation: Annotation
  codes: string[]
}

/** A judged claim of the article and the whole verdict it belongs to (its evidence, who judged it). */
export interface JudgedClaim {
  claim: BoardClaim
  verdict: Verdict
}

/** Everything the CSV, ClaimReview and report exports read about one article. */
export interface ArticleRecord {
  article: Article
  annotations: CodedAnnotation[]
  judged: JudgedClaim[]
  /** The article's claims, sources and quotes; null when not asked for or when the article cannot be analysed. */
  analysis: Analysis | null
}

/** Refuses to go on once the person cancelled the export. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new ServiceError('export-failed', 'The export was cancelled; no file was written.')
}

/**
 * Reads the selected articles with their highlights, codes and judged claims, and their analysis when `withAnalysis`
 * (the stored one when current, else it is run). Checks for cancellation before each article and reports progress
 * after each.
 */
export async function gatherArticles(
  library: Library,
  selection: ExportSelection,
  { signal, onProgress }: ExportRunOptions = {},
  withAnalysis = false,
): Promise<ArticleRecord[]> {
  const { db } = library
  const paths = new Map(listCodebook(db).map((c) => [c.id, c.path.join(CODE_PATH_SEPARATOR)]))
  const verdicts = new Map<string, Verdict>()
  const out: ArticleRecord[] = []
  for (const id of selection.articleIds) {
    throwIfAborted(signal)
    const article = requireArticle(db, id)
    const coded = annotations.listAnnotations(db, id).map((annotation) => ({
      annotation,
      codes: codeIdsOf(db, annotation.id).flatMap((codeId) => paths.get(codeId) ?? []),
    }))
    const judged: JudgedClaim[] = []
    // The board lists the most recently changed first; a report reads claims in the order of the text.
    const claims = listClaimsBoard(db, { articleId: id }).sort((a, b) => a.start - b.start || a.end - b.end)
    for (const claim of claims) {
      if (!verdicts.has(claim.verdictId)) {
        const verdict = getVerdict(db, claim.verdictId)
        if (verdict) verdicts.set(claim.verdictId, verdict)
      }
      const verdict = verdicts.get(claim.verdictId)
      if (verdict) judged.push({ claim, verdict })
    }
    let analysis: Analysis | null = null
    if (withAnalysis) {
      try {
        analysis = await articleAnalysis(library, id)
      } catch (error) {
        // An article too long to analyse still has its highlights and verdicts exported, without a ledger.
        if (!(error instanceof ServiceError)) throw error
      }
    }
    out.push({ article, annotations: coded, judged, analysis })
    onProgress?.(out.length, selection.articleIds.length)
  }
  throwIfAborted(signal)
  return out
}
