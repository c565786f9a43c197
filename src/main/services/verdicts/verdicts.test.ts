import { DatabaseSync } from 'node:sqlite'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERDICT_RATINGS } from '../../../shared/model/verdict'
import { addArticles, createCase } from '../cases'
import { caseScope } from '../cases/searchScope'
import { searchLibrary } from '../search/search'
import { putAnnotation } from '../store/annotations'
import { deleteArticle, replaceExtraction } from '../store/articles'
import { type Db, STORE_FILE, migrate, openDb } from '../store/db'
import { MIGRATIONS } from '../store/migrations'
import { serviceError } from '../../../test-support/serviceError'
import { storeArticle } from '../../../test-support/storedArticles'
import { tempDir } from '../../../test-support/tempDir'
import { tempStore } from '../../../test-support/tempStore'
import {
  addEvidence,
  getVerdict,
  judgeClaim,
  linkClaims,
  listClaimsBoard,
  removeEvidence,
  unlinkClaim,
  verdictOfClaim,
  verdictScope,
} from './index'

const T0 = new Date('2026-03-01T10:00:00Z')
const T1 = new Date('2026-03-02T10:00:00Z')
const T2 = new Date('2026-03-03T10:00:00Z')
const ME = 'Ana'

const MISSILES = 'Seoul said two missiles were fired. They flew 650 km. Officials met later.'
const CLAIM = 'They flew 650 km.'

let db: Db

tempStore((opened) => (db = opened))

/** The claim reference of `exact`'s first occurrence in the article. */
function claimIn(
  articleId: string,
  text: string,
  exact: string,
): { articleId: string; start: number; end: number } {
  const start = text.indexOf(exact)
  expect(start).toBeGreaterThanOrEqual(0)
  return { articleId, start, end: start + exact.length }
}

