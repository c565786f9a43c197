import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { memoryLibrary } from '../../../test-support/library'
import { SAMPLE_PATH } from '../../../test-support/tempDir'
import { importFile } from './imports'
import { originalFile } from './read'

it('shows the original as text, and says when it is binary', async () => {
  const library = memoryLibrary()
  const { id } = await importFile(library, SAMPLE_PATH)
  const original = await originalFile(library, id!)
  expect(original).toMatchObject({ fileName: 'kim-putin-vostochny-scraped.txt', truncated: false })
  expect(original.text).toBe(readFileSync(SAMPLE_PATH, 'utf8'))
  expect(original.text).toContain('[ad_1]')
  library.db.close()
})
