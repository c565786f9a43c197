import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { memoryLibrary } from '../../../test-support/library'
import { SAMPLE_PATH } from '../../../test-support/tempDir'
import { annotateQuote } from '../annotations/edit'
import { importBytes, importFile } from './imports'
import { annotationsFrom, openArticle, originalFile } from './read'

it('shows the original as text, and says when it is binary', async () => {
  const library = memoryLibrary()
  const { id } = await importFile(library, SAMPLE_PATH)
  const original = await originalFile(library, id!)
  expect(original).toMatchObject({ fileName: 'kim-putin-vostochny-scraped.txt', truncated: false })
  expect(original.text).toBe(readFileSync(SAMPLE_PATH, 'utf8'))
  expect(original.text).toContain('[ad_1]')
  library.db.close()
})

it('opens an article with the annotations of its start, and hands over the rest from that offset', async () => {
  const library = memoryLibrary()
  const { id } = await importBytes(
    library,
    'a.txt',
    new TextEncoder().encode('Title\n\nAlpha comes first. Beta comes next.\n\nGamma is later. Delta is last.'),
  )
  const [alpha, beta, gamma, delta] = ['Alpha', 'Beta', 'Gamma', 'Delta'].map((q) => annotateQuote(library, id!, q))
  const text = openArticle(library, id!).article.text
  const cut = text.indexOf('Gamma')

  const first = openArticle(library, id!, cut)
  expect(first.annotations.map((a) => a.id)).toEqual([alpha.id, beta.id])
  expect(first.later).toBe(2)
  expect(annotationsFrom(library, id!, cut).map((a) => a.id)).toEqual([gamma.id, delta.id])
  // Without an offset everything comes at once, as before.
  const whole = openArticle(library, id!)
  expect(whole.annotations.map((a) => a.id)).toEqual([alpha.id, beta.id, gamma.id, delta.id])
  expect(whole.later).toBeUndefined()
  expect(() => annotationsFrom(library, 'no-such-article', 0)).toThrow()
  library.db.close()
})
