import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { memoryLibrary } from '../../../../test-support/library'
import { serviceError } from '../../../../test-support/serviceError'
import { anchor } from '../../anchoring/anchor'
import { importBytes } from '../../articles/imports'
import { codesOfAnnotation, listCodebook } from '../../codebook'
import type { Library } from '../../library'
import { listAnnotations } from '../../store/annotations'
import { getArticle } from '../../store/articles'
import { importAnnotations } from './importAnnotations'
import { deleteOrphan, listOrphans } from './orphans'

let library: Library
beforeEach(() => {
  library = memoryLibrary({ clock: () => new Date('2026-04-01T09:00:00Z') })
})
afterEach(() => library.db.close())

const HARBOUR = 'Harbour budget\n\nThe council approved 12 million euros for the harbour on Tuesday. Critics said the sum was too small.'
const bytes = (text: string) => new TextEncoder().encode(text)

/** A W3C annotation with a quote and no article of the library to hold it. */
function annotation(id: string, exact: string, extra: Record<string, unknown> = {}) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    body: [
      { type: 'TextualBody', value: `Note on ${exact}`, purpose: 'commenting' },
      { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
    ],
    target: { source: 'https://council.example/harbour', selector: { type: 'TextQuoteSelector', exact } },
    ...extra,
  }
}

async function withUnrelatedArticle(): Promise<string> {
  const { id } = await importBytes(library, 'weather.txt', bytes('Weather\n\nRain is expected all week in the north.'))
  return id!
}

describe('orphaned annotations', () => {
  it('are listed with quote, note, tags and where they came from, and can be deleted', async () => {
    await withUnrelatedArticle()
    const file = JSON.stringify([
      annotation('0e0e0e0e-0000-4000-8000-000000000001', 'approved 12 million euros for the harbour'),
    ])
    expect(importAnnotations(library, 'council.jsonld', file)).toEqual({ anchored: 0, orphaned: 1, verdicts: 0, verdictsLeftOut: 0 })

    expect(listOrphans(library.db)).toEqual([
      {
        id: '0e0e0e0e-0000-4000-8000-000000000001',
        source: 'https://council.example/harbour',
        exact: 'approved 12 million euros for the harbour',
        prefix: '',
        suffix: '',
        position: null,
        note: 'Note on approved 12 million euros for the harbour',
        tags: ['budget'],
        codes: [],
        color: null,
        created: null,
        modified: null,
        fileName: 'council.jsonld',
        importedAt: '2026-04-01T09:00:00.000Z',
      },
    ])
    deleteOrphan(library.db, '0e0e0e0e-0000-4000-8000-000000000001')
    expect(listOrphans(library.db)).toEqual([])
    expect(serviceError(() => deleteOrphan(library.db, '0e0e0e0e-0000-4000-8000-000000000001'))).toMatchObject({
      code: 'not-found',
    })
  })

  it('are placed on a later article whose text holds their quote, with note and tags, and leave the orphans', async () => {
    await withUnrelatedArticle()
    const file = JSON.stringify([
      annotation('0e0e0e0e-0000-4000-8000-000000000002', 'approved 12 million euros for the harbour'),
      annotation('0e0e0e0e-0000-4000-8000-000000000003', 'zebras migrate across the Serengeti'),
    ])
    expect(importAnnotations(library, 'council.jsonld', file)).toEqual({ anchored: 0, orphaned: 2, verdicts: 0, verdictsLeftOut: 0 })

    const result = await importBytes(library, 'harbour.txt', bytes(HARBOUR))
    expect(result).toMatchObject({ status: 'imported', placedOrphans: 1 })
    const [placed, ...more] = listAnnotations(library.db, result.id!)
    expect(more).toEqual([])
    expect(placed).toMatchObject({
      id: '0e0e0e0e-0000-4000-8000-000000000002',
      note: 'Note on approved 12 million euros for the harbour',
      tags: ['budget'],
    })
    const { text } = getArticle(library.db, result.id!)!
    const at = anchor(text, placed)!
    expect(text.slice(at.start, at.end)).toBe('approved 12 million euros for the harbour')
    expect(listOrphans(library.db).map((o) => o.exact)).toEqual(['zebras migrate across the Serengeti'])
  })

  it('are placed when the quote differs a little from the new text (fuzzy), not when it is elsewhere', async () => {
    const file = JSON.stringify([
      annotation('0e0e0e0e-0000-4000-8000-000000000004', 'The council approved 12 milion euro for the harbour'),
    ])
    importAnnotations(library, 'council.jsonld', file)
    const unrelated = await importBytes(library, 'weather.txt', bytes('Weather\n\nRain is expected all week.'))
    expect(unrelated.placedOrphans).toBeUndefined()
    expect(listOrphans(library.db)).toHaveLength(1)

    const result = await importBytes(library, 'harbour.txt', bytes(HARBOUR))
    expect(result.placedOrphans).toBe(1)
    expect(listOrphans(library.db)).toEqual([])
    expect(listAnnotations(library.db, result.id!)[0].quote.exact).toBe(
      'The council approved 12 million euros for the harbour',
    )
  })

  it('whose target names the new file are placed on it even when their passage is not there (kept unanchored)', async () => {
    const sha = createHash('sha256').update(bytes(HARBOUR)).digest('hex')
    const file = JSON.stringify([
      annotation('0e0e0e0e-0000-4000-8000-000000000005', 'a sentence the council later struck', {
        target: { source: `urn:sha256:${sha}`, selector: { type: 'TextQuoteSelector', exact: 'a sentence the council later struck' } },
      }),
    ])
    expect(importAnnotations(library, 'council.jsonld', file)).toEqual({ anchored: 0, orphaned: 1, verdicts: 0, verdictsLeftOut: 0 })

    const result = await importBytes(library, 'harbour.txt', bytes(HARBOUR))
    expect(result.placedOrphans).toBe(1)
    const [kept] = listAnnotations(library.db, result.id!)
    expect(kept.quote.exact).toBe('a sentence the council later struck')
    expect(kept.note).toBe('Note on a sentence the council later struck')
    expect(listOrphans(library.db)).toEqual([])
  })
})

