import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../../shared/model/annotation'
import { addArticle, addNote } from '../../../../test-support/searchLibrary'
import { storeArticle } from '../../../../test-support/storedArticles'
import { tempStore } from '../../../../test-support/tempStore'
import { anchor } from '../../anchoring/anchor'
import { codeAnnotation, codesOfAnnotation, createCode, listCodebook } from '../../codebook'
import { resolveExportScope } from '../../exporters/scope'
import { createLibrary, type Library } from '../../library'
import * as annotations from '../../store/annotations'
import { openDb, type Db } from '../../store/db'
import { tempDir } from '../../../../test-support/tempDir'
import { writeAnnotationCollection } from './collection'
import { importAnnotations } from './importAnnotations'
import { countOrphans } from './orphans'

let db: Db
let library: Library
tempStore((opened) => {
  db = opened
  library = createLibrary(db, { clock: () => new Date('2026-03-01T00:00:00Z') })
})

const TEXT = 'The ministry said exports rose 12 percent in May.\n\nCritics said the figure was revised twice.'
const URL = 'https://news.example/exports'

function allAnnotations(d: Db): Annotation[] {
  return (d.prepare('SELECT id FROM annotations ORDER BY id').all() as { id: string }[]).map((r) =>
    annotations.getAnnotation(d, r.id)!,
  )
}

