import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIMITS, requestSchemas } from '../../../shared/ipc/schemas'
import type { Annotation } from '../../../shared/model/annotation'
import type { ExtractedArticle } from '../../../shared/model/article'
import { CONTEXT_LENGTH, describeRange } from '../../../shared/text/selectors'
import { IMPORT_LIMITS } from '../importers/limits'
import { reextractArticle } from '../articles/edit'
import { importBytes } from '../articles/imports'
import { openArticle } from '../articles/read'
import { createLibrary, type Library } from '../library'
import { openMemoryDb } from '../store/db'
import { annotateQuote, deleteAnnotation } from './edit'
import { checkRestore, createDeletions, restoreAnnotation, selectorProblem } from './restore'
import { plainArticle } from '../../../test-support/library'

const TEXT =
  'The ministry said 40 people were hurt on Monday. Officials in Seoul said the missiles flew 650 kilometers.'

function annotationAt(text: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: 'n1',
    articleId: 'a1',
    ...describeRange(text, start, end),
    note: 'check',
    tags: ['numbers'],
    color: 'yellow',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  }
}

const FORTY = annotationAt(TEXT, TEXT.indexOf('40 people'), TEXT.indexOf('40 people') + 9)

describe('selectorProblem', () => {
  it('accepts selectors that describe the text as Dossier writes them', () => {
    expect(selectorProblem(TEXT, FORTY)).toBeNull()
    expect(selectorProblem(TEXT, annotationAt(TEXT, 0, TEXT.length))).toBeNull()
  })

  it.each<[string, Annotation, RegExp]>([
    ['reversed offsets', { ...FORTY, position: { ...FORTY.position, start: 27, end: 18 } }, /empty/],
    ['an empty range', { ...FORTY, position: { ...FORTY.position, end: FORTY.position.start } }, /empty/],
    ['an end past the text', { ...FORTY, position: { ...FORTY.position, end: TEXT.length + 1 } }, /outside/],
    [
      'a quote that is not the text there',
      { ...FORTY, quote: { ...FORTY.quote, exact: '41 people' } },
      /quote is not/,
    ],
    ['a longer quote', { ...FORTY, quote: { ...FORTY.quote, exact: 'x'.repeat(1_000_000) } }, /quote is not/],
    [
      'a forged prefix',
      { ...FORTY, quote: { ...FORTY.quote, prefix: 'The army said ' } },
      /around its quote/,
    ],
    ['a forged suffix', { ...FORTY, quote: { ...FORTY.quote, suffix: ' were fine' } }, /around its quote/],
    [
      'a prefix longer than the text before',
      { ...FORTY, quote: { ...FORTY.quote, prefix: 'x' + TEXT.slice(0, 18) } },
      /around/,
    ],
  ])('refuses %s', (_what, annotation, reason) => {
    expect(selectorProblem(TEXT, annotation)).toMatch(reason)
  })
})

describe('checkRestore', () => {
  it('refuses to take over an annotation of another article', () => {
    const other = { ...FORTY, articleId: 'a2' }
    expect(() => checkRestore(FORTY, { text: TEXT, current: other, deletions: createDeletions() })).toThrow(
      /belongs to another article/,
    )
  })

  it('puts back an annotation deleted earlier exactly as it was, even when its passage is gone, once', () => {
    const deletions = createDeletions()
    const unplaced = annotationAt('An older text: 40 people were hurt.', 15, 24)
    deletions.remember(unplaced)
    const forged = { ...unplaced, note: 'changed' }
    expect(() => checkRestore(forged, { text: TEXT, current: undefined, deletions })).toThrow(/quote is not/)
    expect(() => checkRestore(unplaced, { text: TEXT, current: undefined, deletions })).not.toThrow()
    expect(() => checkRestore(unplaced, { text: TEXT, current: undefined, deletions })).toThrow(
      /quote is not/,
    )
  })

  it('remembers a bounded number of deletions, forgetting the oldest', () => {
    const deletions = createDeletions()
    const unplaced = (i: number) => ({ ...annotationAt('gone', 0, 4), id: `n${i}` })
    for (let i = 0; i <= 1_000; i++) deletions.remember(unplaced(i))
    expect(deletions.take(unplaced(0))).toBeUndefined()
    expect(deletions.take(unplaced(1))).toEqual([])
    expect(deletions.take(unplaced(1_000))).toEqual([])
  })
})

