import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addArticles, articleIdsInCase, createCase } from '../cases'
import { codeAnnotation, codesOfAnnotation, createCode } from '../codebook'
import { libraryScope } from '../search/libraryScope'
import { searchLibrary } from '../search/search'
import { listTags } from '../tags'
import { judgeClaim, verdictOfClaim } from '../verdicts'
import { getArticle, getOriginalInfo, listArticles } from './articles'
import { listAnnotations } from './annotations'
import { type Db, openDb, schemaVersion } from './db'
import { MIGRATIONS } from './migrations'
import { tempDir } from '../../../test-support/tempDir'
import { writeV1Store } from '../../../test-support/v1Store'

/*
 * A library written by Dossier at schema version 2 (test-support/fixtures/store-v1.sql), opened by
 * today's Dossier: every article and note must come through as it was, and the features added
 * since must work on it. The expected values below are the fixture's rows, written out again.
 */

const NL = '\n'
const HARBOUR_TEXT = `Harbour budget approved${NL}${NL}The council approved 12 million euros for the harbour on Tuesday. Work starts in May, the mayor said.`
const LATER_TEXT = `Harbour budget approved, with a delay${NL}${NL}The council approved 12 million euros for the harbour on Tuesday. Work now starts in June.`
const REPORT_TEXT = `Port authority annual report${NL}${NL}Cargo volumes rose by 4 per cent.`

let tmp: ReturnType<typeof tempDir>
let db: Db

beforeEach(() => {
  tmp = tempDir('dossier-v1-')
  writeV1Store(tmp.dir)
  db = openDb(tmp.dir)
})
afterEach(() => {
  db.close()
  tmp.cleanup()
})

const note = (
  id: string,
  articleId: string,
  start: number,
  exact: string,
  prefix: string,
  suffix: string,
  rest: { note: string; tags: string[]; color: string; createdAt: string; updatedAt: string },
) => ({
  id,
  articleId,
  quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
  ...rest,
})

