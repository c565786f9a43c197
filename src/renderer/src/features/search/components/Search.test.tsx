// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchHit } from '../../../../../shared/model/search'
import { onGlobalKeyDown } from '../../../app/commands'
import { ApiError } from '../../../lib/api'
import { article, mockApi, resetMockApi, summary } from '../../../test/mockApi'
import { LibraryPane } from '../../library/components/LibraryPane'
import { initialLibraryState, useLibraryStore } from '../../library/store/state'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { ReaderPane } from '../../reader/components/ReaderPane'
import { readerActions } from '../../reader/store/actions'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { initialSearchState, useSearchStore } from '../store/state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

// article().text: 'Dockers return to work.\n\nTalks lasted a week.\n\nFirst point\n\nSecond point'
const hits: SearchHit[] = [
  {
    id: 'a1',
    title: 'Port strike ends',
    score: 4,
    snippet: '«Dockers» return to work. Talks <b>lasted</b> a «week».',
    matches: [
      { start: 0, end: 7 },
      { start: 40, end: 44 },
      { start: 60, end: 66 },
    ],
    annotationId: null,
  },
  {
    id: 'a2',
    title: 'Harbour talks',
    score: 2,
    snippet: 'The «dockers» union',
    matches: [],
    annotationId: null,
  },
]

beforeEach(() => {
  resetMockApi()
  useSearchStore.setState(initialSearchState, true)
  useLibraryStore.setState(
    { ...initialLibraryState, loaded: true, articles: [summary(), summary({ id: 'a2' })] },
    true,
  )
  useReaderStore.setState(initialReaderState, true)
  useNotesStore.setState(initialNotesState, true)
  mockApi.articles.open.mockImplementation(async (id: string) => ({
    article: article({ id }),
    annotations: [],
  }))
  window.addEventListener('keydown', onGlobalKeyDown)
})
afterEach(() => {
  window.removeEventListener('keydown', onGlobalKeyDown)
  cleanup()
})

function renderWindow() {
  render(
    <>
      <LibraryPane />
      <ReaderPane />
    </>,
  )
}

async function search(query: string) {
  const box = screen.getByRole('searchbox', { name: 'Search the library' })
  fireEvent.change(box, { target: { value: query } })
  await act(async () => {
    fireEvent.keyDown(box, { key: 'Enter' })
  })
  return box
}

const results = () => screen.getByRole('region', { name: 'Search results' })
const reader = () => screen.getByRole('region', { name: 'Reader' })
const marks = () => [...reader().querySelectorAll('mark.search-match')].map((m) => m.textContent)
const current = () => reader().querySelector('mark.search-match-current')?.textContent

describe('library search in the window', () => {
  it('lists the hits with a count, titles and snippets whose matches are marks and whose markup stays text', async () => {
    mockApi.search.query.mockResolvedValue(hits)
    renderWindow()
    await search('dockers')
    expect(mockApi.search.query).toHaveBeenCalledWith('dockers')
    expect(within(results()).getByRole('status').textContent).toBe('2 articles match “dockers”')
    const buttons = within(results()).getAllByRole('button')
    expect(buttons.map((b) => b.querySelector('.search-hit-title')?.textContent)).toEqual([
      'Port strike ends',
      'Harbour talks',
    ])
    expect([...buttons[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Dockers', 'week'])
    expect(buttons[0].querySelector('b')).toBeNull()
    expect(buttons[0].textContent).toContain('Talks <b>lasted</b> a week.')
  })

  it('says when nothing matches, and shows a refused query’s message', async () => {
    mockApi.search.query.mockResolvedValueOnce([])
    renderWindow()
    await search('zzz')
    expect(within(results()).getByRole('status').textContent).toBe('No articles match “zzz”.')
    mockApi.search.query.mockRejectedValueOnce(
      new ApiError('invalid-request', 'That search has too many words.'),
    )
    await search('w1 w2')
    expect(within(results()).getByRole('alert').textContent).toBe('That search has too many words.')
  })

  it('opens a hit from the keyboard at its first match, every match marked, and F3 / Shift+F3 step through them', async () => {
    mockApi.search.query.mockResolvedValue(hits)
    renderWindow()
    const box = await search('dockers')
    fireEvent.keyDown(box, { key: 'ArrowDown' })
    const [first, second] = within(results()).getAllByRole('button')
    expect(document.activeElement).toBe(first)
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(second)
    fireEvent.keyDown(second, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(first)
    await act(async () => {
      fireEvent.click(first)
    })
    expect(useReaderStore.getState().article?.id).toBe('a1')
    expect(marks()).toEqual(['Dockers', 'week', 'Second'])
    expect(current()).toBe('Dockers')
    const bar = screen.getByRole('search', { name: 'Search matches' })
    expect(within(bar).getByRole('status').textContent).toBe('1 of 3')
    act(() => void fireEvent.keyDown(window, { key: 'F3' }))
    expect(current()).toBe('week')
    expect(within(bar).getByRole('status').textContent).toBe('2 of 3')
    act(() => void fireEvent.keyDown(window, { key: 'F3', shiftKey: true }))
    act(() => void fireEvent.keyDown(window, { key: 'F3', shiftKey: true }))
    expect(current()).toBe('Second')
    expect(within(bar).getByRole('status').textContent).toBe('3 of 3')
  })

  it('finds in the article with Ctrl+F: counts, Enter and Shift+Enter step, Escape closes and clears the marks', async () => {
    renderWindow()
    await act(() => readerActions.open('a1'))
    act(() => void fireEvent.keyDown(window, { key: 'f', ctrlKey: true }))
    const input = screen.getByRole('searchbox', { name: 'Find in the article' })
    expect(document.activeElement).toBe(input)
    act(() => void fireEvent.change(input, { target: { value: 'O' } }))
    const bar = screen.getByRole('search', { name: 'Find in the article' })
    // "Dockers return to work." / "Talks lasted a week." / "First point" / "Second point"
    expect(marks()).toEqual(['o', 'o', 'o', 'o', 'o', 'o'])
    expect(within(bar).getByRole('status').textContent).toBe('1 of 6')
    act(() => void fireEvent.keyDown(input, { key: 'Enter' }))
    expect(within(bar).getByRole('status').textContent).toBe('2 of 6')
    expect(current()).toBe('o')
    expect(reader().querySelector('mark.search-match-current')?.getAttribute('data-match')).toBe('1')
    act(() => void fireEvent.keyDown(input, { key: 'Enter', shiftKey: true }))
    act(() => void fireEvent.keyDown(input, { key: 'Enter', shiftKey: true }))
    expect(within(bar).getByRole('status').textContent).toBe('6 of 6')
    act(() => void fireEvent.change(input, { target: { value: 'points' } }))
    expect(within(bar).getByRole('status').textContent).toBe('No matches')
    act(() => void fireEvent.keyDown(input, { key: 'Escape' }))
    expect(screen.queryByRole('search', { name: 'Find in the article' })).toBeNull()
    expect(marks()).toEqual([])
  })
})
