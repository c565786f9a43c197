import { randomUUID } from 'node:crypto'
import { EVIDENCE_NOTE_MAX, type Evidence, type EvidenceInput } from '../../../shared/model/verdict'
import { ServiceError, notFound } from '../errors'
import { type Db, transaction } from '../store/db'
import { articleText } from './claims'
import { userName } from './who'

/* Evidence items of a verdict: a web address, a passage of an article in the library, a file, or a note. */

interface EvidenceRow {
  id: string
  kind: Evidence['kind']
  url: string | null
  article_id: string | null
  start: number | null
  end: number | null
  exact: string | null
  file_name: string | null
  note: string
  added_by: string
  added_at: string
}

const FILE_NAME_MAX = 255
const URL_MAX = 2048

function fromRow(row: EvidenceRow): Evidence {
  const base = { id: row.id, note: row.note, addedBy: row.added_by, addedAt: row.added_at }
  switch (row.kind) {
    case 'url':
      return { ...base, kind: 'url', url: row.url ?? '' }
    case 'passage':
      return {
        ...base,
        kind: 'passage',
        articleId: row.article_id,
        start: Number(row.start),
        end: Number(row.end),
        exact: row.exact ?? '',
      }
    case 'file':
      return { ...base, kind: 'file', fileName: row.file_name ?? '' }
    default:
      return { ...base, kind: 'note' }
  }
}

export function evidenceOfVerdict(db: Db, verdictId: string): Evidence[] {
  const rows = db
    .prepare('SELECT * FROM evidence WHERE verdict_id = ? ORDER BY added_at, rowid')
    .all(verdictId) as unknown as EvidenceRow[]
  return rows.map(fromRow)
}

/** A web address evidence may point to: http or https only, so nothing opened from it runs a script or a file. */
export function evidenceUrl(input: string): string {
  const text = typeof input === 'string' ? input.trim() : ''
  let url: URL | null
  try {
    url = new URL(text)
  } catch {
    url = null
  }
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !url.hostname ||
    text.length > URL_MAX
  ) {
    throw new ServiceError(
      'invalid-request',
      `“${text.slice(0, 80)}” is not a web address (it must start with http:// or https://).`,
    )
  }
  return url.href
}

function evidenceNote(note: string | undefined, required: boolean): string {
  const text = typeof note === 'string' ? note.trim() : ''
  if (required && !text)
    throw new ServiceError('invalid-request', 'A note given as evidence cannot be empty.')
  if (text.length > EVIDENCE_NOTE_MAX) {
    throw new ServiceError(
      'invalid-request',
      `A note on evidence can be at most ${EVIDENCE_NOTE_MAX} characters long.`,
    )
  }
  return text
}

function fileName(name: string): string {
  const text = typeof name === 'string' ? name.trim() : ''
  if (!text || text.length > FILE_NAME_MAX || /[/\\\p{Cc}]/u.test(text) || text === '.' || text === '..') {
    throw new ServiceError(
      'invalid-request',
      `“${text.slice(0, 80)}” is not a file name (a name only, without folders).`,
    )
  }
  return text
}

/** Adds an evidence item to a verdict; returns it. */
export function addEvidence(
  db: Db,
  verdictId: string,
  input: EvidenceInput,
  by: string,
  now = new Date(),
): Evidence {
  const who = userName(by)
  const row: EvidenceRow = {
    id: randomUUID(),
    kind: input.kind,
    url: null,
    article_id: null,
    start: null,
    end: null,
    exact: null,
    file_name: null,
    note: evidenceNote(input.note, input.kind === 'note'),
    added_by: who,
    added_at: now.toISOString(),
  }
  return transaction(db, () => {
    if (!db.prepare('SELECT 1 FROM verdicts WHERE id = ?').get(verdictId)) throw notFound('verdict')
    switch (input.kind) {
      case 'url':
        row.url = evidenceUrl(input.url)
        break
      case 'passage': {
        const text = articleText(db, input.articleId)
        const { start, end } = input
        if (!(
          Number.isInteger(start) &&
          Number.isInteger(end) &&
          start >= 0 &&
          end > start &&
          end <= text.length
        )) {
          throw new ServiceError('invalid-request', 'That passage is not part of the article’s text.')
        }
        Object.assign(row, { article_id: input.articleId, start, end, exact: text.slice(start, end) })
        break
      }
      case 'file':
        row.file_name = fileName(input.fileName)
        break
      case 'note':
        break
      default:
        throw new ServiceError('invalid-request', 'Evidence is a web address, a passage, a file or a note.')
    }
    db.prepare(
      `INSERT INTO evidence (id, verdict_id, kind, url, article_id, start, end, exact, file_name, note, added_by, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.id,
      verdictId,
      row.kind,
      row.url,
      row.article_id,
      row.start,
      row.end,
      row.exact,
      row.file_name,
      row.note,
      row.added_by,
      row.added_at,
    )
    touchVerdict(db, verdictId, who, now)
    return fromRow(row)
  })
}

/** Removes an evidence item; false when it was already gone. */
export function removeEvidence(db: Db, evidenceId: string, by: string, now = new Date()): boolean {
  const who = userName(by)
  return transaction(db, () => {
    const row = db.prepare('SELECT verdict_id FROM evidence WHERE id = ?').get(evidenceId) as
      { verdict_id: string } | undefined
    if (!row) return false
    db.prepare('DELETE FROM evidence WHERE id = ?').run(evidenceId)
    touchVerdict(db, row.verdict_id, who, now)
    return true
  })
}

/** Records who changed a verdict (its claims, evidence or judgement) and when. */
export function touchVerdict(db: Db, verdictId: string, who: string, now: Date): void {
  db.prepare('UPDATE verdicts SET updated_at = ?, updated_by = ? WHERE id = ?').run(
    now.toISOString(),
    who,
    verdictId,
  )
}
