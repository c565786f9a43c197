// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { annotation, article, mockApi, mockLibrary, resetMockApi, rowOf, summary } from '../../../test/mockApi'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialCasesState, useCasesStore } from '../../cases/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { searchActions } from '../../search/store/actions'
import { initialLibraryState, useLibraryStore } from '../store/state'
import { DropOverlay } from './DropOverlay'
import { LibraryPane } from './LibraryPane'
import { FIRST_PART_CHARS } from '../../reader/store/actions'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

beforeEach(() => {
  resetMockApi()
  useLibraryStore.setState(initialLibraryState, true)
  useCasesStore.setState(initialCasesState, true)
  useReaderStore.setState(initialReaderState, true)
  mockApi.articles.open.mockImplementation(async (id: string) => ({
    article: article({ id }),
    annotations: [],
  }))
})
afterEach(cleanup)

describe('LibraryPane', () => {
  it('explains the empty library and opens the sample article', async () => {
    useLibraryStore.setState({ loaded: true })
    mockApi.articles.importSample.mockResolvedValue({
      file: 'sample.html',
      status: 'imported',
      id: 'a1',
      title: 'S',
    })
    mockLibrary([summary()])
    render(<LibraryPane />)
    expect(screen.getByRole('region', { name: 'Library' })).toBeTruthy()
    expect(screen.getByText(/drop files/i)).toBeTruthy()
    expect(screen.getAllByRole('button', { name: 'Import…' })).toHaveLength(1)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open the sample article' }))
    })
    expect(mockApi.articles.importSample).toHaveBeenCalledTimes(1)
    expect(useLibraryStore.getState().selectedId).toBe('a1')
    expect(screen.getByRole('button', { name: /Port strike ends/ }).getAttribute('aria-current')).toBe('true')
  })

  it('calls the import dialog from the Import… button', async () => {
    useLibraryStore.setState({ loaded: true, articles: [summary()] })
    mockApi.articles.importDialog.mockResolvedValue([])
    mockLibrary([summary()])
    render(<LibraryPane />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import…' }))
    })
    expect(mockApi.articles.importDialog).toHaveBeenCalledTimes(1)
  })

  it('lists articles newest first, filters them, and moves with the arrow keys', async () => {
    useLibraryStore.setState({
      loaded: true,
      articles: [
        summary({ id: 'a1', title: 'Older piece', published: '2023-01-01', publisher: 'Gazette' }),
        summary({ id: 'a2', title: 'Newer piece', published: '2024-01-01', publisher: 'Courier' }),
      ],
    })
    render(<LibraryPane />)
    const options = within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('button')
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Newer piece'),
      expect.stringContaining('Older piece'),
    ])
    expect(options[0].textContent).toContain('Courier · ')

    await act(async () => {
      fireEvent.click(options[0])
    })
    expect(useLibraryStore.getState().selectedId).toBe('a2')
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: /Newer/ }), { key: 'ArrowDown' })
    })
    expect(useLibraryStore.getState().selectedId).toBe('a1')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Older/ }))
    expect(screen.getByRole('button', { name: /Older/ }).getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('button', { name: /Newer/ }).hasAttribute('aria-current')).toBe(false)
    expect(mockApi.articles.open).toHaveBeenLastCalledWith('a1', FIRST_PART_CHARS)

    fireEvent.change(screen.getByLabelText('Filter articles'), { target: { value: 'gazette' } })
    expect(
      [...document.querySelectorAll('[data-article-id]')].map((o) => o.getAttribute('data-article-id')),
    ).toEqual(['a1'])
    fireEvent.change(screen.getByLabelText('Filter articles'), { target: { value: 'zzz' } })
    expect(screen.getByText(/No articles match/)).toBeTruthy()
  })

  it('focuses the search box on the search-library shortcut', () => {
    useLibraryStore.setState({ loaded: true, articles: [summary()] })
    render(<LibraryPane />)
    act(() => searchActions.focusSearch())
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the library' }))
  })
})

describe('the list follows the open article’s notes', () => {
  const twoRows = [rowOf(summary({ id: 'a1' })), rowOf(summary({ id: 'a2', title: 'Ferry late' }))]
  const showNotes = async (count: number) => {
    const annotations = Array.from({ length: count }, (_, i) => annotation({ id: `n${i}` }))
    await act(async () => useNotesStore.setState({ annotations }))
  }

  beforeEach(() => {
    useNotesStore.setState({ ...initialNotesState, articleId: 'a1' }, true)
    useLibraryStore.setState({ loaded: true, articles: [summary({ id: 'a1' }), summary({ id: 'a2' })] })
    useCasesStore.setState({ rows: twoRows })
    mockLibrary([summary({ id: 'a1' }), summary({ id: 'a2' })])
    mockApi.articles.listChoices.mockResolvedValue(null)
  })

  it('counts a new note on the open article’s row without fetching the whole list again', async () => {
    render(<LibraryPane />)
    const choicesAsked = mockApi.articles.listChoices.mock.calls.length
    await showNotes(2)
    expect(mockApi.articles.listRows).not.toHaveBeenCalled()
    // The tag choices may change with the notes: those are fetched again.
    expect(mockApi.articles.listChoices).toHaveBeenCalledTimes(choicesAsked + 1)
    expect(screen.getByRole('button', { name: /Port strike ends/ }).textContent).toContain('2 notes')
    expect(screen.getByRole('button', { name: /Ferry late/ }).textContent).toContain('no notes')
  })

  it('fetches the list again while a filter narrows it, as a note may take the article in or out', async () => {
    useLibraryStore.setState({ listFilters: { tag: 'check' } })
    render(<LibraryPane />)
    await showNotes(1)
    expect(mockApi.articles.listRows).toHaveBeenCalledTimes(1)
  })
})

describe('DropOverlay', () => {
  it('shows while files are dragged over the window and imports what is dropped', async () => {
    mockApi.articles.importFiles.mockResolvedValue([])
    mockLibrary([])
    render(<DropOverlay />)
    const file = new File(['hello'], 'note.txt', { type: 'text/plain' })
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' }
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true })
      Object.assign(event, { dataTransfer })
      window.dispatchEvent(event)
      return event
    }
    act(() => void drag('dragenter'))
    expect(screen.getByText('Drop to import')).toBeTruthy()
    await act(async () => {
      expect(drag('drop').defaultPrevented).toBe(true)
    })
    expect(screen.queryByText('Drop to import')).toBeNull()
    expect(mockApi.articles.importFiles).toHaveBeenCalledTimes(1)
    expect(mockApi.articles.importFiles.mock.calls[0][0][0].name).toBe('note.txt')
  })
})
