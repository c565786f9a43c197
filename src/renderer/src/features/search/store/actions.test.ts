import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchHit } from '../../../../../shared/model/search'
import { ApiError } from '../../../lib/api'
import { article, mockApi, resetMockApi } from '../../../test/mockApi'
import { initialLibraryState, useLibraryStore } from '../../library/store/state'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { SEARCH_DEBOUNCE_MS, searchActions } from './actions'
import { initialSearchState, useSearchStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  id: 'a1',
  title: 'Port strike ends',
  score: 3.2,
  snippet: '«Dockers» return to work.',
  matches: [
    { start: 0, end: 7 },
    { start: 25, end: 30 },
  ],
  annotationId: null,
  ...over,
})

const state = () => useSearchStore.getState()

beforeEach(() => {
  resetMockApi()
  useSearchStore.setState(initialSearchState, true)
  useLibraryStore.setState(initialLibraryState, true)
  useReaderStore.setState(initialReaderState, true)
  useNotesStore.setState(initialNotesState, true)
  mockApi.articles.open.mockImplementation(async (id: string) => ({
    article: article({ id }),
    annotations: [],
  }))
})
afterEach(() => vi.useRealTimers())

describe('the library search', () => {
  it('searches once typing pauses, for the last text typed', async () => {
    vi.useFakeTimers()
    mockApi.search.query.mockResolvedValue([hit()])
    searchActions.setQuery('doc')
    searchActions.setQuery('dockers')
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1)
    expect(mockApi.search.query).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(mockApi.search.query).toHaveBeenCalledTimes(1)
    expect(mockApi.search.query).toHaveBeenCalledWith('dockers')
    expect(state()).toMatchObject({ status: 'done', searched: 'dockers', hits: [hit()] })
  })

  it('runs at once on Enter and does not run again when the pause ends', async () => {
    vi.useFakeTimers()
    mockApi.search.query.mockResolvedValue([])
    searchActions.setQuery('strike')
    await searchActions.run()
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS * 2)
    expect(mockApi.search.query).toHaveBeenCalledTimes(1)
    expect(state()).toMatchObject({ status: 'done', hits: [] })
  })

  it('drops the answer to an older query that arrives after a newer one', async () => {
    let answerOld: (hits: SearchHit[]) => void = () => {}
    mockApi.search.query.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
    mockApi.search.query.mockResolvedValueOnce([hit({ id: 'new' })])
    searchActions.setQuery('old')
    const first = searchActions.run()
    searchActions.setQuery('new')
    await searchActions.run()
    answerOld([hit({ id: 'old' })])
    await first
    expect(state().hits.map((h) => h.id)).toEqual(['new'])
    expect(state().searched).toBe('new')
  })

  it('shows the service’s message for a query it refuses', async () => {
    mockApi.search.query.mockRejectedValue(
      new ApiError('invalid-request', '“after:” needs a date such as 2024-01.'),
    )
    searchActions.setQuery('after:soon')
    await searchActions.run()
    expect(state()).toMatchObject({
      status: 'error',
      hits: [],
      error: '“after:” needs a date such as 2024-01.',
    })
  })

  it('empties the results when the box is emptied', async () => {
    mockApi.search.query.mockResolvedValue([hit()])
    searchActions.setQuery('dockers')
    await searchActions.run()
    searchActions.setQuery('  ')
    expect(state()).toMatchObject({ status: 'idle', hits: [], searched: '' })
  })
})

describe('opening a result and stepping through its matches', () => {
  it('opens the article with its matches marked, the first current, and F3 goes round', async () => {
    mockApi.search.query.mockResolvedValue([hit()])
    searchActions.setQuery('dockers')
    await searchActions.run()
    await searchActions.openHit(0)
    expect(useLibraryStore.getState().selectedId).toBe('a1')
    expect(useReaderStore.getState().article?.id).toBe('a1')
    expect(state().matches).toMatchObject({
      articleId: 'a1',
      spans: hit().matches,
      current: 0,
      from: 'library',
    })
    searchActions.step(1)
    expect(state().matches?.current).toBe(1)
    searchActions.step(1)
    expect(state().matches?.current).toBe(0)
    searchActions.step(-1)
    expect(state().matches?.current).toBe(1)
  })

  it('does not step when another article is open than the one the matches are in', async () => {
    mockApi.search.query.mockResolvedValue([hit()])
    searchActions.setQuery('dockers')
    await searchActions.run()
    await searchActions.openHit(0)
    useReaderStore.setState({ article: article({ id: 'other' }) })
    searchActions.step(1)
    expect(state().matches?.current).toBe(0)
  })

  it('takes a hit found in a note to that note', async () => {
    mockApi.search.query.mockResolvedValue([hit({ matches: [], annotationId: 'n1' })])
    searchActions.setQuery('note:port')
    await searchActions.run()
    await searchActions.openHit(0)
    expect(useNotesStore.getState().flash?.id).toBe('n1')
    expect(useNotesStore.getState().focusRequest).toBe('n1')
  })
})

describe('find in the article', () => {
  it('marks the matches of the open article, and closing takes the marks away', () => {
    useReaderStore.setState({ status: 'ready', article: article({ text: 'Port and PORT and pört' }) })
    searchActions.openFind()
    expect(state().findOpen).toBe(true)
    searchActions.setFindQuery('port')
    expect(state().matches).toMatchObject({ from: 'find', current: 0 })
    expect(state().matches?.spans).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 13 },
      { start: 18, end: 22 },
    ])
    searchActions.step(-1)
    expect(state().matches?.current).toBe(2)
    searchActions.closeFind()
    expect(state()).toMatchObject({ findOpen: false, findQuery: '', matches: null })
  })

  it('does not open without an article', () => {
    searchActions.openFind()
    expect(state().findOpen).toBe(false)
  })
})
