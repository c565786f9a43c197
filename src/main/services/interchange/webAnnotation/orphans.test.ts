import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { memoryLibrary } from '../../../../test-support/library'
import { serviceError } from '../../../../test-support/serviceError'
import { anchor } from '../../anchoring/anchor'
import { importBytes } from '../../articles/imports'
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
        note: 'Note on approved 12 million euros for the harbour',
        tags: ['budget'],
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
