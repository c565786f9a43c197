import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mulberry32 } from '../../../test-support/random'
import { tempDir } from '../../../test-support/tempDir'
import { openDb, schemaVersion } from './db'
import { MIGRATIONS } from './migrations'

/**
 * Crash safety: a process writing through the services (imports, annotations created,
 * updated and deleted, memos) is killed with SIGKILL, at a pseudo-random number of acknowledged
 * writes, many times over the same store. After each kill the store must pass SQLite's integrity
 * check and hold every write that was acknowledged; the one write in flight may have happened or
 * not, but nothing else.
 */

const WRITER = resolve(__dirname, '../../../test-support/crashWriter.ts')
const KILLS = 40
const SEED = 0x5eed_c4a5
/** Each writer is killed after 1 to this many acknowledged writes (the next is then in flight). */
const MAX_ACKS = 25
/** How many writers load while one runs. */
const LOAD_AHEAD = 2

type Op =
  | { op: 'import'; token: string; id?: string }
  | { op: 'memo'; articleId: string; memo: string }
  | { op: 'create'; articleId: string; note: string; tags: string[]; id?: string }
  | { op: 'update'; id: string; note: string; tags: string[] }
  | { op: 'delete'; id: string }

/** What the store must hold: every acknowledged write, applied in order. */
interface Model {
  articles: Map<string, { token: string; memo: string }>
  annotations: Map<string, { articleId: string; note: string; tags: string[] }>
}

interface Writer {
  ready: Promise<void>
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
  /** The writer's `intent` and `ack` records, in order. */
  records: { kind: 'intent' | 'ack'; op: Op }[]
  killAfterAcks(n: number): void
  go(): void
  kill(): void
}

function startWriter(storeDir: string, seed: number): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, storeDir, String(seed)], {
    stdio: 'pipe',
  })
  const records: Writer['records'] = []
  let acks = 0
  let killAt = Infinity
  let partial = ''
  let stderr = ''
  let markReady = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (line === 'ready') {
        markReady()
        continue
      }
      const space = line.indexOf(' ')
      records.push({
        kind: line.slice(0, space) as 'intent' | 'ack',
        op: JSON.parse(line.slice(space + 1)) as Op,
      })
      if (line.startsWith('ack ') && ++acks >= killAt) child.kill('SIGKILL')
    }
  })
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  )
  // A writer that dies while loading must fail the test, not hang it.
  const readyOrDead = Promise.race([
    ready,
    closed.then(({ code, stderr }) =>
      Promise.reject(new Error(`the writer exited (${code}) before it was ready: ${stderr}`)),
    ),
  ])
  readyOrDead.catch(() => undefined) // a writer killed while loading (the test failed) is no further news
  return {
    ready: readyOrDead,
    closed,
    records,
    killAfterAcks: (n) => (killAt = n),
    go: () => child.stdin.write('go\n'),
    kill: () => child.kill('SIGKILL'),
  }
}

/** Applies acknowledged writes to the model; answers the write in flight when the writer died. */
function applyAcks(model: Model, records: Writer['records'], problems: string[]): Op | null {
  let pending: Op | null = null
  for (const { kind, op } of records) {
    if (kind === 'intent') {
      pending = op
      continue
    }
    pending = null
    if (op.op === 'import') model.articles.set(op.id!, { token: op.token, memo: '' })
    else if (op.op === 'create')
      model.annotations.set(op.id!, { articleId: op.articleId, note: op.note, tags: op.tags })
    else if (op.op === 'delete') model.annotations.delete(op.id)
    else {
      const target = op.op === 'memo' ? model.articles.get(op.articleId) : model.annotations.get(op.id)
      if (!target)
        problems.push(`an acknowledged ${op.op} names something the store never had: ${JSON.stringify(op)}`)
      else Object.assign(target, op.op === 'memo' ? { memo: op.memo } : { note: op.note, tags: op.tags })
    }
  }
  return pending
}

/**
 * Checks the store against the model after a kill. The write in flight (`pending`) may have
 * been committed: when the store shows it, the model takes it in; any other difference is a
 * lost or a phantom write.
 */