describe('a version 1 library opened by this version', () => {
  it('is migrated to the latest schema', () => {
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    expect(MIGRATIONS.length).toBeGreaterThan(2)
  })

  it('keeps every article as it was (a PDF’s creation date moves to its document date)', () => {
    expect(listArticles(db).map((a) => a.id)).toEqual(['v1-harbour-2', 'v1-harbour', 'v1-report'])
    expect(getArticle(db, 'v1-harbour')).toMatchObject({
      title: 'Harbour budget approved',
      byline: 'By Ana Ruiz',
      publisher: 'The Courier',
      published: '2024-03-05T09:00:00.000Z',
      lang: 'en',
      url: 'https://courier.example/harbour-budget',
      fileName: 'harbour.html',
      format: 'html',
      sha256: '1'.repeat(64),
      text: HARBOUR_TEXT,
      blocks: [
        { type: 'heading', level: 1, start: 0, end: 23 },
        { type: 'paragraph', start: 25, end: 126 },
      ],
      extractorVersion: 1,
      importedAt: '2024-03-06T10:00:00.000Z',
      memo: 'Check the figure against the council minutes.',
      capturedAt: '2024-03-06T09:58:00.000Z',
      previousVersionId: null,
      documentDate: null,
    })
    expect(getArticle(db, 'v1-harbour-2')).toMatchObject({
      title: 'Harbour budget approved, with a delay',
      text: LATER_TEXT,
      capturedAt: '2024-03-08T09:30:00.000Z',
      previousVersionId: 'v1-harbour',
      memo: '',
    })
    expect(getArticle(db, 'v1-report')).toMatchObject({
      format: 'pdf',
      text: REPORT_TEXT,
      published: null,
      documentDate: '2023-12-31T00:00:00.000Z',
    })
    expect(new TextDecoder().decode(getOriginalInfo(db, 'v1-report')?.original)).toBe(
      '%PDF-1.4 (the original file, shortened)',
    )
    // Every stored span still points at its words.
    for (const [id, text] of [
      ['v1-harbour', HARBOUR_TEXT],
      ['v1-harbour-2', LATER_TEXT],
      ['v1-report', REPORT_TEXT],
    ]) {
      for (const a of listAnnotations(db, id)) {
        expect(text.slice(a.position.start, a.position.end)).toBe(a.quote.exact)
      }
    }
  })

  it('keeps every note: passage, quote, note, tags, colour and dates', () => {
    expect(listAnnotations(db, 'v1-harbour')).toEqual([
      note(
        'v1-note-figure',
        'v1-harbour',
        46,
        '12 million euros',
        ` approved${NL}${NL}The council approved `,
        ' for the harbour on Tuesday. Wor',
        {
          note: 'Minutes say 11.8 million.',
          tags: ['budget', 'to verify'],
          color: 'yellow',
          createdAt: '2024-03-06T10:05:00.000Z',
          updatedAt: '2024-03-06T10:07:00.000Z',
        },
      ),
      note(
        'v1-note-date',
        'v1-harbour',
        91,
        'Work starts in May',
        'ros for the harbour on Tuesday. ',
        ', the mayor said.',
        {
          note: '',
          tags: ['timeline'],
          color: 'green',
          createdAt: '2024-03-06T10:06:00.000Z',
          updatedAt: '2024-03-06T10:06:00.000Z',
        },
      ),
    ])
    expect(listAnnotations(db, 'v1-harbour-2')).toEqual([
      note('v1-note-june', 'v1-harbour-2', 114, 'starts in June', 'he harbour on Tuesday. Work now ', '.', {
        note: 'Moved by a month.',
        tags: ['timeline', 'budget'],
        color: 'blue',
        createdAt: '2024-03-08T10:01:00.000Z',
        updatedAt: '2024-03-08T10:01:00.000Z',
      }),
    ])
    expect(listAnnotations(db, 'v1-report')).toEqual([
      note(
        'v1-note-cargo',
        'v1-report',
        44,
        'rose by 4 per cent',
        `ty annual report${NL}${NL}Cargo volumes `,
        '.',
        {
          note: 'Cargo up',
          tags: [],
          color: 'purple',
          createdAt: '2024-01-10T08:10:00.000Z',
          updatedAt: '2024-01-10T08:10:00.000Z',
        },
      ),
    ])
    expect(listTags(db)).toEqual([
      { name: 'budget', annotations: 2, articles: 2 },
      { name: 'timeline', annotations: 2, articles: 2 },
      { name: 'to verify', annotations: 1, articles: 1 },
    ])
  })

  it('finds the old articles by their words, notes, tags and memo', () => {
    const found = (query: string) =>
      searchLibrary(db, query)
        .map((h) => h.id)
        .sort()
    expect(found('harbour')).toEqual(['v1-harbour', 'v1-harbour-2'])
    expect(found('cargo')).toEqual(['v1-report'])
    expect(found('note:minutes')).toEqual(['v1-harbour'])
    expect(found('tag:timeline')).toEqual(['v1-harbour', 'v1-harbour-2'])
    expect(found('memo:council')).toEqual(['v1-harbour'])
  })

  it('takes cases, codes and verdicts on the old articles and notes', () => {
    const harbour = createCase(db, 'Harbour works')
    expect(addArticles(db, harbour.id, ['v1-harbour', 'v1-harbour-2'])).toBe(2)
    expect(articleIdsInCase(db, harbour.id).sort()).toEqual(['v1-harbour', 'v1-harbour-2'])

    const cost = createCode(db, { name: 'Cost' })
    codeAnnotation(db, 'v1-note-figure', cost.id)
    expect(codesOfAnnotation(db, 'v1-note-figure').map((c) => c.name)).toEqual(['Cost'])

    const claim = { articleId: 'v1-harbour', start: 25, end: 90 }
    expect(judgeClaim(db, claim, { status: 'checking' }, 'Ana')).toMatchObject({ status: 'checking' })
    expect(verdictOfClaim(db, claim)).toMatchObject({ status: 'checking' })
    const scoped = searchLibrary(db, 'case:"Harbour works" code:Cost', { resolveScope: libraryScope(db) })
    expect(scoped.map((h) => h.id)).toEqual(['v1-harbour'])
  })
})
