import type { Analysis } from '../../../shared/model/analysis'
import type { Db } from './db'

export interface StoredAnalysis {
  version: number
  textSha256: string
  result: Analysis
}

export function getAnalysis(db: Db, articleId: string): StoredAnalysis | undefined {
  const row = db.prepare('SELECT version, text_sha256, result FROM analyses WHERE article_id = ?').get(articleId) as
    | { version: number; text_sha256: string; result: string }
    | undefined
  return row && { version: Number(row.version), textSha256: row.text_sha256, result: JSON.parse(row.result) as Analysis }
}

export function putAnalysis(db: Db, articleId: string, stored: StoredAnalysis, now: Date): void {
  db.prepare(
    'INSERT OR REPLACE INTO analyses (article_id, version, text_sha256, result, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(articleId, stored.version, stored.textSha256, JSON.stringify(stored.result), now.toISOString())
}
