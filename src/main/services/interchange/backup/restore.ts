import { randomUUID } from 'node:crypto'
import type { SQLInputValue } from 'node:sqlite'
import type { ImportResult } from '../../../../shared/model/import'
import type { ImportContext } from '../../articles/imports'
import { childrenOf } from '../../codebook'
import { nameKey } from '../../codebook/codeNames'
import { ImportError } from '../../importers/importError'
import { type Db, transaction } from '../../store/db'
import { BACKUP_VERSION, type Backup, type BackupRow, backupSchema } from './format'

/*
 * Restoring a backup (version 2 of the JSON export) in one transaction. Articles already in the library (same
 * file, by sha256) are skipped with everything of theirs; the others come back with their ids. Codes are merged by
 * path and cases by name, so a code or case of the same name is the library's own; what is new keeps the backup's
 * id. A verdict comes back with the first of its claims that does; evidence citing an article not in the library
 * keeps its quote without the link. The search index follows through its triggers.
 */

/**
 * The parsed file when a .json file is a backup Dossier restores (version 2, or a version it cannot read, which is
 * refused with a reason); null for any other JSON, version 1 included, which keeps its usual handling.
 */
export function backupJson(bytes: Uint8Array): { dossierExport: unknown } | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null || !('dossierExport' in parsed)) return null
  return parsed.dossierExport === 1 ? null : parsed
}

function readBackup(file: string, parsed: { dossierExport: unknown }): Backup {
  if (parsed.dossierExport !== BACKUP_VERSION) {
    throw new ImportError(
      file,
      `it is a Dossier backup of version ${JSON.stringify(parsed.dossierExport)}, and this Dossier reads version ${BACKUP_VERSION}`,
    )
  }
  const checked = backupSchema.safeParse(parsed)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const where = issue.path.join('.') || 'the file'
    throw new ImportError(file, `the backup is damaged: ${where}: ${issue.message}`)
  }
  return checked.data
}

/**
 * Inserts a row of the backup. Its field names become column names, so only the table's own columns are taken: a
 * field the store does not know is refused rather than written into the statement.
 */
function insertRow(db: Db, table: string, row: BackupRow): void {
  const known = new Set(
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name),
  )
  const columns = Object.keys(row)
  const unknown = columns.find((c) => !known.has(c))
  if (unknown !== undefined)
    throw new Error(`a row of ${table} has a field “${unknown}” the library does not know`)
  db.prepare(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...Object.values(row))
}

const exists = (db: Db, table: string, id: unknown): boolean =>
  !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id as SQLInputValue)

/** A backup's id when the library has none like it, else a new one. */
const freeId = (db: Db, table: string, id: string): string => (exists(db, table, id) ? randomUUID() : id)

/** Maps each code of the backup to the library's code of the same path, adding those it lacks; parents first. */
function mergeBackupCodes(db: Db, codes: Backup['codes']): { ids: Map<string, string>; added: number } {
  const ids = new Map<string, string>()
  let added = 0
  const byParent = new Map<string | null, Backup['codes']>()
  for (const code of codes) byParent.set(code.parent_id, [...(byParent.get(code.parent_id) ?? []), code])
  const merge = (backupParent: string | null, parent: string | null): void => {
    const list = [...(byParent.get(backupParent) ?? [])].sort((a, b) => a.position - b.position)
    for (const code of list) {
      const siblings = childrenOf(db, parent)
      let id = siblings.find((c) => nameKey(c.name) === nameKey(code.name))?.id
      if (!id) {
        id = freeId(db, 'codes', code.id)
        insertRow(db, 'codes', { ...code, id, parent_id: parent, position: siblings.length })
        added++
      }
      ids.set(code.id, id)
      merge(code.id, id)
    }
  }
  merge(null, null)
  return { ids, added }
}

function mergeCases(db: Db, cases: Backup['cases']): { ids: Map<string, string>; added: number } {
  const ids = new Map<string, string>()
  let added = 0
  for (const found of cases) {
    const same = db.prepare('SELECT id FROM cases WHERE name = ?').get(found.name) as
      { id: string } | undefined
    let id = same?.id
    if (!id) {
      id = freeId(db, 'cases', found.id)
      insertRow(db, 'cases', { ...found, id })
      added++
    }
    ids.set(found.id, id)
  }
  return { ids, added }
}