describe('the verdict workflow', () => {
  it('creates a verdict "to check", then moves it to checking and checked with a rating and a conclusion', () => {
    const id = storeArticle(db, { text: MISSILES })
    const claim = claimIn(id, MISSILES, CLAIM)
    expect(verdictOfClaim(db, claim)).toBeNull()

    const created = judgeClaim(db, claim, {}, ME, T0)
    expect(created).toMatchObject({ status: 'to-check', rating: null, conclusion: '', updatedBy: 'Ana' })
    expect(created.claims).toEqual([
      expect.objectContaining({ articleId: id, start: claim.start, end: claim.end, anchored: true }),
    ])
    expect(created.claims[0].quote).toMatchObject({
      exact: CLAIM,
      prefix: MISSILES.slice(claim.start - 32, claim.start),
    })

    const checking = judgeClaim(db, claim, { status: 'checking', rating: 'mostly-false' }, 'Ben', T1)
    expect(checking).toMatchObject({
      id: created.id,
      status: 'checking',
      rating: 'mostly-false',
      updatedBy: 'Ben',
    })
    expect(checking.updatedAt).toBe(T1.toISOString())
    expect(checking.createdAt).toBe(T0.toISOString())

    const checked = judgeClaim(
      db,
      claim,
      { status: 'checked', rating: 'false', conclusion: '  Radar data show 420 km.  ' },
      ME,
      T2,
    )
    expect(checked).toMatchObject({
      id: created.id,
      status: 'checked',
      rating: 'false',
      conclusion: 'Radar data show 420 km.',
    })
    expect(verdictOfClaim(db, claim)?.id).toBe(created.id)

    // Back to checking keeps the rating and conclusion until changed.
    expect(judgeClaim(db, claim, { status: 'checking' }, ME, T2)).toMatchObject({
      status: 'checking',
      rating: 'false',
    })
  })

  it('refuses a checked verdict without a rating and a rating on a claim still to check, changing nothing', () => {
    const id = storeArticle(db, { text: MISSILES })
    const claim = claimIn(id, MISSILES, CLAIM)
    expect(serviceError(() => judgeClaim(db, claim, { status: 'checked' }, ME)).message).toMatch(
      /rating before/,
    )
    expect(verdictOfClaim(db, claim)).toBeNull()
    expect(serviceError(() => judgeClaim(db, claim, { rating: 'true' }, ME)).message).toMatch(
      /still to check/,
    )
    judgeClaim(db, claim, { status: 'checked', rating: 'true' }, ME)
    expect(serviceError(() => judgeClaim(db, claim, { rating: null }, ME)).code).toBe('invalid-request')
    expect(verdictOfClaim(db, claim)).toMatchObject({ status: 'checked', rating: 'true' })
  })

  it('accepts every rating of the scale and refuses others, statuses too', () => {
    const id = storeArticle(db, { text: MISSILES })
    const claim = claimIn(id, MISSILES, CLAIM)
    for (const rating of VERDICT_RATINGS) {
      expect(judgeClaim(db, claim, { status: 'checked', rating }, ME).rating).toBe(rating)
    }
    expect(VERDICT_RATINGS).toEqual(['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable'])
    const badRating = serviceError(() => judgeClaim(db, claim, { rating: 'pants-on-fire' as never }, ME))
    expect(badRating.message).toMatch(/“pants-on-fire” is not a rating/)
    expect(serviceError(() => judgeClaim(db, claim, { status: 'done' as never }, ME)).message).toMatch(
      /not a status/,
    )
    expect(() => db.prepare("UPDATE verdicts SET rating = 'pants'").run()).toThrow(/CHECK/)
  })

  it('refuses spans outside the text, a missing article, a highlight of another article, and a nameless change', () => {
    const id = storeArticle(db, { text: MISSILES })
    const other = storeArticle(db, { text: 'Another text entirely.' })
    putAnnotation(db, {
      id: 'hl-other',
      articleId: other,
      quote: { type: 'TextQuoteSelector', exact: 'Another', prefix: '', suffix: ' text' },
      position: { type: 'TextPositionSelector', start: 0, end: 7 },
      note: '',
      tags: [],
      color: 'yellow',
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    })
    expect(serviceError(() => judgeClaim(db, { articleId: id, start: 5, end: 500 }, {}, ME)).message).toMatch(
      /not a passage/,
    )
    expect(serviceError(() => judgeClaim(db, { articleId: id, start: 5, end: 5 }, {}, ME)).code).toBe(
      'invalid-request',
    )
    expect(serviceError(() => judgeClaim(db, { articleId: 'gone', start: 0, end: 3 }, {}, ME)).code).toBe(
      'not-found',
    )
    const claim = claimIn(id, MISSILES, CLAIM)
    expect(
      serviceError(() => judgeClaim(db, { ...claim, annotationId: 'hl-other' }, {}, ME)).message,
    ).toMatch(/another article/)
    expect(serviceError(() => judgeClaim(db, claim, {}, '   ')).message).toMatch(/Say who/)
    expect(serviceError(() => judgeClaim(db, claim, { conclusion: 'x'.repeat(2001) }, ME)).message).toMatch(
      /at most 2000/,
    )
    expect(db.prepare('SELECT COUNT(*) AS n FROM verdicts').get()).toEqual({ n: 0 })
  })

  it('records the highlight a claim is and finds the verdict again after the text was re-extracted', () => {
    const id = storeArticle(db, { text: MISSILES })
    const claim = claimIn(id, MISSILES, CLAIM)
    putAnnotation(db, {
      id: 'hl-1',
      articleId: id,
      quote: { type: 'TextQuoteSelector', exact: CLAIM, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      note: '',
      tags: [],
      color: 'yellow',
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    })
    const verdict = judgeClaim(db, { ...claim, annotationId: 'hl-1' }, { status: 'checking' }, ME)
    expect(verdict.claims[0].annotationId).toBe('hl-1')

    const newText = `Updated at noon. ${MISSILES}`
    replaceExtraction(
      db,
      id,
      {
        format: 'text',
        title: 'An article',
        byline: null,
        publisher: null,
        published: null,
        lang: null,
        url: null,
        text: newText,
        blocks: [],
      } as never,
      2,
    )
    const moved = claimIn(id, newText, CLAIM)
    expect(verdictOfClaim(db, moved)?.id).toBe(verdict.id)
    expect(getVerdict(db, verdict.id)?.claims[0]).toMatchObject({
      start: moved.start,
      end: moved.end,
      anchored: true,
    })
  })
})

describe('evidence', () => {
  it('adds each kind with who and when, validates it, and removes it', () => {
    const id = storeArticle(db, { text: MISSILES })
    const source = storeArticle(db, {
      title: 'Radar report',
      text: 'The radar tracked the missiles for 420 km.',
    })
    const verdict = judgeClaim(db, claimIn(id, MISSILES, CLAIM), { status: 'checking' }, ME, T0)

    const url = addEvidence(
      db,
      verdict.id,
      { kind: 'url', url: 'https://example.org/radar?x=1', note: 'Ministry data' },
      'Ben',
      T1,
    )
    expect(url).toMatchObject({
      kind: 'url',
      url: 'https://example.org/radar?x=1',
      note: 'Ministry data',
      addedBy: 'Ben',
      addedAt: T1.toISOString(),
    })
    const passage = addEvidence(
      db,
      verdict.id,
      { kind: 'passage', articleId: source, start: 4, end: 9 },
      ME,
      T1,
    )
    expect(passage).toMatchObject({ kind: 'passage', articleId: source, start: 4, end: 9, exact: 'radar' })
    expect(addEvidence(db, verdict.id, { kind: 'file', fileName: 'track.pdf' }, ME, T1)).toMatchObject({
      kind: 'file',
      fileName: 'track.pdf',
    })
    expect(addEvidence(db, verdict.id, { kind: 'note', note: 'Called the ministry.' }, ME, T2)).toMatchObject(
      { kind: 'note', note: 'Called the ministry.' },
    )

    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'example.org', '']) {
      expect(serviceError(() => addEvidence(db, verdict.id, { kind: 'url', url: bad }, ME)).message).toMatch(
        /not a web address/,
      )
    }
    expect(
      serviceError(() =>
        addEvidence(db, verdict.id, { kind: 'passage', articleId: source, start: 10, end: 999 }, ME),
      ).message,
    ).toMatch(/not part/)
    expect(
      serviceError(() =>
        addEvidence(db, verdict.id, { kind: 'passage', articleId: 'gone', start: 0, end: 1 }, ME),
      ).code,
    ).toBe('not-found')
    expect(
      serviceError(() => addEvidence(db, verdict.id, { kind: 'file', fileName: '../secret.txt' }, ME))
        .message,
    ).toMatch(/not a file name/)
    expect(serviceError(() => addEvidence(db, verdict.id, { kind: 'note', note: '  ' }, ME)).message).toMatch(
      /cannot be empty/,
    )
    expect(serviceError(() => addEvidence(db, verdict.id, { kind: 'photo' } as never, ME)).message).toMatch(
      /web address, a passage/,
    )
    expect(serviceError(() => addEvidence(db, 'no-such-verdict', { kind: 'note', note: 'x' }, ME)).code).toBe(
      'not-found',
    )

    const stored = getVerdict(db, verdict.id)!
    expect(stored.evidence.map((e) => e.kind)).toEqual(['url', 'passage', 'file', 'note'])
    expect(stored).toMatchObject({ updatedAt: T2.toISOString(), updatedBy: ME })

    expect(removeEvidence(db, url.id, 'Ben', T2)).toBe(true)
    expect(removeEvidence(db, url.id, 'Ben', T2)).toBe(false)
    expect(getVerdict(db, verdict.id)!.evidence.map((e) => e.kind)).toEqual(['passage', 'file', 'note'])
  })
})

