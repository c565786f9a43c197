import { describe, expect, it } from 'vitest'
import { addArticles, createCase } from '../cases'
import { codeAnnotation, createCode } from '../codebook'
import type { Db } from '../store/db'
import { addArticle, addNote } from '../../../test-support/searchLibrary'
import { serviceError } from '../../../test-support/serviceError'
import { tempStore } from '../../../test-support/tempStore'
import { resolveExportScope } from './scope'

let db: Db
tempStore((opened) => (db = opened))

const TEXT = 'The council approved the budget. The mayor said it was fair.'

function library() {
  const a = addArticle(db, { title: 'Budget approved', text: TEXT })
  const b = addArticle(db, { title: 'Mayor speaks', text: TEXT })
  const c = addArticle(db, { title: 'Ferry late', text: TEXT })
  return { a, b, c }
}

describe('resolveExportScope', () => {
  it('takes the whole library, or the articles named once each, titled by the one article', () => {
    const { a, b, c } = library()
    expect(resolveExportScope(db, { kind: 'library' }).articleIds.sort()).toEqual([a, b, c].sort())
    const one = resolveExportScope(db, { kind: 'articles', ids: [b, b] })
    expect(one).toEqual({ articleIds: [b], title: 'Mayor speaks', caseId: null, codeId: null })
    expect(resolveExportScope(db, { kind: 'articles', ids: [a, c] }).title).toBe('Dossier notes')
  })

  it('takes a case by its articles and name', () => {
    const { a, c } = library()
    const harbour = createCase(db, 'Harbour')
    addArticles(db, harbour.id, [a, c])
    const chosen = resolveExportScope(db, { kind: 'case', caseId: harbour.id })
    expect(chosen.articleIds.sort()).toEqual([a, c].sort())
    expect(chosen).toMatchObject({ title: 'Harbour', caseId: harbour.id, codeId: null })
  })

  it('takes a code by the articles coded with it or a code under it', () => {
    const { a, b } = library()
    const framing = createCode(db, { name: 'Framing' })
    const blame = createCode(db, { name: 'Blame', parentId: framing.id })
    codeAnnotation(db, addNote(db, { id: 'n1', articleId: a, text: TEXT, start: 4, end: 11, note: '' }).id, framing.id)
    codeAnnotation(db, addNote(db, { id: 'n2', articleId: b, text: TEXT, start: 33, end: 42, note: '' }).id, blame.id)
    const chosen = resolveExportScope(db, { kind: 'code', codeId: framing.id })
    expect(chosen.articleIds.sort()).toEqual([a, b].sort())
    expect(chosen).toMatchObject({ title: 'Framing', codeId: framing.id })
  })

  it('refuses an unknown article, case or code with a readable error', () => {
    library()
    expect(serviceError(() => resolveExportScope(db, { kind: 'articles', ids: ['nope'] })).code).toBe('not-found')
    expect(serviceError(() => resolveExportScope(db, { kind: 'case', caseId: 'nope' })).code).toBe('not-found')
    expect(serviceError(() => resolveExportScope(db, { kind: 'code', codeId: 'nope' })).code).toBe('not-found')
  })
})
