import { expect, it } from 'vitest'
import { memoryLibrary, plainArticle } from '../../../test-support/library'
import { SAMPLE_PATH } from '../../../test-support/tempDir'
import { annotateQuote, createAnnotation } from '../annotations/edit'
import { deleteArticle, reextractArticle } from './edit'
import { importBytes, importFile } from './imports'
import { listArticles, openArticle } from './read'

it('re-extracts an article, moving annotations to the new text and counting those it cannot place', async () => {
  let version = 1
  const extract = async (_name: string, bytes: Uint8Array) => {
    const body = new TextDecoder().decode(bytes)
    return plainArticle(
      version === 1 ? body : `A new opening paragraph.\n\n${body.replace('second', 'other')}`,
    )
  }
  const lib = memoryLibrary({ extract })
  const { id } = await importBytes(
    lib,
    'a.txt',
    new TextEncoder().encode('The first sentence. The second sentence.'),
  )
  const kept = annotateQuote(lib, id!, 'first sentence', { note: 'keep me' })
  annotateQuote(lib, id!, 'second sentence')
  version = 2
  expect(await reextractArticle(lib, id!)).toEqual({ placed: 1, unplaced: 1 })
  const opened = openArticle(lib, id!)
  expect(opened.article.text.startsWith('A new opening paragraph.')).toBe(true)
  const moved = opened.annotations.find((a) => a.id === kept.id)!
  expect(opened.article.text.slice(moved.position.start, moved.position.end)).toBe('first sentence')
  expect(moved.note).toBe('keep me')
  expect(opened.annotations.filter((a) => !a.anchored)).toHaveLength(1)
  lib.db.close()
})

it('deleting an article deletes its annotations', async () => {
  const library = memoryLibrary()
  const { id } = await importFile(library, SAMPLE_PATH)
  createAnnotation(library, { articleId: id!, start: 0, end: 5 })
  deleteArticle(library, id!)
  expect(listArticles(library)).toEqual([])
  expect(() => openArticle(library, id!)).toThrow()
  library.db.close()
})