describe('linked claims', () => {
  it('share one verdict across articles until unlinked', () => {
    const a = storeArticle(db, { title: 'A', text: MISSILES })
    const otherText = 'Reports differ. They flew 650 kilometers, Seoul said.'
    const b = storeArticle(db, { title: 'B', text: otherText })
    const claimA = claimIn(a, MISSILES, CLAIM)
    const claimB = claimIn(b, otherText, 'They flew 650 kilometers, Seoul said.')
    const verdict = judgeClaim(db, claimA, { status: 'checking' }, ME, T0)

    const linked = linkClaims(db, verdict.id, claimB, 'Ben', T1)
    expect(linked.claims.map((c) => c.articleId)).toEqual([a, b])
    expect(linkClaims(db, verdict.id, claimB, 'Ben', T1).claims).toHaveLength(2)

    judgeClaim(db, claimB, { status: 'checked', rating: 'false' }, ME, T2)
    expect(verdictOfClaim(db, claimA)).toMatchObject({ id: verdict.id, status: 'checked', rating: 'false' })

    const c = storeArticle(db, { title: 'C', text: MISSILES })
    const claimC = claimIn(c, MISSILES, CLAIM)
    judgeClaim(db, claimC, {}, ME)
    expect(serviceError(() => linkClaims(db, verdict.id, claimC, ME)).message).toMatch(
      /already has a verdict/,
    )

    expect(unlinkClaim(db, claimB, ME, T2)).toBe(true)
    expect(verdictOfClaim(db, claimB)).toBeNull()
    expect(verdictOfClaim(db, claimA)?.claims).toHaveLength(1)
    // The last claim's unlinking takes the verdict and its evidence with it.
    addEvidence(db, verdict.id, { kind: 'note', note: 'n' }, ME)
    expect(unlinkClaim(db, claimA, ME)).toBe(true)
    expect(getVerdict(db, verdict.id)).toBeUndefined()
    expect(db.prepare('SELECT COUNT(*) AS n FROM evidence').get()).toEqual({ n: 0 })
    expect(unlinkClaim(db, claimA, ME)).toBe(false)
  })
})

