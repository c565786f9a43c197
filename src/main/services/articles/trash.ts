import type { SQLInputValue, SQLOutputValue } from 'node:sqlite'
import { ServiceError, notFound } from '../errors'
import * as articles from '../store/articles'
import { type Db, transaction } from '../store/db'

/*
 * Deleting an article so that an undo can bring it back whole. Before the delete, in the same transaction, every
 * row that goes with the article is copied: the article (with its original), its annotations and their codes,
 * its analysis, its case memberships, its verdict claims with the verdicts and evidence that go when their last
 * claim goes, and the links other rows had to it (set to null by the delete). Main keeps the copy, so the
 * renderer only sends the id back. The CLI's `dossier delete` deletes for good and keeps nothing.
 */

type Row = Record<string, SQLOutputValue>

export interface ArticleSnapshot {
  id: string
  title: string
  article: Row
  annotations: Row[]
  annotationCodes: Row[]
  analyses: Row[]
  caseArticles: Row[]
  verdictClaims: Row[]
  /** The verdicts of the article's claims, each with its evidence: put back only when they went too. */
  verdicts: { row: Row; evidence: Row[] }[]
  /** Evidence of other verdicts citing a passage of the article (its article_id is set to null). */
  citingEvidence: string[]
  /** Newer captures of the same page (their previous_version_id is set to null). */
  newerVersions: string[]
  /** Claims of other articles tied to one of the article's annotations (their annotation_id is set to null). */
  tiedClaims: { verdict_id: string; article_id: string; start: number; end: number; annotation_id: string }[]
  /** Roughly how much memory the copy holds, for the budget. */
  bytes: number
}

const all = (db: Db, sql: string, ...params: SQLInputValue[]): Row[] =>
  db.prepare(sql).all(...params) as unknown as Row[]

function sizeOf(rows: Row[]): number {
  let bytes = 0
  for (const row of rows) {
    for (const value of Object.values(row)) {
      if (typeof value === 'string') bytes += value.length * 2
      else if (value instanceof Uint8Array) bytes += value.byteLength
      else bytes += 8
    }
  }
  return bytes
}

/** Copies every row that belongs to the article, or undefined when it is not in the library. */
export function takeSnapshot(db: Db, id: string): ArticleSnapshot | undefined {
  const article = all(db, 'SELECT * FROM articles WHERE id = ?', id)[0]
  if (!article) return undefined
  const annotations = all(db, 'SELECT * FROM annotations WHERE article_id = ? ORDER BY id', id)
  const annotationCodes = all(
    db,
    `SELECT ac.* FROM annotation_codes ac JOIN annotations n ON n.id = ac.annotation_id
     WHERE n.article_id = ? ORDER BY ac.annotation_id, ac.position`,
    id,
  )
  const verdictClaims = all(db, 'SELECT * FROM verdict_claims WHERE article_id = ?', id)
  const verdictIds = [...new Set(verdictClaims.map((c) => c.verdict_id as string))]
  const verdicts = verdictIds.map((verdictId) => ({
    row: all(db, 'SELECT * FROM verdicts WHERE id = ?', verdictId)[0],
    evidence: all(db, 'SELECT * FROM evidence WHERE verdict_id = ? ORDER BY added_at, id', verdictId),
  }))
  const snapshot: ArticleSnapshot = {
    id,
    title: article.title as string,
    article,
    annotations,
    annotationCodes,
    analyses: all(db, 'SELECT * FROM analyses WHERE article_id = ?', id),
    caseArticles: all(db, 'SELECT * FROM case_articles WHERE article_id = ?', id),
    verdictClaims,
    verdicts,
    citingEvidence: all(db, 'SELECT id FROM evidence WHERE article_id = ?', id).map((r) => r.id as string),
    newerVersions: all(db, 'SELECT id FROM articles WHERE previous_version_id = ?', id).map(
      (r) => r.id as string,
    ),
    tiedClaims: all(
      db,
      `SELECT vc.verdict_id, vc.article_id, vc.start, vc.end, vc.annotation_id FROM verdict_claims vc
       JOIN annotations n ON n.id = vc.annotation_id WHERE n.article_id = ? AND vc.article_id <> ?`,
      id,
      id,
    ) as unknown as ArticleSnapshot['tiedClaims'],
    bytes: 0,
  }
  snapshot.bytes = sizeOf([
    article,
    ...annotations,
    ...snapshot.analyses,
    ...verdicts.flatMap((v) => v.evidence),
  ])
  return snapshot
}

