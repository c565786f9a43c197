/** A library with a row in every table of the store, and a dump of every table, for the backup tests. */
import { addArticles, createCase } from '../main/services/cases'
import type { Db } from '../main/services/store/db'
import { addEvidence, linkClaims } from '../main/services/verdicts'
import { type ExportLibrary, EXPORT_TEXT, SENTENCES, seedExportLibrary } from './exportLibrary'
import { storeArticle } from './storedArticles'

export const AT = new Date('2026-03-01T00:00:00.000Z')

/**
 * The export library (codes with a parent, notes with tags and codes, an analysis, verdicts with evidence, a claim
 * tied to a note) plus: a newer capture of the first article whose original is binary, a claim of it linked to the
 * budget verdict, evidence citing it, two cases (one empty), and an annotation an import could not place.
 */
export function seedBackupLibrary(db: Db): ExportLibrary & { newerId: string } {
  const seeded = seedExportLibrary(db)
  const newerId = storeArticle(db, {
    title: 'Council budget (update)',
    text: EXPORT_TEXT,
    format: 'pdf',
    original: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x0a]),
    previousVersionId: seeded.articleId,
  })
  const budget = db.prepare('SELECT verdict_id FROM verdict_claims WHERE annotation_id = ?').get('n1') as {
    verdict_id: string
  }
  linkClaims(db, budget.verdict_id, { articleId: newerId, ...SENTENCES.budget }, 'Ana', AT)
  addEvidence(db, budget.verdict_id, { kind: 'passage', articleId: newerId, ...SENTENCES.growth }, 'Ana', AT)
  const council = createCase(db, 'Council', AT)
  addArticles(db, council.id, [seeded.articleId, newerId], AT)
  createCase(db, 'Empty for now', AT)
  db.prepare(
    `INSERT INTO orphan_annotations (id, source, exact, prefix, suffix, position_start, position_end, note, tags,
       codes, color, created, modified, file_name, imported_at)
     VALUES ('o1', 'hypothesis', 'a lost quote', '', '', 4, 16, 'kept', '["x"]', '[{"id":null,"label":"Framing/Lost"}]',
       'pink', '2025-12-01T08:00:00.000Z', '2025-12-02T08:00:00.000Z', 'notes.json', ?)`,
  ).run(AT.toISOString())
  return { ...seeded, newerId }
}

/** Every row of every table of the store (the search index aside: it is checked by searching), sorted. */
export function dumpStore(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'
       ORDER BY name`,
    )
    .all() as { name: string }[]
  const out: Record<string, string[]> = {}
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]
    out[name] = rows
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)))
      .sort()
  }
  return out
}
