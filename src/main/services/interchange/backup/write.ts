import type { SQLOutputValue } from 'node:sqlite'
import { requireArticle } from '../../articles/read'
import { type ArticleSnapshot, takeSnapshot } from '../../articles/trash'
import { notFound } from '../../errors'
import { articleToJson } from '../../exporters/json'
import { mapArticles } from '../../exporters/progress'
import type { ExportRunOptions } from '../../exporters/registry'
import type { ExportSelection } from '../../exporters/scope'
import type { Library } from '../../library'
import { listAnnotations } from '../../store/annotations'
import type { Db } from '../../store/db'
import { BACKUP_VERSION } from './format'

type Row = Record<string, SQLOutputValue>

const all = (db: Db, sql: string, ...ids: string[]): Row[] => db.prepare(sql).all(...ids) as unknown as Row[]

/** An article's rows as the trash copies them, with the original file in base64 so that it fits in JSON. */
function articleRows(s: ArticleSnapshot) {
  const original = s.article.original as Uint8Array
  return {
    article: { ...s.article, original: Buffer.from(original).toString('base64') },
    annotations: s.annotations,
    annotationCodes: s.annotationCodes,
    analyses: s.analyses,
    caseArticles: s.caseArticles,
    verdictClaims: s.verdictClaims,
  }
}

/**
 * The backup of the chosen articles (version 2 of the JSON export): each article as version 1 wrote it plus its
 * rows, the whole codebook, the cases holding the articles and the verdicts of their claims with their evidence.
 * When every article of the library is chosen, it is the whole library: every case (empty ones too) and the
 * annotations an import could not place come along.
 */
export async function writeBackup(
  library: Library,
  selection: ExportSelection,
  options: ExportRunOptions = {},
) {
  const { db } = library
  // One pass over the articles: what version 1 wrote (the article and its notes) and the rows a restore needs.
  const parts = await mapArticles(selection.articleIds, options, (id) => {
    const snapshot = takeSnapshot(db, id)
    if (!snapshot) throw notFound('article')
    return { doc: { article: requireArticle(db, id), annotations: listAnnotations(db, id) }, snapshot }
  })
  const snapshots = parts.map((p) => p.snapshot)
  const whole =
    (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n ===
    selection.articleIds.length
  const caseIds = new Set(snapshots.flatMap((s) => s.caseArticles.map((m) => m.case_id as string)))
  if (selection.caseId) caseIds.add(selection.caseId)
  const verdicts = new Map<string, Record<string, unknown>>()
  for (const s of snapshots) {
    for (const { row, evidence } of s.verdicts) verdicts.set(row.id as string, { ...row, evidence })
  }
  return {
    dossierExport: BACKUP_VERSION,
    exportedAt: library.clock().toISOString(),
    articles: parts.map(({ doc, snapshot }) => {
      const codesOf = (annotationId: string) =>
        snapshot.annotationCodes.filter((c) => c.annotation_id === annotationId).map((c) => c.code_id)
      const v1 = articleToJson(doc)
      return {
        ...v1,
        annotations: v1.annotations.map((a) => ({ ...a, codes: codesOf(a.id) })),
        rows: articleRows(snapshot),
      }
    }),
    codes: all(db, 'SELECT * FROM codes ORDER BY parent_id IS NOT NULL, position, id'),
    cases: all(db, 'SELECT * FROM cases ORDER BY name, id').filter(
      (c) => whole || caseIds.has(c.id as string),
    ),
    verdicts: [...verdicts.values()],
    orphanAnnotations: whole ? all(db, 'SELECT * FROM orphan_annotations ORDER BY imported_at, id') : [],
  }
}
