import {
  type Annotation,
  type AnnotationImportSummary,
  type ImportedCode,
  isAnnotationColor,
} from '../../../../shared/model/annotation'
import type { Code } from '../../../../shared/model/codebook'
import { anchor, type Anchor } from '../../anchoring/anchor'
import { matchQuote } from '../../anchoring/matchQuote'
import { describeRange } from '../../../../shared/text/selectors'
import { codeIdsOf, listCodebook } from '../../codebook'
import { codePath, nameKey } from '../../codebook/codeNames'
import { linkAt } from '../../codebook/coding'
import { ServiceError } from '../../errors'
import type { Library } from '../../library'
import * as annotations from '../../store/annotations'
import { judgeClaimWithin, localUserName } from '../../verdicts'
import * as articles from '../../store/articles'
import { type Db, transaction } from '../../store/db'
import type { IncomingAnnotation, IncomingTarget } from './parse'
import { parseAnnotationFile } from './parse'
import { listOrphans, orphanAsIncoming, putOrphan, removeOrphan } from './orphans'

export type AnnotationImportResult = AnnotationImportSummary

interface Placed {
  articleId: string
  at: Anchor | null
}

/**
 * Imports annotations made elsewhere: each goes to the article its target names (by URL or `urn:sha256:`), else to
 * the article of the library where its quote fits best, and is re-anchored there by its quote (exact, else fuzzy).
 * One whose article is known but whose passage is gone is kept on that article unanchored (the notes pane lists
 * it as such); one that fits no article is kept as an orphan. All in one transaction; importing the same file again
 * updates what the first import wrote.
 */
export function importAnnotations(library: Library, fileName: string, text: string): AnnotationImportResult {
  const incoming = parseAnnotationFile(fileName, text)
  const { db } = library
  const clock = library.clock()
  const now = clock.toISOString()
  const result: AnnotationImportResult = { anchored: 0, orphaned: 0, verdicts: 0, verdictsLeftOut: 0 }
  transaction(db, () => {
    for (const item of incoming.annotations) {
      const placed = placeOnArticle(db, item)
      if (!placed) {
        putOrphan(db, item, fileName, now)
        result.orphaned++
        continue
      }
      putImported(db, item, placed, now)
      if (placed.at) result.anchored++
      else result.orphaned++
    }
    // After the highlights, so that a verdict on a highlighted claim finds it there.
    for (const verdict of incoming.verdicts) {
      const placed = placeOnArticle(db, verdict)
      if (!placed?.at) {
        result.verdictsLeftOut++
        continue
      }
      const { status, rating, conclusion } = verdict
      try {
        judgeClaimWithin(
          db,
          { articleId: placed.articleId, ...placed.at },
          { status, rating, conclusion },
          verdict.by ?? localUserName(),
          clock,
        )
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error
        throw new ServiceError('import-failed', `“${fileName}” holds a verdict that cannot be restored: ${error.message}`)
      }
      result.verdicts++
    }
  })
  return result
}

function placeOnArticle(db: Db, item: IncomingTarget): Placed | null {
  const named = articleNamedBy(db, item)
  if (named) return { articleId: named, at: locate(articles.getArticle(db, named)!.text, item) }
  if (!item.exact) return null
  let best: { articleId: string; at: Anchor; score: number } | null = null
  for (const summary of articles.listArticles(db)) {
    const text = articles.getArticle(db, summary.id)!.text
    const match = matchQuote(text, item.exact, { prefix: item.prefix, suffix: item.suffix })
    if (match && (!best || match.score > best.score))
      best = { articleId: summary.id, at: match, score: match.score }
  }
  return best && { articleId: best.articleId, at: { start: best.at.start, end: best.at.end } }
}

/** The article an annotation's target names, by `urn:sha256:` of its file or by its URL (the latest capture). */
function articleNamedBy(db: Db, item: IncomingTarget): string | null {
  for (const source of item.sources) {
    const sha = /^urn:sha256:([0-9a-f]{64})$/i.exec(source)
    const found = sha
      ? articles.findArticleIdBySha(db, sha[1].toLowerCase())
      : articles.findLatestByUrl(db, source)
    if (found) return found.id
  }
  return null
}