describe('the Claims board', () => {
  it('lists every judged claim with its article and verdict, filtered by status, rating and case', () => {
    const a = storeArticle(db, { title: 'Alpha', text: MISSILES })
    const b = storeArticle(db, { title: 'Beta', text: MISSILES })
    const c = storeArticle(db, { title: 'Gamma', text: MISSILES })
    const inCase = createCase(db, 'Launches')
    addArticles(db, inCase.id, [b])
    const va = judgeClaim(db, claimIn(a, MISSILES, CLAIM), { status: 'checked', rating: 'false' }, ME, T0)
    judgeClaim(db, claimIn(b, MISSILES, 'Officials met later.'), { status: 'checking' }, ME, T1)
    linkClaims(db, va.id, claimIn(b, MISSILES, CLAIM), ME, T2)
    addEvidence(db, va.id, { kind: 'note', note: 'Radar.' }, ME, T2)
    judgeClaim(
      db,
      claimIn(c, MISSILES, 'Seoul said two missiles were fired.'),
      { status: 'checked', rating: 'true' },
      ME,
      T1,
    )

    const all = listClaimsBoard(db)
    expect(all).toHaveLength(4)
    expect(all[0]).toMatchObject({
      verdictId: va.id,
      articleTitle: 'Alpha',
      text: CLAIM,
      status: 'checked',
      rating: 'false',
      evidence: 1,
      linkedClaims: 2,
    })

    expect(listClaimsBoard(db, { status: 'checking' }).map((r) => r.text)).toEqual(['Officials met later.'])
    expect(listClaimsBoard(db, { rating: 'false' }).map((r) => r.articleTitle)).toEqual(['Alpha', 'Beta'])
    expect(listClaimsBoard(db, { status: 'checked', rating: 'true' }).map((r) => r.articleTitle)).toEqual([
      'Gamma',
    ])
    expect(
      listClaimsBoard(db, { caseId: inCase.id })
        .map((r) => r.text)
        .sort(),
    ).toEqual(['Officials met later.', CLAIM])
    expect(listClaimsBoard(db, { caseId: inCase.id, rating: 'false' })).toHaveLength(1)
    expect(serviceError(() => listClaimsBoard(db, { caseId: 'gone' })).code).toBe('not-found')
    expect(serviceError(() => listClaimsBoard(db, { status: 'nope' as never })).code).toBe('invalid-request')

    // One article's judged claims, as the reader marks them.
    expect(listClaimsBoard(db, { articleId: b }).map((r) => [r.text, r.status])).toEqual([
      [CLAIM, 'checked'],
      ['Officials met later.', 'checking'],
    ])
    expect(serviceError(() => listClaimsBoard(db, { articleId: 'gone' })).code).toBe('not-found')
  })
})

