import { expect, it } from 'vitest'
import { memoryLibrary, plainArticle } from '../../../test-support/library'
import { SAMPLE_PATH } from '../../../test-support/tempDir'
import { reextractArticle } from '../articles/edit'
import { importBytes, importFile } from '../articles/imports'
import { ANALYSIS_MAX_CHARS, articleAnalysis } from './articleAnalysis'

it('analyses once, keeps the result, and analyses again when the text changes', async () => {
  let runs = 0
  let text = 'The ministry said 40 people were hurt on Monday.'
  const lib = memoryLibrary({
    extract: async () => plainArticle(text),
    analyze: async (t) => {
      runs++
      return {
        claims: [
          {
            id: 'c1',
            start: 0,
            end: t.length,
            text: t,
            score: 0.9,
            checkworthy: true,
            reasons: [],
            sourceId: null,
          },
        ],
        sources: [],
        quotes: [],
        attributions: [],
      }
    },
  })
  const { id } = await importBytes(lib, 'a.txt', new TextEncoder().encode('x'))
  const first = await articleAnalysis(lib, id!)
  expect(first.claims[0].text).toBe(text)
  await articleAnalysis(lib, id!)
  expect(runs).toBe(1)
  text = 'The ministry said 41 people were hurt on Monday.'
  await reextractArticle(lib, id!)
  expect((await articleAnalysis(lib, id!)).claims[0].text).toBe(text)
  expect(runs).toBe(2)
  lib.db.close()
})

it('finds the sample’s sources and quotes with the real engine', async () => {
  const library = memoryLibrary()
  const { id } = await importFile(library, SAMPLE_PATH)
  const { sources, quotes, version } = await articleAnalysis(library, id!)
  expect(version).toBeGreaterThan(0)
  expect(sources.map((s) => s.name)).toContain('Ankit Panda')
  expect(quotes.some((q) => q.text.startsWith('That’s exactly why we came here.'))).toBe(true)
  library.db.close()
})

it('refuses at once to analyse a text over the limit, naming its length, and never runs the analysis', async () => {
  let runs = 0
  const lib = memoryLibrary({
    extract: async () => plainArticle('word '.repeat(ANALYSIS_MAX_CHARS / 5) + 'more'),
    analyze: async () => {
      runs++
      return { claims: [], sources: [], quotes: [], attributions: [] }
    },
  })
  const { id, status } = await importBytes(lib, 'long.txt', new TextEncoder().encode('x'))
  expect(status).toBe('imported')
  const refusal = articleAnalysis(lib, id!)
  await expect(refusal).rejects.toThrow(
    'This article is too long to analyse (2.0 M characters; the limit is 2.0 M).',
  )
  await expect(refusal).rejects.toMatchObject({ code: 'invalid-request' })
  expect(runs).toBe(0)
  lib.db.close()
})