describe('the annotations:restore request', () => {
  const parse = (annotation: unknown) => requestSchemas['annotations:restore'].safeParse({ annotation })

  it('accepts an annotation as main returned it', () => {
    expect(parse(FORTY).success).toBe(true)
  })

  it.each<[string, unknown]>([
    [
      'a quote longer than any article text',
      { ...FORTY, quote: { ...FORTY.quote, exact: 'x'.repeat(LIMITS.textChars + 1) } },
    ],
    [
      'a long prefix',
      { ...FORTY, quote: { ...FORTY.quote, prefix: 'x'.repeat(LIMITS.quoteContextChars + 1) } },
    ],
    [
      'a long suffix',
      { ...FORTY, quote: { ...FORTY.quote, suffix: 'x'.repeat(LIMITS.quoteContextChars + 1) } },
    ],
    ['reversed offsets', { ...FORTY, position: { ...FORTY.position, start: 27, end: 18 } }],
    [
      'an offset beyond any article text',
      { ...FORTY, position: { ...FORTY.position, end: LIMITS.textChars + 1 } },
    ],
    [
      'a quote whose length is not the range',
      { ...FORTY, quote: { ...FORTY.quote, exact: '40 people were' } },
    ],
  ])('is refused before main does any work: %s', (_what, annotation) => {
    expect(parse(annotation).success).toBe(false)
  })

  it('allows what Dossier writes: quotes as long as an article, 32 characters of context', () => {
    expect(LIMITS.textChars).toBe(IMPORT_LIMITS.textChars)
    expect(CONTEXT_LENGTH).toBeLessThanOrEqual(LIMITS.quoteContextChars)
  })
})

describe('restoreAnnotation', () => {
  let version = 1
  const extract = async (_name: string, bytes: Uint8Array): Promise<ExtractedArticle> => {
    const body = new TextDecoder().decode(bytes)
    return plainArticle(version === 1 ? body : body.replace('second', 'other'))
  }
  let library: Library
  let first: string
  let second: string
  const bytes = (s: string) => new TextEncoder().encode(s)

  beforeEach(async () => {
    version = 1
    library = createLibrary(openMemoryDb(), { extract })
    first = (await importBytes(library, 'a.txt', bytes('The first sentence. The second sentence.'))).id!
    second = (await importBytes(library, 'b.txt', bytes('Another article entirely, about weather.'))).id!
  })
  afterEach(() => library.db.close())

  it('puts back what delete returned, and does it again after a redo', () => {
    const a = annotateQuote(library, first, 'first sentence', { note: 'keep me' })
    const deleted = deleteAnnotation(library, a.id)
    expect(restoreAnnotation(library, deleted)).toEqual(a)
    expect(openArticle(library, first).annotations).toEqual([{ ...a, anchored: true }])
    deleteAnnotation(library, a.id)
    restoreAnnotation(library, deleted)
    expect(openArticle(library, first).annotations).toHaveLength(1)
  })

  it('puts back an annotation whose passage was lost in a re-extraction', async () => {
    const lost = annotateQuote(library, first, 'second sentence')
    version = 2
    expect(await reextractArticle(library, first)).toEqual({ placed: 0, unplaced: 1 })
    const deleted = deleteAnnotation(library, lost.id)
    expect(restoreAnnotation(library, deleted)).toEqual(lost)
    expect(openArticle(library, first).annotations).toEqual([{ ...lost, anchored: false }])
  })

  it('refuses to move an annotation to another article, and leaves it where it was', () => {
    const a = annotateQuote(library, first, 'first sentence')
    const { text } = openArticle(library, second).article
    const moved = { ...a, articleId: second, ...describeRange(text, 0, 7) }
    expect(() => restoreAnnotation(library, moved)).toThrow(/belongs to another article/)
    expect(openArticle(library, first).annotations.map((x) => x.id)).toEqual([a.id])
    expect(openArticle(library, second).annotations).toEqual([])
  })

  it('refuses forged selectors and stores nothing', () => {
    const a = annotateQuote(library, first, 'first sentence')
    deleteAnnotation(library, a.id)
    const { text } = openArticle(library, first).article
    for (const forged of [
      { ...a, id: 'forged1', quote: { ...a.quote, exact: 'x'.repeat(1_000_000) } },
      { ...a, id: 'forged2', position: { ...a.position, start: a.position.end, end: a.position.start } },
      { ...a, id: 'forged3', position: { ...a.position, start: text.length - 2, end: text.length + 12 } },
      { ...a, id: 'forged4', articleId: second },
    ]) {
      expect(() => restoreAnnotation(library, forged), forged.id).toThrow(/could not put the annotation back/)
    }
    expect(() => restoreAnnotation(library, { ...a, articleId: 'missing' })).toThrow(
      /no longer in your library/,
    )
    expect(openArticle(library, first).annotations).toEqual([])
    expect(openArticle(library, second).annotations).toEqual([])
  })
})