function insertRow(db: Db, table: string, row: Row, verb = 'INSERT'): void {
  const columns = Object.keys(row)
  db.prepare(
    `${verb} INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...(Object.values(row) as SQLInputValue[]))
}

const exists = (db: Db, table: string, id: SQLOutputValue): boolean =>
  !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id as SQLInputValue)

/**
 * Puts the rows of a snapshot back in one transaction. What changed meanwhile wins: memberships of a case
 * deleted since, codes deleted since and a previous version deleted since are left out; a verdict that
 * survived (it had claims in other articles) keeps its current state and evidence.
 */
export function restoreSnapshot(db: Db, s: ArticleSnapshot): void {
  transaction(db, () => {
    if (exists(db, 'articles', s.id)) {
      throw new ServiceError('invalid-request', `“${s.title}” is already in your library.`)
    }
    const sameFile = db
      .prepare('SELECT title FROM articles WHERE sha256 = ?')
      .get(s.article.sha256 as string) as { title: string } | undefined
    if (sameFile) {
      throw new ServiceError(
        'invalid-request',
        `“${s.title}” cannot be put back: the same file was imported again since, as “${sameFile.title}”.`,
      )
    }
    const previous = s.article.previous_version_id
    const keepPrevious = previous !== null && exists(db, 'articles', previous)
    insertRow(db, 'articles', { ...s.article, previous_version_id: keepPrevious ? previous : null })
    for (const row of s.annotations) insertRow(db, 'annotations', row)
    for (const row of s.annotationCodes)
      if (exists(db, 'codes', row.code_id)) insertRow(db, 'annotation_codes', row)
    for (const row of s.analyses) insertRow(db, 'analyses', row)
    for (const row of s.caseArticles)
      if (exists(db, 'cases', row.case_id)) insertRow(db, 'case_articles', row)
    for (const { row, evidence } of s.verdicts) {
      if (exists(db, 'verdicts', row.id)) continue
      insertRow(db, 'verdicts', row)
      for (const e of evidence) {
        const cited = e.article_id === null || e.article_id === s.id || exists(db, 'articles', e.article_id)
        insertRow(db, 'evidence', cited ? e : { ...e, article_id: null })
      }
    }
    for (const row of s.verdictClaims) insertRow(db, 'verdict_claims', row)
    const relink = (sql: string, ...params: SQLInputValue[]) => db.prepare(sql).run(...params)
    for (const evidenceId of s.citingEvidence) {
      relink('UPDATE evidence SET article_id = ? WHERE id = ? AND article_id IS NULL', s.id, evidenceId)
    }
    for (const newer of s.newerVersions) {
      relink(
        'UPDATE articles SET previous_version_id = ? WHERE id = ? AND previous_version_id IS NULL',
        s.id,
        newer,
      )
    }
    for (const c of s.tiedClaims) {
      relink(
        `UPDATE verdict_claims SET annotation_id = ?
         WHERE article_id = ? AND start = ? AND end = ? AND verdict_id = ? AND annotation_id IS NULL`,
        c.annotation_id,
        c.article_id,
        c.start,
        c.end,
        c.verdict_id,
      )
    }
  })
}

/** Enough for a run of deletions to undo; the oldest are forgotten first. */
const REMEMBERED_ARTICLES = 50
/** Originals can be large: the copies kept never hold more than this (the latest is always kept). */
const REMEMBERED_BYTES = 256 * 1024 * 1024

/** The articles deleted from the window since the library opened, which an undo may put back. */
export function createArticleSnapshots(limit = REMEMBERED_ARTICLES, budget = REMEMBERED_BYTES) {
  const kept = new Map<string, ArticleSnapshot>()
  let bytes = 0
  const forget = (id: string) => {
    bytes -= kept.get(id)?.bytes ?? 0
    kept.delete(id)
  }
  return {
    keep(snapshot: ArticleSnapshot): void {
      forget(snapshot.id)
      kept.set(snapshot.id, snapshot)
      bytes += snapshot.bytes
      while (kept.size > limit || (bytes > budget && kept.size > 1)) forget(kept.keys().next().value!)
    },
    get: (id: string): ArticleSnapshot | undefined => kept.get(id),
    forget,
  }
}

export type ArticleSnapshots = ReturnType<typeof createArticleSnapshots>

/** Deletes an article from the window, keeping a copy of everything that goes with it for an undo. */
export function deleteArticleKeepingCopy(
  { db, deletedArticles }: { db: Db; deletedArticles: ArticleSnapshots },
  id: string,
): void {
  const snapshot = transaction(db, () => {
    const taken = takeSnapshot(db, id)
    if (!taken || !articles.deleteArticle(db, id)) throw notFound('article')
    return taken
  })
  deletedArticles.keep(snapshot)
}

/** Puts back an article deleted from the window (undo), exactly as it was. */
export function restoreArticle(
  { db, deletedArticles }: { db: Db; deletedArticles: ArticleSnapshots },
  id: string,
): void {
  const snapshot = deletedArticles.get(id)
  if (!snapshot) {
    throw new ServiceError(
      'not-found',
      'Dossier has no copy of that article to put back: it is back already, or was deleted too long ago.',
    )
  }
  restoreSnapshot(db, snapshot)
  deletedArticles.forget(id)
}
