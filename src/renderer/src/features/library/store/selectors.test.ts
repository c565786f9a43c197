import { describe, expect, it } from 'vitest'
import { summary } from '../../../test/mockApi'
import { annotationImportMessage, articleToOpen, folderSummaryMessage, importMessages, visibleArticles } from './selectors'

const articles = [
  summary({ id: 'old', title: 'Old news', publisher: 'Gazette', published: '2020-01-01' }),
  summary({ id: 'new', title: 'Fresh report', publisher: 'The Courier', published: '2024-06-01' }),
  summary({ id: 'undated', title: 'Undated', publisher: null, published: null, importedAt: '2023-01-01' }),
]

describe('visibleArticles', () => {
  it('puts the newest first', () => {
    expect(visibleArticles(articles, '').map((a) => a.id)).toEqual(['new', 'undated', 'old'])
  })

  it('filters by title or publisher, ignoring case', () => {
    expect(visibleArticles(articles, 'courier').map((a) => a.id)).toEqual(['new'])
    expect(visibleArticles(articles, 'NEWS').map((a) => a.id)).toEqual(['old'])
    expect(visibleArticles(articles, 'nothing like it')).toEqual([])
  })
})

describe('import results', () => {
  it('words each outcome for the status area', () => {
    expect(
      importMessages([
        { file: 'a.html', status: 'imported', id: '1', title: 'A story' },
        { file: 'b.txt', status: 'duplicate', id: '2', title: 'B' },
        { file: 'c.pdf', status: 'failed', id: null, title: null, error: 'exact words' },
      ]),
    ).toEqual({
      messages: ['Imported “A story”', '“b.txt” is already in your library'],
      alerts: ['exact words'],
    })
  })

  it('shows a project or codebook import by its summary line', () => {
    const summary = 'Imported project “P”: 3 articles, 12 codes, 40 coded passages'
    expect(importMessages([{ file: 'p.qdpx', status: 'imported', id: '1', title: 'P', summary }]).messages).toEqual([summary])
  })

  it('opens the first imported article, else the first duplicate', () => {
    expect(articleToOpen([{ file: 'b', status: 'duplicate', id: '2', title: null }])).toBe('2')
    expect(
      articleToOpen([
        { file: 'b', status: 'duplicate', id: '2', title: null },
        { file: 'a', status: 'imported', id: '1', title: null },
      ]),
    ).toBe('1')
    expect(articleToOpen([{ file: 'c', status: 'failed', id: null, title: null }])).toBeNull()
  })
})

describe('folderSummaryMessage', () => {
  const r = (status: 'imported' | 'duplicate' | 'failed') => ({ file: 'f', status, id: null, title: null })
  it('counts what happened, and says when the import was cancelled or cut short', () => {
    expect(folderSummaryMessage({ folder: '/f', cancelled: false, truncated: false, results: [r('imported'), r('imported')] })).toBe(
      'Folder import finished: imported 2 articles.',
    )
    expect(folderSummaryMessage({ folder: '/f', cancelled: true, truncated: true, results: [r('failed')] })).toBe(
      'Folder import cancelled: imported 0 articles, 1 file failed. The folder holds more files than one import takes; import its subfolders separately.',
    )
    expect(folderSummaryMessage({ folder: '/f', cancelled: false, truncated: false, results: [] })).toBe(
      'No files Dossier can import were found in “/f”.',
    )
  })
})

describe('annotationImportMessage', () => {
  it('says what was placed, which verdicts came back, and what was kept apart or left out', () => {
    expect(annotationImportMessage({ anchored: 2, orphaned: 0, verdicts: 0, verdictsLeftOut: 0 })).toBe('2 annotations imported.')
    expect(annotationImportMessage({ anchored: 1, orphaned: 0, verdicts: 3, verdictsLeftOut: 0 })).toBe(
      '1 annotation imported, 3 verdicts restored.',
    )
    expect(annotationImportMessage({ anchored: 0, orphaned: 2, verdicts: 1, verdictsLeftOut: 1 })).toBe(
      '0 annotations imported, 1 verdict restored; 2 could not be placed on a passage and are kept as orphaned; 1 verdict was left out: its claim is in no article of your library.',
    )
  })
})

describe('importMessages and unplaced annotations', () => {
  it('says how many unplaced annotations an imported article took', () => {
    expect(
      importMessages([{ file: 'h.txt', status: 'imported', id: '1', title: 'Harbour', placedOrphans: 2 }]).messages,
    ).toEqual(['Imported “Harbour”', '2 unplaced annotations fit “Harbour” and were placed on it'])
  })
})