describe('verdict: in search', () => {
  it('narrows a search to articles with a claim of that rating or status, and passes case: on', () => {
    const a = storeArticle(db, { title: 'Alpha missiles', text: MISSILES })
    const b = storeArticle(db, { title: 'Beta missiles', text: MISSILES })
    storeArticle(db, { title: 'Gamma missiles', text: MISSILES })
    judgeClaim(db, claimIn(a, MISSILES, CLAIM), { status: 'checked', rating: 'mostly-false' }, ME)
    judgeClaim(db, claimIn(b, MISSILES, CLAIM), { status: 'checking' }, ME)
    const inCase = createCase(db, 'Launches')
    addArticles(db, inCase.id, [b])
    const scope = verdictScope(db, caseScope(db))
    const titles = (q: string): string[] =>
      searchLibrary(db, q, { resolveScope: scope })
        .map((h) => h.title)
        .sort()

    expect(titles('missiles verdict:"mostly false"')).toEqual(['Alpha missiles'])
    expect(titles('verdict:mostly-false')).toEqual(['Alpha missiles'])
    expect(titles('missiles verdict:checking')).toEqual(['Beta missiles'])
    expect(titles('missiles verdict:any')).toEqual(['Alpha missiles', 'Beta missiles'])
    expect(titles('missiles -verdict:any')).toEqual(['Gamma missiles'])
    expect(titles('verdict:false')).toEqual([])
    expect(titles('missiles verdict:any case:launches')).toEqual(['Beta missiles'])
    expect(serviceError(() => titles('verdict:wrong')).message).toMatch(/“verdict:wrong” is not a verdict/)
    expect(
      serviceError(() => searchLibrary(db, 'code:x', { resolveScope: verdictScope(db) })).message,
    ).toMatch(/not available/)
  })
})

describe('deleting articles', () => {
  it('drops their claims, a verdict left without claims with its evidence, and keeps cited passages’ quotes', () => {
    const a = storeArticle(db, { title: 'A', text: MISSILES })
    const b = storeArticle(db, { title: 'B', text: MISSILES })
    const source = storeArticle(db, { title: 'Source', text: 'The radar tracked them.' })
    const shared = judgeClaim(db, claimIn(a, MISSILES, CLAIM), { status: 'checking' }, ME)
    linkClaims(db, shared.id, claimIn(b, MISSILES, CLAIM), ME)
    const alone = judgeClaim(db, claimIn(a, MISSILES, 'Officials met later.'), {}, ME)
    addEvidence(db, alone.id, { kind: 'note', note: 'n' }, ME)
    addEvidence(db, shared.id, { kind: 'passage', articleId: source, start: 4, end: 9 }, ME)

    deleteArticle(db, a)
    expect(getVerdict(db, alone.id)).toBeUndefined()
    expect(db.prepare('SELECT COUNT(*) AS n FROM evidence WHERE verdict_id = ?').get(alone.id)).toEqual({
      n: 0,
    })
    expect(getVerdict(db, shared.id)?.claims.map((c) => c.articleId)).toEqual([b])

    deleteArticle(db, source)
    expect(getVerdict(db, shared.id)?.evidence[0]).toMatchObject({
      kind: 'passage',
      articleId: null,
      exact: 'radar',
    })
    deleteArticle(db, b)
    expect(
      db.prepare('SELECT (SELECT COUNT(*) FROM verdicts) + (SELECT COUNT(*) FROM evidence) AS n').get(),
    ).toEqual({ n: 0 })
  })
})

describe('the verdicts migration', () => {
  it('adds verdicts to a store that already has articles and notes, keeping them', () => {
    const at = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE verdicts'))
    expect(at).toBeGreaterThan(0)
    const old = tempDir()
    try {
      const raw = new DatabaseSync(join(old.dir, STORE_FILE))
      migrate(raw, MIGRATIONS.slice(0, at))
      const id = storeArticle(raw, { title: 'Old missiles', text: MISSILES })
      raw.close()

      db = openDb(old.dir)
      expect(searchLibrary(db, 'missiles').map((h) => h.id)).toEqual([id])
      const verdict = judgeClaim(db, claimIn(id, MISSILES, CLAIM), { status: 'checked', rating: 'false' }, ME)
      expect(listClaimsBoard(db).map((r) => r.verdictId)).toEqual([verdict.id])
      expect(
        db.prepare("SELECT doc FROM search_vocab WHERE col = 'text' AND term = 'missiles'").get(),
      ).toEqual({ doc: 1 })
    } finally {
      db.close()
      old.cleanup()
    }
  })
})
