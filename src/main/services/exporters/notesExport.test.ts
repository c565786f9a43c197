import { expect, it } from 'vitest'
import { memoryLibrary } from '../../../test-support/library'
import { SAMPLE_PATH } from '../../../test-support/tempDir'
import { annotateQuote } from '../annotations/edit'
import { setMemo } from '../articles/edit'
import { importFile } from '../articles/imports'
import { exportFileName, exportNotes } from './notesExport'

const QUOTE = 'each traveled about 650 kilometers (400 miles)'

it('exports the memo, the quote and the note as Markdown and JSON', async () => {
  const library = memoryLibrary({ clock: () => new Date('2026-01-01T00:00:00Z') })
  const { id } = await importFile(library, SAMPLE_PATH)
  annotateQuote(library, id!, QUOTE, { note: 'Compare with the JCS statement', tags: ['numbers'] })
  setMemo(library, id!, 'Check the launch times against the JCS.')
  const md = exportNotes(library, [id!], 'md')
  expect(md).toContain(`> ${QUOTE}`)
  expect(md).toContain('Compare with the JCS statement')
  expect(md).toContain('Check the launch times against the JCS.')
  const json = JSON.parse(exportNotes(library, 'all', 'json'))
  expect(json.articles[0].annotations[0].target.selector[0]).toMatchObject({
    type: 'TextQuoteSelector',
    exact: QUOTE,
  })
  expect(exportFileName(library, id!, 'md')).toMatch(/^North Korea’s Kim .* — notes\.md$/)
  library.db.close()
})
