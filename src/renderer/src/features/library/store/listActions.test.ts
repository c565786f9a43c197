// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import { ApiError } from '../../../lib/api'
import { article, mockApi, mockLibrary, resetMockApi, summary } from '../../../test/mockApi'
import { initialCasesState, useCasesStore } from '../../cases/store/state'
import { historyActions } from '../../history/store/actions'
import { initialHistoryState, useHistoryStore } from '../../history/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { PALETTE_COMMANDS } from '../../../app/paletteCommands'
import { libraryActions } from './actions'
import { countsText, deletedWith, filterChips, verdictFromValue, verdictValue } from './listFilters'
import { initialLibraryState, useLibraryStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const row = (id: string, title: string, notes = 0): ArticleListRow => ({
  id,
  title,
  publisher: 'Gazette',
  published: null,
  importedAt: '2026-01-01T00:00:00Z',
  fileName: `${id}.txt`,
  format: 'text',
  notes,
  claimsChecked: 0,
})

beforeEach(() => {
  resetMockApi()
  useLibraryStore.setState(initialLibraryState, true)
  useCasesStore.setState(initialCasesState, true)
  useHistoryStore.setState(initialHistoryState, true)
  useReaderStore.setState(initialReaderState, true)
  useStatusStore.setState(initialStatusState, true)
  mockLibrary([])
  mockApi.articles.open.mockImplementation(async (id: string) => ({
    article: article({ id }),
    annotations: [],
  }))
})

const lastQuery = () => mockApi.articles.listRows.mock.calls.at(-1)?.[0]

describe('the list filters', () => {
  it('send each filter set with the scope and order, and drop one removed', async () => {
    useCasesStore.setState({ scope: { kind: 'unfiled' }, sort: 'title' })
    await libraryActions.setListFilter('publisher', 'Gazette')
    await libraryActions.setListFilter('verdict', { rating: 'false' })
    expect(lastQuery()).toEqual({
      sort: 'title',
      direction: 'asc',
      unfiled: true,
      publisher: 'Gazette',
      verdict: { rating: 'false' },
    })
    await libraryActions.setListFilter('publisher', undefined)
    expect(lastQuery()).toEqual({
      sort: 'title',
      direction: 'asc',
      unfiled: true,
      verdict: { rating: 'false' },
    })
    await libraryActions.clearListFilters()
    expect(lastQuery()).toEqual({ sort: 'title', direction: 'asc', unfiled: true })
  })

  it('fetch the choices, and say why when they cannot be fetched', async () => {
    const choices = {
      publishers: [{ name: 'Gazette', articles: 2 }],
      tags: [],
      codes: [],
      ratings: [],
      statuses: [],
    }
    mockApi.articles.listChoices.mockResolvedValue(choices)
    await libraryActions.loadChoices()
    expect(useLibraryStore.getState().choices).toEqual(choices)
    mockApi.articles.listChoices.mockRejectedValue(new ApiError('internal', 'The library could not be read.'))
    await libraryActions.loadChoices()
    expect(useStatusStore.getState().alerts).toEqual(['The library could not be read.'])
  })

  it('name each active filter on its chip', () => {
    const choices = {
      publishers: [],
      tags: [],
      codes: [{ id: 'c2', name: 'Threat', path: ['Framing', 'Threat'], articles: 1 }],
      ratings: [],
      statuses: [],
    }
    expect(
      filterChips(
        { publisher: 'Gazette', tag: 'budget', code: 'c2', hasNotes: false, verdict: { status: 'to-check' } },
        choices,
      ).map((c) => c.label),
    ).toEqual([
      'Publisher: Gazette',
      'Tag: budget',
      'Code: Framing / Threat',
      'Without notes',
      'Verdict: to check',
    ])
    expect(filterChips({ verdict: { rating: 'mostly-false' } }, null).map((c) => c.label)).toEqual([
      'Rated: mostly false',
    ])
  })

  it('read a verdict choice back from the select, and say counts in words', () => {
    expect(verdictFromValue(verdictValue({ rating: 'mixed' }))).toEqual({ rating: 'mixed' })
    expect(verdictFromValue(verdictValue({ status: 'checked' }))).toEqual({ status: 'checked' })
    expect(verdictFromValue('')).toBeUndefined()
    expect(countsText(3, 1)).toBe('3 notes, 1 claim checked')
    expect(countsText(1, 2)).toBe('1 note, 2 claims checked')
    expect(countsText(0, 0)).toBe('no notes, no claims checked')
    expect(deletedWith(1)).toBe('Its note goes with it, with its codes.')
    expect(deletedWith(0)).toBe('It has no notes.')
  })
})

describe('deleting an article', () => {
  beforeEach(() => {
    useCasesStore.setState({ rows: [row('a1', 'Port strike ends', 2), row('a2', 'Ferry times')] })
    useLibraryStore.setState({
      articles: [summary({ id: 'a1' }), summary({ id: 'a2', title: 'Ferry times' })],
    })
  })

  it('asks first, naming the article and its notes; cancelling deletes nothing', () => {
    libraryActions.askDelete('a1')
    expect(useLibraryStore.getState().confirmingDelete).toEqual({
      id: 'a1',
      title: 'Port strike ends',
      notes: 2,
    })
    libraryActions.cancelDelete()
    expect(useLibraryStore.getState().confirmingDelete).toBeNull()
    expect(mockApi.articles.delete).not.toHaveBeenCalled()
  })

  it('deletes once confirmed, closes it when open, and Ctrl+Z puts it back and opens it again', async () => {
    await libraryActions.select('a1')
    mockApi.articles.delete.mockResolvedValue(undefined)
    mockApi.articles.restore.mockResolvedValue(undefined)
    libraryActions.askDelete('a1')
    await libraryActions.confirmDelete()
    expect(mockApi.articles.delete).toHaveBeenCalledWith('a1')
    expect(useLibraryStore.getState()).toMatchObject({ selectedId: null, confirmingDelete: null })
    expect(useReaderStore.getState().articleId).toBeNull()
    expect(useStatusStore.getState().messages).toEqual([
      'Deleted “Port strike ends”. Its 2 notes go with it, with their codes. Press Ctrl+Z to undo.',
    ])

    expect(await historyActions.step('undo')).toBe(true)
    expect(mockApi.articles.restore).toHaveBeenCalledWith('a1')
    expect(useLibraryStore.getState().selectedId).toBe('a1')
    expect(useReaderStore.getState().articleId).toBe('a1')
    expect(useStatusStore.getState().messages).toEqual(['Undone: Article “Port strike ends” deleted.'])

    expect(await historyActions.step('redo')).toBe(true)
    expect(mockApi.articles.delete).toHaveBeenCalledTimes(2)
    expect(useLibraryStore.getState().selectedId).toBeNull()
  })

  it('says why a deletion failed and records nothing to undo', async () => {
    mockApi.articles.delete.mockRejectedValue(
      new ApiError('not-found', 'That article is no longer in your library.'),
    )
    libraryActions.askDelete('a2')
    await libraryActions.confirmDelete()
    expect(useStatusStore.getState().alerts).toEqual(['That article is no longer in your library.'])
    expect(useHistoryStore.getState().undoStack).toEqual([])
  })

  it('keeps the undo step when putting the article back fails, and says why', async () => {
    mockApi.articles.delete.mockResolvedValue(undefined)
    mockApi.articles.restore.mockRejectedValue(
      new ApiError(
        'invalid-request',
        '“Ferry times” cannot be put back: the same file was imported again since.',
      ),
    )
    libraryActions.askDelete('a2')
    await libraryActions.confirmDelete()
    expect(await historyActions.step('undo')).toBe(false)
    expect(useHistoryStore.getState().undoStack).toHaveLength(1)
    expect(useStatusStore.getState().alerts).toEqual([
      '“Ferry times” cannot be put back: the same file was imported again since.',
    ])
  })
})

describe('the palette', () => {
  const command = (id: string) => PALETTE_COMMANDS.find((c) => c.id === id)!

  it('deletes the selected article after asking, and is there only with one selected', () => {
    useCasesStore.setState({ rows: [row('a1', 'Port strike ends', 1)] })
    expect(command('delete-article').available?.()).toBe(false)
    useLibraryStore.setState({ selectedId: 'a1' })
    expect(command('delete-article').available?.()).toBe(true)
    command('delete-article').run()
    expect(useLibraryStore.getState().confirmingDelete).toEqual({
      id: 'a1',
      title: 'Port strike ends',
      notes: 1,
    })
  })

  it('clears the filters, and is there only with some set', async () => {
    expect(command('clear-filters').available?.()).toBe(false)
    await libraryActions.setListFilter('tag', 'budget')
    expect(command('clear-filters').available?.()).toBe(true)
    command('clear-filters').run()
    expect(useLibraryStore.getState().listFilters).toEqual({})
  })
})
