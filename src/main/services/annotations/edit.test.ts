import { afterEach, beforeEach, expect, it } from 'vitest'
import { memoryLibrary } from '../../../test-support/library'
import { SAMPLE_PATH } from '../../../test-support/tempDir'
import { importFile } from '../articles/imports'
import { listArticles, openArticle } from '../articles/read'
import type { Library } from '../library'
import { annotateQuote, createAnnotation, deleteAnnotation, updateAnnotation } from './edit'
import { restoreAnnotation } from './restore'

const QUOTE = 'each traveled about 650 kilometers (400 miles)'

let library: Library
let now = new Date('2026-01-01T00:00:00Z')

beforeEach(() => {
  now = new Date('2026-01-01T00:00:00Z')
  library = memoryLibrary({ clock: () => now })
})
afterEach(() => library.db.close())

async function importSample(): Promise<{ id: string; text: string }> {
  const { id } = await importFile(library, SAMPLE_PATH)
  return { id: id!, text: openArticle(library, id!).article.text }
}

it('creates an annotation with both selectors and lists it in text order', async () => {
  const { id, text } = await importSample()
  const start = text.indexOf(QUOTE)
  const later = createAnnotation(library, {
    articleId: id,
    start,
    end: start + QUOTE.length,
    note: 'Compare with the JCS statement',
  })
  const earlier = createAnnotation(library, { articleId: id, start: 0, end: 10 })
  expect(later.quote.exact).toBe(QUOTE)
  expect(later.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length })
  const opened = openArticle(library, id)
  expect(opened.annotations.map((a) => a.id)).toEqual([earlier.id, later.id])
  expect(opened.annotations.every((a) => a.anchored)).toBe(true)
  expect(listArticles(library)[0].annotations).toBe(2)
})

it('takes the id the window chose, and refuses one that an annotation already has', async () => {
  const { id } = await importSample()
  const chosen = '6f1c2a9e-0b7d-4c55-9a1e-3d2f8b7c6a10'
  const first = createAnnotation(library, { id: chosen, articleId: id, start: 0, end: 20, note: 'first' })
  expect(first.id).toBe(chosen)
  expect(() => createAnnotation(library, { id: chosen, articleId: id, start: 30, end: 40, note: 'second' })).toThrow(
    'exists already',
  )
  const [kept] = openArticle(library, id).annotations
  expect(kept).toMatchObject({ id: chosen, note: 'first', position: { start: 0, end: 20 } })
})

it('updates, deletes and restores an annotation exactly', async () => {
  const { id } = await importSample()
  const a = createAnnotation(library, { articleId: id, start: 0, end: 20 })
  now = new Date('2026-02-01T00:00:00Z')
  const updated = updateAnnotation(library, {
    id: a.id,
    note: 'checked',
    tags: [' jcs ', 'jcs', 'numbers'],
    color: 'green',
  })
  expect(updated).toMatchObject({
    note: 'checked',
    tags: ['jcs', 'numbers'],
    color: 'green',
    updatedAt: now.toISOString(),
  })
  const deleted = deleteAnnotation(library, a.id)
  expect(openArticle(library, id).annotations).toEqual([])
  restoreAnnotation(library, deleted)
  expect(openArticle(library, id).annotations[0]).toMatchObject({ ...updated, anchored: true })
})

it('refuses a selection outside the text and unknown ids', async () => {
  const { id, text } = await importSample()
  expect(() => createAnnotation(library, { articleId: id, start: 0, end: text.length + 1 })).toThrow(
    /outside/,
  )
  expect(() => updateAnnotation(library, { id: 'missing', note: 'x' })).toThrow(/no longer in your library/)
  expect(() => openArticle(library, 'missing')).toThrow(/no longer in your library/)
})

it('annotates the first occurrence of a quote, exactly or approximately', async () => {
  const { id, text } = await importSample()
  const exact = annotateQuote(library, id, QUOTE, { note: 'n', tags: ['t'] })
  expect(exact.position.start).toBe(text.indexOf(QUOTE))
  const fuzzy = annotateQuote(library, id, 'each travelled about 650 kilometres (400 miles)')
  expect(fuzzy.position.start).toBe(text.indexOf(QUOTE))
  expect(() => annotateQuote(library, id, 'the zebras of the Serengeti migrate')).toThrow(/was not found/)
})
