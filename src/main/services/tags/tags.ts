import type { NoteTags, TagCount } from '../../../shared/model/tags'
import { ServiceError } from '../errors'
import { type Db, transaction } from '../store/db'

/*
 * Tags across the library. A note's tags are stored as a JSON array in `annotations.tags`; renaming and merging
 * rewrite those arrays in one transaction, and the search index follows through its trigger on that column.
 * Tags are compared exactly (as the note editor stores them, trimmed): "Iran" and "iran" are two tags until
 * the person merges them.
 */

/** The annotations' tags column read as an array even where it is not valid JSON (never written so). */
const TAGS = `json_each(CASE WHEN json_valid(n.tags) THEN n.tags ELSE '[]' END)`

/** Every tag with how many notes and articles carry it, by name ignoring letters' case. */
export function listTags(db: Db): TagCount[] {
  const rows = db
    .prepare(
      `SELECT t.value AS name, COUNT(DISTINCT n.id) AS annotations, COUNT(DISTINCT n.article_id) AS articles
       FROM annotations n, ${TAGS} t
       WHERE t.type = 'text'
       GROUP BY t.value
       ORDER BY t.value COLLATE NOCASE, t.value`,
    )
    .all() as unknown as TagCount[]
  return rows.map((r) => ({ name: r.name, annotations: Number(r.annotations), articles: Number(r.articles) }))
}

function tagName(input: string, what: string): string {
  const name = input.normalize('NFC').trim()
  if (!name) throw new ServiceError('invalid-request', `${what} cannot be empty.`)
  return name
}

/**
 * Replaces the tags `from` by `to` on every note of the library (a note that had several of them, or `to`
 * already, keeps it once, in the place of the first). `to` may be new or an existing tag. Returns how many
 * notes changed. All notes change, or none.
 */
export function mergeTags(db: Db, from: readonly string[], to: string, now = new Date()): number {
  return retagNotes(db, from, to, now).length
}

/**
 * `mergeTags`, answering each changed note's tags and date as they were before, for `restoreNoteTags`
 * (undo).
 */
export function retagNotes(db: Db, from: readonly string[], to: string, now = new Date()): NoteTags[] {
  const target = tagName(to, 'The new tag name')
  const sources = [...new Set(from.map((f) => tagName(f, 'A tag to rename')))].filter((f) => f !== target)
  if (!sources.length) return []
  return transaction(db, () => {
    const rows = db
      .prepare(
        `SELECT n.id, n.tags, n.updated_at FROM annotations n
         WHERE json_valid(n.tags) AND EXISTS (SELECT 1 FROM json_each(n.tags) t WHERE t.value IN (SELECT value FROM json_each(?)))`,
      )
      .all(JSON.stringify(sources)) as unknown as { id: string; tags: string; updated_at: string }[]
    if (!rows.length) {
      const names = sources.map((s) => `“${s}”`).join(', ')
      throw new ServiceError('not-found', `No note in your library is tagged ${names}.`)
    }
    const update = db.prepare('UPDATE annotations SET tags = ?, updated_at = ? WHERE id = ?')
    for (const row of rows) {
      const tags = (JSON.parse(row.tags) as string[]).map((t) => (sources.includes(t) ? target : t))
      update.run(JSON.stringify([...new Set(tags)]), now.toISOString(), row.id)
    }
    return rows.map((row) => ({
      id: row.id,
      tags: JSON.parse(row.tags) as string[],
      updatedAt: row.updated_at,
    }))
  })
}

/**
 * Puts notes' tags and dates back as `retagNotes` answered them (undo of a rename or merge). Notes
 * deleted since are left out. Returns how many notes changed.
 */
export function restoreNoteTags(db: Db, notes: readonly NoteTags[]): number {
  return transaction(db, () => {
    const update = db.prepare('UPDATE annotations SET tags = ?, updated_at = ? WHERE id = ?')
    let changed = 0
    for (const note of notes) {
      const tags = [...new Set(note.tags.map((t) => t.normalize('NFC').trim()).filter(Boolean))]
      changed += Number(update.run(JSON.stringify(tags), note.updatedAt, note.id).changes)
    }
    return changed
  })
}

/** Renames a tag on every note of the library; renaming it to an existing tag merges the two. */
export function renameTag(db: Db, from: string, to: string, now = new Date()): number {
  return mergeTags(db, [from], to, now)
}

/**
 * Tags for the note editor's autocomplete: those starting with `prefix` (ignoring letters' case), then those
 * only containing it; within each, the most used first.
 */
export function tagSuggestions(db: Db, prefix: string, limit = 10): string[] {
  const key = prefix.normalize('NFC').trim().toLowerCase()
  const tags = listTags(db).sort((a, b) => b.annotations - a.annotations)
  const starts = tags.filter((t) => t.name.toLowerCase().startsWith(key))
  const contains = tags.filter(
    (t) => !t.name.toLowerCase().startsWith(key) && t.name.toLowerCase().includes(key),
  )
  return [...starts, ...contains].slice(0, Math.max(0, limit)).map((t) => t.name)
}