describe('an orphan placed later', () => {
  // The quote is there twice: the annotation's position in the article's text (the file's first line is its title)
  // says it is the second.
  const BODY = 'The council approved the budget on Tuesday. The council approved the plan on Friday.'
  const TWICE = `Harbour budget\n\n${BODY}`
  const SECOND = BODY.lastIndexOf('The council approved')
  const sha = createHash('sha256').update(bytes(TWICE)).digest('hex')
  const FILE_AT = new Date('2026-04-01T09:00:00Z')

  /** A coded, coloured annotation of the second “The council approved”, its target naming the article's file. */
  const coded = (extra: Record<string, unknown> = {}) =>
    annotation('0e0e0e0e-0000-4000-8000-000000000010', 'The council approved', {
      body: [
        { type: 'TextualBody', value: 'Which council?', purpose: 'commenting' },
        { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
        {
          type: 'SpecificResource',
          purpose: 'classifying',
          source: { id: 'urn:uuid:0e0e0e0e-0000-4000-8000-00000000c0de', label: 'Framing/Harbour' },
        },
        { type: 'SpecificResource', purpose: 'classifying', source: { label: 'Actors' } },
      ],
      target: {
        source: `urn:sha256:${sha}`,
        styleClass: 'dossier-green',
        selector: [
          { type: 'TextQuoteSelector', exact: 'The council approved' },
          { type: 'TextPositionSelector', start: SECOND, end: SECOND + 'The council approved'.length },
        ],
      },
      created: '2025-11-03T10:00:00.000Z',
      modified: '2025-11-04T10:00:00.000Z',
      ...extra,
    })

  /** Each highlight of the article with its codes as paths; the article's id, new in each library, is left out. */
  function highlightsOf(store: Library, articleId: string) {
    const paths = new Map(listCodebook(store.db).map((c) => [c.id, c.path.join('/')]))
    return listAnnotations(store.db, articleId).map(({ articleId: _, ...a }) => ({
      ...a,
      codes: codesOfAnnotation(store.db, a.id).map((c) => paths.get(c.id)),
    }))
  }

  /**
   * The highlights `file` leaves on the article once both are in a fresh library: the file imported before the
   * article (its annotations kept unplaced until the article comes, a day later) or after it.
   */
  async function placed(order: 'file first' | 'article first', file: string) {
    let now = order === 'file first' ? FILE_AT : new Date('2026-03-31T09:00:00Z')
    const store = memoryLibrary({ clock: () => now })
    try {
      if (order === 'file first') {
        expect(importAnnotations(store, 'council.jsonld', file).orphaned).toBe(1)
        now = new Date('2026-04-02T09:00:00Z')
      }
      const { id, placedOrphans } = await importBytes(store, 'harbour.txt', bytes(TWICE))
      expect(placedOrphans).toBe(order === 'file first' ? 1 : undefined)
      now = FILE_AT
      if (order === 'article first') expect(importAnnotations(store, 'council.jsonld', file).anchored).toBe(1)
      return highlightsOf(store, id!)
    } finally {
      store.db.close()
    }
  }

  it('keeps its codes, colour, position and times while unplaced', () => {
    importAnnotations(library, 'council.jsonld', JSON.stringify([coded()]))
    expect(listOrphans(library.db)).toMatchObject([
      {
        position: { start: SECOND, end: SECOND + 'The council approved'.length },
        codes: [
          { id: '0e0e0e0e-0000-4000-8000-00000000c0de', label: 'Framing/Harbour' },
          { id: null, label: 'Actors' },
        ],
        color: 'green',
        created: '2025-11-03T10:00:00.000Z',
        modified: '2025-11-04T10:00:00.000Z',
      },
    ])
  })

  it('arrives with its note, tags, codes, colour, times and passage, as when the article was there first', async () => {
    const file = JSON.stringify([coded()])
    const later = await placed('file first', file)
    expect(later).toMatchObject([
      {
        id: '0e0e0e0e-0000-4000-8000-000000000010',
        position: { start: SECOND },
        note: 'Which council?',
        tags: ['budget'],
        codes: ['Framing/Harbour', 'Actors'],
        color: 'green',
        createdAt: '2025-11-03T10:00:00.000Z',
        updatedAt: '2025-11-04T10:00:00.000Z',
      },
    ])
    expect(later).toEqual(await placed('article first', file))
  })

  it('without times of its own, takes the time its file was imported, as when the article was there first', async () => {
    const file = JSON.stringify([coded({ created: undefined, modified: undefined })])
    const later = await placed('file first', file)
    expect(later).toMatchObject([
      { createdAt: FILE_AT.toISOString(), updatedAt: FILE_AT.toISOString() },
    ])
    expect(later).toEqual(await placed('article first', file))
  })

  it('refuses a file naming a code without a name, naming the file, and keeps nothing of it', () => {
    const nameless = coded({ body: [{ type: 'SpecificResource', purpose: 'classifying', source: { label: ' / ' } }] })
    expect(() => importAnnotations(library, 'council.jsonld', JSON.stringify([nameless]))).toThrow(
      '“council.jsonld” holds an annotation that names a code without a name (“ / ”).',
    )
    expect(listOrphans(library.db)).toEqual([])
  })
})
