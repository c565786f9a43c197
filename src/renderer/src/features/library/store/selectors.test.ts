import { describe, expect, it } from 'vitest'
import { summary } from '../../../test/mockApi'
import { articleToOpen, folderSummaryMessage, importMessages, visibleArticles } from './selectors'

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