function checkStore(
  storeDir: string,
  model: Model,
  pending: Op | null,
  problems: string[],
  run: number,
): void {
  const db = openDb(storeDir)
  try {
    const integrity = db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((r) => r.integrity_check)
    if (integrity.join() !== 'ok') problems.push(`run ${run}: integrity check says ${integrity.join('; ')}`)
    const orphans = db.prepare('PRAGMA foreign_key_check').all()
    if (orphans.length) problems.push(`run ${run}: ${orphans.length} rows break a foreign key`)
    if (schemaVersion(db) !== MIGRATIONS.length)
      problems.push(`run ${run}: schema version ${schemaVersion(db)}`)

    const articles = new Map(
      (
        db.prepare('SELECT id, text, memo FROM articles').all() as {
          id: string
          text: string
          memo: string
        }[]
      ).map((r) => [r.id, r]),
    )
    for (const [id, expected] of model.articles) {
      const row = articles.get(id)
      if (!row) problems.push(`run ${run}: acknowledged article ${id} is gone`)
      else if (!row.text.includes(expected.token)) problems.push(`run ${run}: article ${id} lost its text`)
      else if (row.memo !== expected.memo) {
        if (pending?.op === 'memo' && pending.articleId === id && row.memo === pending.memo)
          expected.memo = row.memo
        else
          problems.push(`run ${run}: article ${id} has memo “${row.memo}”, acknowledged “${expected.memo}”`)
      }
    }
    for (const [id, row] of articles) {
      if (model.articles.has(id)) continue
      if (pending?.op === 'import' && row.text.includes(pending.token))
        model.articles.set(id, { token: pending.token, memo: '' })
      else problems.push(`run ${run}: article ${id} was never written`)
    }

    const annotations = new Map(
      (
        db.prepare('SELECT id, article_id, note, tags FROM annotations').all() as {
          id: string
          article_id: string
          note: string
          tags: string
        }[]
      ).map((r) => [r.id, { articleId: r.article_id, note: r.note, tags: JSON.parse(r.tags) as string[] }]),
    )
    const same = (a: Model['annotations'] extends Map<string, infer V> ? V : never, b: typeof a) =>
      a.articleId === b.articleId && a.note === b.note && JSON.stringify(a.tags) === JSON.stringify(b.tags)
    for (const [id, expected] of model.annotations) {
      const row = annotations.get(id)
      if (!row) {
        if (pending?.op === 'delete' && pending.id === id) model.annotations.delete(id)
        else problems.push(`run ${run}: acknowledged annotation ${id} is gone`)
      } else if (!same(row, expected)) {
        if (
          pending?.op === 'update' &&
          pending.id === id &&
          same(row, { ...expected, note: pending.note, tags: pending.tags })
        ) {
          model.annotations.set(id, row)
        } else
          problems.push(
            `run ${run}: annotation ${id} is ${JSON.stringify(row)}, acknowledged ${JSON.stringify(expected)}`,
          )
      }
    }
    for (const [id, row] of annotations) {
      if (model.annotations.has(id)) continue
      if (pending?.op === 'create' && same(row, pending)) model.annotations.set(id, row)
      else problems.push(`run ${run}: annotation ${id} was never written`)
    }
  } finally {
    db.close()
  }
}

describe('the store, when the writing process is killed', () => {
  const folder = tempDir('dossier-crash-')
  afterAll(() => folder.cleanup())

  it(`keeps every acknowledged write and passes the integrity check, ${KILLS} SIGKILLs in a row`, async () => {
    const random = mulberry32(SEED)
    const model: Model = { articles: new Map(), annotations: new Map() }
    const problems: string[] = []
    let acknowledged = 0
    let inFlight = 0
    // Writers load ahead of their turn (each opens the store only when told to), so that the
    // runs do not wait on one another's start-up.
    const writers: Writer[] = []
    const loadNext = () => {
      if (writers.length < KILLS) writers.push(startWriter(folder.dir, SEED + writers.length))
    }
    for (let i = 0; i <= LOAD_AHEAD; i++) loadNext()
    try {
      for (let run = 0; run < KILLS; run++) {
        const writer = writers[run]
        await writer.ready
        loadNext()
        writer.killAfterAcks(1 + Math.floor(random() * MAX_ACKS))
        writer.go()
        const { code, signal, stderr } = await writer.closed
        if (signal !== 'SIGKILL') throw new Error(`writer ${run} ended by itself (${code}): ${stderr}`)
        const pending = applyAcks(model, writer.records, problems)
        acknowledged += writer.records.filter((r) => r.kind === 'ack').length
        if (pending) inFlight++
        checkStore(folder.dir, model, pending, problems, run)
      }
    } finally {
      for (const writer of writers) writer.kill()
    }

    expect(problems).toEqual([])
    // Every run wrote at least as much as it was allowed before the kill, and kills landed
    // during a write (an intent with no ack), not only between writes.
    expect(acknowledged).toBeGreaterThanOrEqual(KILLS)
    expect(inFlight).toBeGreaterThan(0)
    expect(model.articles.size).toBeGreaterThan(0)
    expect(model.annotations.size).toBeGreaterThan(0)
  }, 600_000)
})