/**
 * Tries the orphans against an article just added to the library: one whose target names it, or whose quote is
 * found in its text, is placed there as the importer would have placed it, and leaves the orphans. Runs inside
 * the transaction that stored the article. Answers how many were placed.
 */
export function placeOrphansOn(db: Db, articleId: string, now: string): number {
  const orphans = listOrphans(db)
  if (orphans.length === 0) return 0
  const text = articles.getArticle(db, articleId)!.text
  let placed = 0
  for (const orphan of orphans) {
    const item = orphanAsIncoming(orphan)
    // Named by its target, it belongs here even where its passage is gone (kept unanchored, as on import).
    const named = articleNamedBy(db, item) === articleId
    const at = named ? locate(text, item) : quoteIn(text, item)
    if (!named && !at) continue
    putImported(db, item, { articleId, at }, now)
    removeOrphan(db, orphan.id)
    placed++
  }
  return placed
}

function quoteIn(text: string, item: IncomingTarget): Anchor | null {
  if (!item.exact) return null
  const match = matchQuote(text, item.exact, { prefix: item.prefix, suffix: item.suffix })
  return match && { start: match.start, end: match.end }
}

function locate(text: string, item: IncomingTarget): Anchor | null {
  if (!item.exact) return null
  const quote = {
    type: 'TextQuoteSelector' as const,
    exact: item.exact,
    prefix: item.prefix,
    suffix: item.suffix,
  }
  if (item.position)
    return anchor(text, { quote, position: { type: 'TextPositionSelector', ...item.position } })
  return quoteIn(text, item)
}

function putImported(db: Db, item: IncomingAnnotation, placed: Placed, now: string): void {
  const text = articles.getArticle(db, placed.articleId)!.text
  const selectors = placed.at
    ? describeRange(text, placed.at.start, placed.at.end)
    : {
        // Kept with its own quote; a position whose text is not the quote never anchors, so it shows as unanchored.
        quote: {
          type: 'TextQuoteSelector' as const,
          exact: item.exact || '(no quote)',
          prefix: item.prefix,
          suffix: item.suffix,
        },
        position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
      }
  const existing = annotations.getAnnotation(db, item.id)
  const annotation: Annotation = {
    id: item.id,
    articleId: placed.articleId,
    ...selectors,
    note: item.note,
    tags: [...new Set(item.tags.map((t) => t.trim()).filter(Boolean))],
    color: isAnnotationColor(item.color) ? item.color : (existing?.color ?? 'yellow'),
    createdAt: item.created ?? existing?.createdAt ?? now,
    updatedAt: item.modified ?? now,
  }
  annotations.putAnnotation(db, annotation)
  const have = codeIdsOf(db, annotation.id)
  for (const code of item.codes) {
    const codeId = resolveCode(db, code, now)
    if (!have.includes(codeId)) linkAt(db, annotation.id, codeId)
  }
}

/**
 * The code an imported highlight names: the same code when this library made it, else the code at its path,
 * created (with its parents) when missing. Written here rather than through createCode, which opens its own
 * transaction and so cannot run inside the import's.
 */
function resolveCode(db: Db, code: ImportedCode, now: string): string {
  const codebook: Code[] = listCodebook(db)
  if (code.id && codebook.some((c) => c.id === code.id)) return code.id
  let parentId: string | null = null
  for (const name of codePath(code.label)) {
    const existing = codebook.find((c) => c.parentId === parentId && nameKey(c.name) === nameKey(name))
    if (existing) {
      parentId = existing.id
      continue
    }
    const id = crypto.randomUUID()
    const position = codebook.filter((c) => c.parentId === parentId).length
    const color = codebook.find((c) => c.id === parentId)?.color ?? 'yellow'
    db.prepare(
      `INSERT INTO codes (id, name, color, description, parent_id, position, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, ?)`,
    ).run(id, name, color, parentId, position, now, now)
    codebook.push({ id, name, color, description: '', parentId, position, createdAt: now, updatedAt: now })
    parentId = id
  }
  if (!parentId)
    throw new ServiceError('import-failed', `An annotation names a code without a name (“${code.label}”).`)
  return parentId
}
