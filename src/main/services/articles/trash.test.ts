import { beforeEach, describe, expect, it } from 'vitest'
import { addArticles, createCase, deleteCase } from '../cases'
import { codeAnnotation, createCode } from '../codebook'
import { searchLibrary } from '../search/search'
import { putAnalysis } from '../store/analyses'
import { putAnnotation } from '../store/annotations'
import type { Db } from '../store/db'
import { addEvidence, judgeClaim, linkClaims } from '../verdicts'
import { dumpStore } from '../../../test-support/backupLibrary'
import { serviceError } from '../../../test-support/serviceError'
import { storeArticle } from '../../../test-support/storedArticles'
import { tempStore } from '../../../test-support/tempStore'
import { createArticleSnapshots, deleteArticleKeepingCopy, restoreArticle, takeSnapshot } from './trash'

const T0 = new Date('2026-03-01T10:00:00Z')
const TEXT = 'Seoul said two missiles were fired. They flew 650 km. Officials met later.'
const OTHER = 'Tokyo said the missiles flew 650 km. They flew 650 km. Ships were warned.'
const CLAIM = 'They flew 650 km.'

let db: Db
let library: { db: Db; deletedArticles: ReturnType<typeof createArticleSnapshots> }

tempStore((opened) => (db = opened))
beforeEach(() => {
  library = { db, deletedArticles: createArticleSnapshots() }
})

const dump = () => dumpStore(db)

function note(id: string, articleId: string, text: string, exact: string, body: string): void {
  const start = text.indexOf(exact)
  putAnnotation(db, {
    id,
    articleId,
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: '',
    },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    note: body,
    tags: ['missiles'],
    color: 'yellow',
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
  })
}

const claimAt = (articleId: string, text: string, exact: string, from = 0) => {
  const start = text.indexOf(exact, from)
  return { articleId, start, end: start + exact.length }
}

/**
 * An article with everything that can go with it: notes with tags and codes (one a child code), an analysis,
 * two case memberships, a verdict of its own with evidence citing it, a claim linked to another article's
 * verdict, a newer capture pointing back at it, and another article's evidence citing its text.
 */
function richLibrary() {
  const seoul = storeArticle(db, {
    title: 'Missiles fired',
    publisher: 'Yonhap',
    text: TEXT,
    url: 'https://x.test/a',
  })
  const tokyo = storeArticle(db, { title: 'Tokyo warns ships', text: OTHER })
  const newer = storeArticle(db, { title: 'Missiles fired (update)', text: TEXT, previousVersionId: seoul })
  note('n1', seoul, TEXT, 'two missiles', 'count them')
  note('n2', seoul, TEXT, 'Officials met', 'who?')
  const framing = createCode(db, { name: 'Framing' }, T0)
  const threat = createCode(db, { name: 'Threat', parentId: framing.id }, T0)
  codeAnnotation(db, 'n1', threat.id)
  codeAnnotation(db, 'n1', framing.id)
  codeAnnotation(db, 'n2', framing.id)
  putAnalysis(
    db,
    seoul,
    { version: 1, textSha256: 'abc', result: { claims: [], sources: [], quotes: [], attributions: [] } },
    T0,
  )
  const first = createCase(db, 'North Korea', T0)
  const second = createCase(db, 'Weekly', T0)
  addArticles(db, first.id, [seoul, tokyo], T0)
  addArticles(db, second.id, [seoul], T0)
  const own = judgeClaim(
    db,
    claimAt(seoul, TEXT, 'Seoul said two missiles were fired.'),
    { status: 'checked', rating: 'true' },
    'Ana',
    T0,
  )
  addEvidence(db, own.id, { kind: 'url', url: 'https://example.org/report' }, 'Ana', T0)
  addEvidence(db, own.id, { kind: 'passage', articleId: seoul, start: 0, end: 5 }, 'Ana', T0)
  const shared = judgeClaim(
    db,
    claimAt(tokyo, OTHER, CLAIM),
    { status: 'checking', rating: 'mixed' },
    'Ana',
    T0,
  )
  linkClaims(db, shared.id, claimAt(seoul, TEXT, CLAIM), 'Ana', T0)
  addEvidence(db, shared.id, { kind: 'passage', articleId: seoul, start: 6, end: 10 }, 'Ana', T0)
  return { seoul, tokyo, newer, first, second, framing, threat }
}

