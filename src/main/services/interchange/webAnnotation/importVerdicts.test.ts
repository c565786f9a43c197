import { describe, expect, it } from 'vitest'
import { CONCLUSION_MAX, type ClaimRef } from '../../../../shared/model/verdict'
import { storeArticle } from '../../../../test-support/storedArticles'
import { tempStore } from '../../../../test-support/tempStore'
import { resolveExportScope } from '../../exporters/scope'
import { createLibrary, type Library } from '../../library'
import type { Db } from '../../store/db'
import { judgeClaim, verdictOfClaim } from '../../verdicts'
import { writeAnnotationCollection } from './collection'
import { importAnnotations } from './importAnnotations'

let db: Db
let library: Library
tempStore((opened) => {
  db = opened
  library = createLibrary(db, { clock: () => new Date('2026-03-01T00:00:00Z') })
})

const TEXT =
  'The ministry said exports rose 12 percent in May.\n\nCritics said the figure was revised twice.\n\nThe port handled 4 million containers.'
const URL = 'https://news.example/exports'

const claim = (articleId: string, exact: string): ClaimRef => {
  const start = TEXT.indexOf(exact)
  return { articleId, start, end: start + exact.length }
}
const SENTENCES = [
  'The ministry said exports rose 12 percent in May.',
  'Critics said the figure was revised twice.',
  'The port handled 4 million containers.',
]

/** Each sentence's verdict as the store holds it (null: none). */
const verdicts = (articleId: string) =>
  SENTENCES.map((s) => {
    const v = verdictOfClaim(db, claim(articleId, s))
    return v && { status: v.status, rating: v.rating, conclusion: v.conclusion }
  })

function wipeVerdicts(): void {
  db.exec('DELETE FROM evidence; DELETE FROM verdict_claims; DELETE FROM verdicts')
}

describe('importing W3C annotations restores verdicts', () => {
  it('export → wipe → import gives each claim the same status, rating and conclusion', async () => {
    const id = storeArticle(db, { title: 'Exports', text: TEXT, url: URL })
    judgeClaim(db, claim(id, SENTENCES[0]), { status: 'checked', rating: 'false', conclusion: 'It rose 9 percent.' }, 'Ana')
    // A rating given while the claim is still being checked: the body's words alone would read it as checked.
    judgeClaim(db, claim(id, SENTENCES[1]), { status: 'checking', rating: 'mostly-false' }, 'Ana')
    judgeClaim(db, claim(id, SENTENCES[2]), { status: 'to-check' }, 'Ana')
    const before = verdicts(id)
    expect(before).toEqual([
      { status: 'checked', rating: 'false', conclusion: 'It rose 9 percent.' },
      { status: 'checking', rating: 'mostly-false', conclusion: '' },
      { status: 'to-check', rating: null, conclusion: '' },
    ])
    const file = JSON.stringify(await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' })))

    wipeVerdicts()
    expect(verdicts(id)).toEqual([null, null, null])
    expect(importAnnotations(library, 'exports.jsonld', file)).toEqual({
      anchored: 0,
      orphaned: 0,
      verdicts: 3,
      verdictsLeftOut: 0,
    })
    expect(verdicts(id)).toEqual(before)
    expect(verdictOfClaim(db, claim(id, SENTENCES[0]))!.updatedBy).toBe('Ana')

    // Importing it again changes the same verdicts rather than adding others.
    importAnnotations(library, 'exports.jsonld', file)
    expect(verdicts(id)).toEqual(before)
    expect((db.prepare('SELECT COUNT(*) AS n FROM verdicts').get() as { n: number }).n).toBe(3)
  })

  it('reads the rating or status from the body when the file has no verdict key of its own', () => {
    const id = storeArticle(db, { title: 'Exports', text: TEXT, url: URL })
    const assessing = (exact: string, value: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'assessing',
      body: { type: 'TextualBody', value, purpose: 'assessing' },
      target: { source: URL, selector: { type: 'TextQuoteSelector', exact } },
    })
    const file = JSON.stringify([
      assessing(SENTENCES[0], 'mixed: Revised once: in June.'),
      assessing(SENTENCES[1], 'checking'),
      assessing(SENTENCES[2], 'Looks doubtful to me'),
    ])
    expect(importAnnotations(library, 'other-tool.jsonld', file)).toMatchObject({ verdicts: 2, verdictsLeftOut: 0 })
    expect(verdicts(id)).toEqual([
      { status: 'checked', rating: 'mixed', conclusion: 'Revised once: in June.' },
      { status: 'checking', rating: null, conclusion: '' },
      // Words that name no rating or status are no verdict Dossier can read: left out, not guessed.
      null,
    ])
  })

  it('leaves out a verdict whose claim is in no article, and says so', async () => {
    const id = storeArticle(db, { title: 'Exports', text: TEXT, url: URL })
    judgeClaim(db, claim(id, SENTENCES[0]), { status: 'checked', rating: 'true' }, 'Ana')
    const file = JSON.stringify(await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' })))
    db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    storeArticle(db, { title: 'Weather', text: 'Rain all week in the north.' })
    expect(importAnnotations(library, 'exports.jsonld', file)).toEqual({
      anchored: 0,
      orphaned: 0,
      verdicts: 0,
      verdictsLeftOut: 1,
    })
    // Deleting the article took its verdict with it; the import wrote none back.
    expect((db.prepare('SELECT COUNT(*) AS n FROM verdicts').get() as { n: number }).n).toBe(0)
  })

  it('refuses a file with a verdict the store cannot take, naming the file, and writes nothing of it', async () => {
    const id = storeArticle(db, { title: 'Exports', text: TEXT, url: URL })
    judgeClaim(db, claim(id, SENTENCES[0]), { status: 'checked', rating: 'false', conclusion: 'Short.' }, 'Ana')
    const exported = await writeAnnotationCollection(library, resolveExportScope(db, { kind: 'library' }))
    const [verdict] = exported.first.items
    const body = verdict.body![0] as { value: string }
    body.value = `false: ${'x'.repeat(CONCLUSION_MAX + 1)}`
    wipeVerdicts()
    expect(() => importAnnotations(library, 'long.jsonld', JSON.stringify(exported))).toThrow(
      /“long\.jsonld” holds a verdict that cannot be restored: A conclusion can be at most/,
    )
    expect(verdicts(id)).toEqual([null, null, null])
  })
})