interface Restored {
  articles: number
  skipped: number
  notes: number
  codes: number
  cases: number
  verdicts: number
}

function restore(db: Db, backup: Backup): Restored {
  const codes = mergeBackupCodes(db, backup.codes)
  const cases = mergeCases(db, backup.cases)
  const count: Restored = {
    articles: 0,
    skipped: 0,
    notes: 0,
    codes: codes.added,
    cases: cases.added,
    verdicts: 0,
  }
  const restored: Backup['articles'][number]['rows'][] = []
  for (const { rows } of backup.articles) {
    const { article } = rows
    if (db.prepare('SELECT 1 FROM articles WHERE sha256 = ?').get(article.sha256)) {
      count.skipped++
      continue
    }
    insertRow(db, 'articles', {
      ...article,
      original: Buffer.from(article.original, 'base64'),
      previous_version_id: null,
    })
    // Every row of an article is its own: an article_id naming another article is not followed.
    const own = { article_id: article.id }
    for (const row of rows.annotations) insertRow(db, 'annotations', { ...row, ...own })
    count.notes += rows.annotations.length
    const notes = new Set(rows.annotations.map((n) => n.id))
    for (const row of rows.annotationCodes.filter((c) => notes.has(c.annotation_id))) {
      const code = codes.ids.get(row.code_id) ?? (exists(db, 'codes', row.code_id) ? row.code_id : undefined)
      if (code) insertRow(db, 'annotation_codes', { ...row, code_id: code })
    }
    for (const row of rows.analyses) insertRow(db, 'analyses', { ...row, ...own })
    for (const row of rows.caseArticles) {
      const found = cases.ids.get(row.case_id) ?? (exists(db, 'cases', row.case_id) ? row.case_id : undefined)
      if (found) insertRow(db, 'case_articles', { ...row, ...own, case_id: found })
    }
    restored.push(rows)
    count.articles++
  }
  // Links between articles once all are in: a previous capture, in the backup or already in the library.
  for (const { article } of restored) {
    if (article.previous_version_id !== null && exists(db, 'articles', article.previous_version_id)) {
      db.prepare('UPDATE articles SET previous_version_id = ? WHERE id = ?').run(
        article.previous_version_id,
        article.id,
      )
    }
  }
  const verdicts = new Map(backup.verdicts.map((v) => [v.id, v]))
  const claims = restored.flatMap(({ article, verdictClaims }) =>
    verdictClaims.map((claim) => ({ ...claim, article_id: article.id })),
  )
  for (const claim of claims) {
    const verdict = verdicts.get(claim.verdict_id)
    if (!exists(db, 'verdicts', claim.verdict_id)) {
      if (!verdict) continue
      const { evidence, ...row } = verdict
      insertRow(db, 'verdicts', row)
      for (const e of evidence) {
        const cited = e.article_id === null || exists(db, 'articles', e.article_id)
        insertRow(db, 'evidence', {
          ...e,
          id: freeId(db, 'evidence', e.id),
          verdict_id: row.id,
          article_id: cited ? e.article_id : null,
        })
      }
      count.verdicts++
    }
    const tied = claim.annotation_id !== null && exists(db, 'annotations', claim.annotation_id)
    insertRow(db, 'verdict_claims', { ...claim, annotation_id: tied ? claim.annotation_id : null })
  }
  for (const row of backup.orphanAnnotations)
    if (!exists(db, 'orphan_annotations', row.id)) insertRow(db, 'orphan_annotations', row)
  return count
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** Restores a Dossier backup file in one transaction: all of it, or nothing when any of it is wrong. */
export function importBackup(
  { db }: ImportContext,
  file: string,
  parsed: { dossierExport: unknown },
): ImportResult {
  const backup = readBackup(file, parsed)
  let count: Restored
  try {
    count = transaction(db, () => restore(db, backup))
  } catch (error) {
    throw new ImportError(file, `the backup could not be restored: ${(error as Error).message}`)
  }
  const articles = `${plural(count.articles, 'article', 'articles')} (${count.skipped} already in the library)`
  return {
    file,
    status: 'imported',
    id: null,
    title: file,
    summary:
      `Restored backup “${file}”: ${articles}, ${plural(count.notes, 'note', 'notes')}, ` +
      `${plural(count.codes, 'code', 'codes')}, ${plural(count.cases, 'case', 'cases')}, ` +
      plural(count.verdicts, 'verdict', 'verdicts'),
  }
}