describe('importAnnotations', () => {
  it('round-trips highlights, notes, tags, colours and codes into a fresh library holding the same articles', async () => {
    const local = addArticle(db, { title: 'Exports', text: TEXT })
    const online = storeArticle(db, { title: 'Online', text: TEXT, url: URL })
    addNote(db, {
      id: 'aaaaaaaa-0000-4000-8000-000000000001',
      articleId: local,
      text: TEXT,
      start: 4,
      end: 12,
      note: 'Which ministry?',
      tags: ['trade', 'state'],
    })
    addNote(db, {
      id: 'aaaaaaaa-0000-4000-8000-000000000002',
      articleId: online,
      text: TEXT,
      start: 18,
      end: 44,
      note: '',
    })
    const framing = createCode(db, { name: 'Framing' })
    const numbers = createCode(db, { name: 'Numbers', parentId: framing.id })
    codeAnnotation(db, 'aaaaaaaa-0000-4000-8000-000000000002', numbers.id)
    const file = JSON.stringify(
      await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' })),
    )

    const folder = tempDir()
    const fresh = openDb(folder.dir)
    try {
      // The same articles: the same file (hash) for one, the same URL for the other.
      const sha = (db.prepare('SELECT sha256 FROM articles WHERE id = ?').get(local) as { sha256: string })
        .sha256
      const local2 = storeArticle(fresh, { title: 'Exports', text: TEXT, sha256: sha })
      const online2 = storeArticle(fresh, { title: 'Online', text: TEXT, url: URL })
      const other = createLibrary(fresh)
      expect(importAnnotations(other, 'notes.jsonld', file)).toEqual({ anchored: 2, orphaned: 0, verdicts: 0, verdictsLeftOut: 0 })
      // The import describes each passage afresh, with the app's usual context either side of the quote.
      const strip = (a: Annotation, articleId: string) => ({
        ...a,
        articleId,
        quote: { ...a.quote, prefix: '', suffix: '' },
      })
      const before = allAnnotations(db)
      const after = allAnnotations(fresh)
      expect(after.map((a) => strip(a, a.articleId))).toEqual([
        strip(before[0], local2),
        strip(before[1], online2),
      ])
      expect(after[0].quote.suffix).toBe(TEXT.slice(12, 44))
      expect(codesOfAnnotation(fresh, after[1].id).map((c) => c.name)).toEqual(['Numbers'])
      expect(listCodebook(fresh).map((c) => c.path.join('/'))).toEqual(['Framing', 'Framing/Numbers'])

      // Importing the same file again changes nothing.
      expect(importAnnotations(other, 'notes.jsonld', file)).toEqual({ anchored: 2, orphaned: 0, verdicts: 0, verdictsLeftOut: 0 })
      expect(allAnnotations(fresh)).toEqual(after)
      expect(listCodebook(fresh)).toHaveLength(2)
    } finally {
      fresh.close()
      folder.cleanup()
    }
  })

  it('anchors a Hypothesis export by its quote, fuzzily when the text changed, finding the article by URL or quote', () => {
    const byUrl = storeArticle(db, {
      title: 'Online',
      text: TEXT.replace('12 percent', '12 per cent'),
      url: URL,
    })
    const other = addArticle(db, {
      title: 'Elsewhere',
      text: 'Unrelated opening.\n\nThe harbour reopened on Tuesday after repairs.',
    })
    const hypothesis = {
      total: 3,
      rows: [
        {
          id: 'hyp-1',
          uri: URL,
          text: 'Check the figure',
          tags: ['numbers'],
          created: '2025-05-01T10:00:00.000Z',
          updated: '2025-05-02T10:00:00.000Z',
          target: [
            {
              source: URL,
              selector: [
                { type: 'TextPositionSelector', start: 18, end: 41 },
                {
                  type: 'TextQuoteSelector',
                  exact: 'exports rose 12 percent',
                  prefix: 'ministry said ',
                  suffix: ' in May',
                },
              ],
            },
          ],
        },
        {
          id: 'hyp-2',
          uri: 'https://elsewhere.example/harbour',
          text: 'Good news',
          tags: [],
          target: [
            {
              source: 'https://elsewhere.example/harbour',
              selector: [{ type: 'TextQuoteSelector', exact: 'The harbour reopened on Tuesday' }],
            },
          ],
        },
        {
          id: 'hyp-3',
          uri: 'https://gone.example/story',
          text: 'Nowhere to go',
          tags: ['lost'],
          target: [
            {
              source: 'https://gone.example/story',
              selector: [{ type: 'TextQuoteSelector', exact: 'zebras migrate across the Serengeti' }],
            },
          ],
        },
      ],
    }
    expect(importAnnotations(library, 'hypothesis.json', JSON.stringify(hypothesis))).toEqual({
      anchored: 2,
      orphaned: 1,
      verdicts: 0,
      verdictsLeftOut: 0,
    })
    const [first] = annotations.listAnnotations(db, byUrl)
    expect(first.quote.exact).toBe('exports rose 12 per cent')
    expect(first.note).toBe('Check the figure')
    expect(first.tags).toEqual(['numbers'])
    const [second] = annotations.listAnnotations(db, other)
    expect(second.quote.exact).toBe('The harbour reopened on Tuesday')
    expect(countOrphans(db)).toBe(1)
  })

  it('keeps an annotation whose article is known but whose passage is gone on that article, unanchored', () => {
    const id = storeArticle(db, { title: 'Online', text: TEXT, url: URL })
    const doc = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:bbbbbbbb-0000-4000-8000-000000000001',
      type: 'Annotation',
      bodyValue: 'About a sentence since removed',
      target: {
        source: URL,
        selector: { type: 'TextQuoteSelector', exact: 'zebras migrate across the Serengeti' },
      },
    }
    expect(importAnnotations(library, 'one.jsonld', JSON.stringify(doc))).toEqual({
      anchored: 0,
      orphaned: 1,
      verdicts: 0,
      verdictsLeftOut: 0,
    })
    const [kept] = annotations.listAnnotations(db, id)
    expect(kept.note).toBe('About a sentence since removed')
    expect(anchor(TEXT, kept)).toBeNull()
    expect(countOrphans(db)).toBe(0)
  })

  it('refuses a file that is not JSON or holds no annotations, naming it, and writes nothing', () => {
    const id = storeArticle(db, { title: 'Online', text: TEXT, url: URL })
    expect(() => importAnnotations(library, 'broken.jsonld', '{"type": "Annot')).toThrow(
      /“broken\.jsonld” is not JSON/,
    )
    expect(() => importAnnotations(library, 'other.json', '{"name": "a package"}')).toThrow(
      /“other\.json” holds no W3C Web Annotations and is not a Hypothesis export/,
    )
    expect(annotations.listAnnotations(db, id)).toEqual([])
  })

  it('writes nothing when one annotation of the file cannot be stored', () => {
    storeArticle(db, { title: 'Online', text: TEXT, url: URL })
    const good = {
      type: 'Annotation',
      id: 'urn:uuid:cccccccc-0000-4000-8000-000000000001',
      target: { source: URL, selector: { type: 'TextQuoteSelector', exact: 'Critics said' } },
    }
    const bad = {
      ...good,
      id: 'urn:uuid:cccccccc-0000-4000-8000-000000000002',
      body: { type: 'SpecificResource', purpose: 'classifying', source: { label: ' / ' } },
    }
    expect(() => importAnnotations(library, 'mixed.jsonld', JSON.stringify([good, bad]))).toThrow(
      /a code without a name/,
    )
    expect(allAnnotations(db)).toEqual([])
  })
})