describe('deleting an article from the window and undoing it', () => {
  it('puts back exactly the rows that were there', () => {
    const { seoul } = richLibrary()
    const before = dump()
    deleteArticleKeepingCopy(library, seoul)
    const after = dump()
    expect(after.articles).toHaveLength(2)
    expect(after.annotations).toHaveLength(0)
    expect(after.annotation_codes).toHaveLength(0)
    expect(after.case_articles).toHaveLength(1)
    expect(after.verdicts).toHaveLength(1)
    restoreArticle(library, seoul)
    expect(dump()).toEqual(before)
  })

  it('makes the restored article findable again, by its text and by its notes', () => {
    const { seoul } = richLibrary()
    deleteArticleKeepingCopy(library, seoul)
    expect(searchLibrary(db, 'Officials').map((h) => h.id)).not.toContain(seoul)
    restoreArticle(library, seoul)
    expect(searchLibrary(db, 'Officials').map((h) => h.id)).toContain(seoul)
    expect(searchLibrary(db, '"count them"').map((h) => h.id)).toEqual([seoul])
  })

  it('can be deleted and put back again (redo, then undo)', () => {
    const { seoul } = richLibrary()
    const before = dump()
    deleteArticleKeepingCopy(library, seoul)
    restoreArticle(library, seoul)
    deleteArticleKeepingCopy(library, seoul)
    restoreArticle(library, seoul)
    expect(dump()).toEqual(before)
  })

  it('leaves out what was deleted meanwhile: a case, and keeps the rest', () => {
    const { seoul, second } = richLibrary()
    deleteArticleKeepingCopy(library, seoul)
    deleteCase(db, second.id)
    restoreArticle(library, seoul)
    const cases = db.prepare('SELECT case_id FROM case_articles WHERE article_id = ?').all(seoul) as {
      case_id: string
    }[]
    expect(cases).toHaveLength(1)
    expect(db.prepare('SELECT COUNT(*) AS n FROM annotations WHERE article_id = ?').get(seoul)).toEqual({
      n: 2,
    })
  })

  it('refuses to put back an article whose file was imported again, and changes nothing', () => {
    const seoul = storeArticle(db, { title: 'Missiles fired', text: TEXT, sha256: 'same-file' })
    deleteArticleKeepingCopy(library, seoul)
    storeArticle(db, { title: 'Missiles again', text: TEXT, sha256: 'same-file' })
    const before = dump()
    const error = serviceError(() => restoreArticle(library, seoul))
    expect(error.message).toBe(
      '“Missiles fired” cannot be put back: the same file was imported again since, as “Missiles again”.',
    )
    expect(dump()).toEqual(before)
  })

  it('refuses an article never deleted from the window, and one put back already', () => {
    const seoul = storeArticle(db, { title: 'Missiles fired', text: TEXT })
    expect(serviceError(() => restoreArticle(library, seoul)).code).toBe('not-found')
    deleteArticleKeepingCopy(library, seoul)
    restoreArticle(library, seoul)
    expect(serviceError(() => restoreArticle(library, seoul)).code).toBe('not-found')
  })

  it('answers not-found for an article that is not in the library', () => {
    expect(serviceError(() => deleteArticleKeepingCopy(library, 'nope')).code).toBe('not-found')
  })
})

describe('the copies kept for undo', () => {
  it('forgets the oldest beyond their count', () => {
    const kept = createArticleSnapshots(2)
    const ids = [1, 2, 3].map((n) => storeArticle(db, { title: `Article ${n}` }))
    for (const id of ids) kept.keep(takeSnapshot(db, id)!)
    expect(ids.map((id) => kept.get(id)?.title)).toEqual([undefined, 'Article 2', 'Article 3'])
  })

  it('forgets the oldest beyond their byte budget, but always keeps the latest', () => {
    const big = 'x'.repeat(10_000)
    const ids = [1, 2].map((n) => storeArticle(db, { title: `Big ${n}`, text: big }))
    const kept = createArticleSnapshots(50, 30_000)
    for (const id of ids) kept.keep(takeSnapshot(db, id)!)
    expect(ids.map((id) => kept.get(id)?.title)).toEqual([undefined, 'Big 2'])
  })
})
