import { beforeAll, describe, expect, it } from 'vitest'
import {
  incorrectSamples,
  webAnnotationValidator,
  type WebAnnotationValidator,
} from '../../../../test-support/webAnnotationSchemas'
import { addArticle, addNote } from '../../../../test-support/searchLibrary'
import { storeArticle } from '../../../../test-support/storedArticles'
import { tempStore } from '../../../../test-support/tempStore'
import { codeAnnotation, createCode } from '../../codebook'
import { EXPORT_WRITERS } from '../../exporters/registry'
import { resolveExportScope } from '../../exporters/scope'
import { createLibrary, type Library } from '../../library'
import type { Db } from '../../store/db'
import { judgeClaim } from '../../verdicts'
import { PAGE_SIZE, writeAnnotationCollection } from './collection'
import type { WaAnnotation, WaCollection } from './model'

let db: Db
let library: Library
tempStore((opened) => {
  db = opened
  library = createLibrary(db, { clock: () => new Date('2026-03-01T00:00:00Z') })
})

let validator: WebAnnotationValidator
beforeAll(() => {
  validator = webAnnotationValidator()
})

const TEXT = 'The ministry said exports rose 12 percent in May.\n\nCritics said the figure was revised twice.'

function seed(): { local: string; online: string } {
  const local = addArticle(db, { title: 'Exports', text: TEXT })
  const online = storeArticle(db, { title: 'Online', text: TEXT, url: 'https://news.example/exports' })
  addNote(db, {
    id: 'n1',
    articleId: local,
    text: TEXT,
    start: 4,
    end: 12,
    note: 'Which ministry?',
    tags: ['trade'],
  })
  addNote(db, { id: 'n2', articleId: online, text: TEXT, start: 18, end: 44, note: '' })
  const framing = createCode(db, { name: 'Framing' })
  const numbers = createCode(db, { name: 'Numbers', parentId: framing.id })
  codeAnnotation(db, 'n2', numbers.id)
  const claim = TEXT.indexOf('Critics')
  judgeClaim(
    db,
    { articleId: online, start: claim, end: TEXT.length },
    { status: 'checked', rating: 'mixed', conclusion: 'Revised once.' },
    'Ana',
  )
  return { local, online }
}

function everyItem(collection: WaCollection): WaAnnotation[] {
  return [collection.first, ...(collection.morePages ?? [])].flatMap((p) => p.items)
}

describe('jsonld export', () => {
  it('writes one AnnotationCollection whose collection, pages and annotations pass the W3C must-assertions', async () => {
    seed()
    const out = await EXPORT_WRITERS.jsonld!.write(library, resolveExportScope(db, { kind: 'library' }))
    const collection = JSON.parse((out as { text: string }).text) as WaCollection
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.total).toBe(3)
    expect(validator.failedMusts('collection', collection)).toEqual([])
    expect(validator.failedMusts('page', collection.first)).toEqual([])
    const items = everyItem(collection)
    expect(items).toHaveLength(3)
    for (const item of items) expect(validator.failedMusts('annotation', item)).toEqual([])
  })

  it('describes notes, tags, codes and verdicts with their motivations, bodies and both selectors', async () => {
    const { local } = seed()
    const items = everyItem(
      await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' })),
    )
    const [note, coded, verdict] = items
    expect(note.id).toBe('urn:uuid:n1')
    expect(note.motivation).toEqual(['commenting', 'tagging'])
    expect(note.body).toEqual([
      { type: 'TextualBody', value: 'Which ministry?', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'trade', purpose: 'tagging' },
    ])
    const sha = (db.prepare('SELECT sha256 FROM articles WHERE id = ?').get(local) as { sha256: string })
      .sha256
    expect(note.target.source).toBe(`urn:sha256:${sha}`)
    expect(note.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'ministry', prefix: 'The ', suffix: ' said exports rose 1' },
      { type: 'TextPositionSelector', start: 4, end: 12 },
    ])
    expect(coded.motivation).toBe('classifying')
    expect(coded.target.source).toBe('https://news.example/exports')
    expect(coded.body).toEqual([
      expect.objectContaining({
        type: 'SpecificResource',
        purpose: 'classifying',
        source: expect.objectContaining({ label: 'Framing/Numbers' }),
      }),
    ])
    expect(verdict.motivation).toBe('assessing')
    expect(verdict.body).toEqual([
      expect.objectContaining({ purpose: 'assessing', value: 'mixed: Revised once.' }),
    ])
    expect(verdict.target.selector[0].exact).toBe('Critics said the figure was revised twice.')
  })

  it('splits a large export into linked pages that each conform', async () => {
    const id = addArticle(db, { title: 'Long', text: TEXT })
    for (let i = 0; i < PAGE_SIZE + 5; i++)
      addNote(db, { id: `m${i}`, articleId: id, text: TEXT, start: 0, end: 3, note: `n${i}` })
    const collection = await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' }))
    expect(collection.total).toBe(PAGE_SIZE + 5)
    expect(collection.first.items).toHaveLength(PAGE_SIZE)
    expect(collection.morePages).toHaveLength(1)
    const second = collection.morePages![0]
    expect(collection.first.next).toBe(second.id)
    expect(second.prev).toBe(collection.first.id)
    expect(collection.last).toBe(second.id)
    expect(second.startIndex).toBe(PAGE_SIZE)
    expect(validator.failedMusts('page', second)).toEqual([])
  })

  it('stops between articles when cancelled', async () => {
    seed()
    const controller = new AbortController()
    controller.abort()
    await expect(
      writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' }), {
        signal: controller.signal,
      }),
    ).rejects.toThrow(/cancelled/)
  })
})

describe('the must-assertions validator', () => {
  it('rejects every incorrect sample of the W3C suite', () => {
    const samples = incorrectSamples()
    expect(samples.length).toBeGreaterThan(20)
    for (const { name, text } of samples) {
      let doc: unknown
      try {
        doc = JSON.parse(text)
      } catch {
        continue // not JSON at all: no reader would take it
      }
      expect(validator.failedMusts('annotation', doc), name).not.toEqual([])
    }
  })

  it('rejects a Dossier annotation broken in the ways the model forbids', async () => {
    seed()
    const [item] = everyItem(
      await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' })),
    )
    expect(
      validator.failedMusts('annotation', { ...item, '@context': 'http://example.org/other' }),
    ).not.toEqual([])
    expect(validator.failedMusts('annotation', { ...item, created: 'yesterday' })).not.toEqual([])
    const { target: _target, ...untargeted } = item
    expect(validator.failedMusts('annotation', untargeted)).not.toEqual([])
    const collection = await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' }))
    expect(validator.failedMusts('collection', { ...collection, type: 'Collection' })).not.toEqual([])
    expect(validator.failedMusts('page', { ...collection.first, startIndex: -1 })).not.toEqual([])
  })
})
