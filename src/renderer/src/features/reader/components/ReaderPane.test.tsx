// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../lib/api'
import { annotation, article, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { notesActions } from '../../notes/store/actions'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialSearchState, useSearchStore } from '../../search/store/state'
import { readerActions } from '../store/actions'
import { initialReaderState, useReaderStore } from '../store/state'
import { ReaderPane } from './ReaderPane'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

beforeEach(() => {
  resetMockApi()
  useReaderStore.setState(initialReaderState, true)
  useNotesStore.setState(initialNotesState, true)
  useSearchStore.setState(initialSearchState, true)
})
afterEach(() => {
  window.getSelection()?.removeAllRanges()
  cleanup()
})

async function openArticle(annotations = [annotation({ id: 'n1', note: 'check this' })]) {
  mockApi.articles.open.mockResolvedValue({ article: article(), annotations })
  await act(() => readerActions.open('a1'))
}

async function select(from: Node, fromOffset: number, to: Node, toOffset: number) {
  const range = document.createRange()
  range.setStart(from, fromOffset)
  range.setEnd(to, toOffset)
  const selection = window.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  await act(async () => {
    document.dispatchEvent(new Event('selectionchange'))
  })
}

describe('ReaderPane', () => {
  it('shows an empty state when no article is open', () => {
    render(<ReaderPane />)
    expect(screen.getByRole('region', { name: 'Reader' }).textContent).toContain('No article open')
  })

  it('shows the message of a failed open', async () => {
    render(<ReaderPane />)
    mockApi.articles.open.mockRejectedValue(
      new ApiError('not-found', 'This article is no longer in your library.'),
    )
    await act(() => readerActions.open('gone'))
    expect(screen.getByRole('alert').textContent).toContain('This article is no longer in your library.')
  })

  it('renders the article as elements, with highlights as marks', async () => {
    render(<ReaderPane />)
    await openArticle()
    const reader = screen.getByRole('region', { name: 'Reader' })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Port strike ends')
    expect(reader.textContent).toContain('By Ana Ruiz')
    expect(reader.textContent).toContain('The Courier · ')
    expect(reader.textContent).toContain('strike.html')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Dockers return to work.')
    expect(reader.querySelectorAll('ul > li')).toHaveLength(2)
    const mark = reader.querySelector('mark[data-annotation-id="n1"]')!
    expect(mark.textContent).toBe('Talks')
    expect(mark.className).toBe('hl hl-yellow hl-has-note')
    expect(reader.querySelector('.reader-body p')!.textContent).toBe('Talks lasted a week.')
  })

  it('keeps the find bar and the layer legend in one strip above the article, the find bar first', async () => {
    // Each bar sticking to the top on its own made the legend cover the find bar once the article scrolled.
    render(<ReaderPane />)
    await openArticle()
    act(() => useSearchStore.setState({ findOpen: true }))
    const find = screen.getByRole('search', { name: 'Find in the article' })
    const legend = screen.getByRole('group', { name: 'Analysis layers' })
    const strip = find.parentElement!
    expect(strip.className).toBe('reader-bars')
    expect(legend.parentElement).toBe(strip)
    expect([...strip.children]).toEqual([find, legend])
    expect(strip.nextElementSibling?.tagName).toBe('ARTICLE')
  })

  it('labels the publication date, and shows a PDF’s creation date apart as the document’s date', async () => {
    render(<ReaderPane />)
    await openArticle()
    const meta = () => screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-meta')
    const provenance = () => screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-file')
    expect(meta()?.textContent).toMatch(/^The Courier · Published \S/)
    expect(provenance()?.textContent).not.toContain('document created')

    mockApi.articles.open.mockResolvedValue({
      article: article({ format: 'pdf', publisher: null, published: null, documentDate: '2024-03-12T09:30:00+01:00' }),
      annotations: [],
    })
    await act(() => readerActions.open('a1'))
    expect(meta()).toBeNull()
    expect(screen.getByRole('region', { name: 'Reader' }).textContent).not.toContain('Published')
    expect(provenance()?.textContent).toContain('document created')
    expect(provenance()?.querySelector('time')?.getAttribute('dateTime')).toBe('2024-03-12T09:30:00+01:00')
  })

  it('offers a toolbar for a selection and highlights it', async () => {
    render(<ReaderPane />)
    await openArticle([])
    const p = screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-body p')!
    const textNode = p.firstChild!
    await select(textNode, 6, textNode, 12)
    expect(useReaderStore.getState().selection).toEqual({ start: 31, end: 37 })
    const toolbar = screen.getByRole('toolbar', { name: 'Selection' })
    expect(toolbar).toBeTruthy()

    // Main keeps the id the window chose.
    mockApi.annotations.create.mockImplementation(async (request) =>
      stored(annotation({ id: request.id, position: { type: 'TextPositionSelector', start: 31, end: 37 } })),
    )
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Highlight' }))
    })
    expect(mockApi.annotations.create).toHaveBeenCalledWith({ id: expect.any(String), articleId: 'a1', start: 31, end: 37 })
    const { id } = mockApi.annotations.create.mock.calls[0][0]
    expect(document.querySelector(`mark[data-annotation-id="${id}"]`)?.textContent).toBe('lasted')
  })

  it('hides the toolbar and its keys while View original is open, and offers them again once it closes', async () => {
    render(<ReaderPane />)
    await openArticle([])
    const p = screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-body p')!
    await select(p.firstChild!, 6, p.firstChild!, 12)
    expect(screen.queryByRole('toolbar', { name: 'Selection' })).not.toBeNull()

    await act(async () => {
      useReaderStore.setState({ original: { fileName: 'strike.html', format: 'html', bytes: 10, text: '<p>x</p>', truncated: false } })
    })
    expect(screen.getByRole('dialog', { name: 'Original file' })).toBeTruthy()
    expect(screen.queryByRole('toolbar', { name: 'Selection' })).toBeNull()
    expect(useReaderStore.getState().selection).toBeNull()
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'h' })
    })
    expect(mockApi.annotations.create).not.toHaveBeenCalled()

    await act(async () => readerActions.closeOriginal())
    expect(screen.queryByRole('toolbar', { name: 'Selection' })).not.toBeNull()
    expect(useReaderStore.getState().selection).toEqual({ start: 31, end: 37 })
  })

  it('dismisses the toolbar and the selection with Escape', async () => {
    render(<ReaderPane />)
    await openArticle([])
    const p = screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-body p')!
    await select(p.firstChild!, 6, p.firstChild!, 12)
    expect(screen.queryByRole('toolbar', { name: 'Selection' })).not.toBeNull()
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'Escape' })
    })
    expect(screen.queryByRole('toolbar', { name: 'Selection' })).toBeNull()
    expect(useReaderStore.getState().selection).toBeNull()
    expect(window.getSelection()?.toString()).toBe('')
  })

  it('offers no toolbar for a selection that is not inside the article body', async () => {
    render(<ReaderPane />)
    await openArticle([])
    const title = screen.getByRole('heading', { level: 1 })
    const p = screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-body p')!
    await select(title.firstChild!, 0, p.firstChild!, 5)
    expect(screen.queryByRole('toolbar', { name: 'Selection' })).toBeNull()
    expect(useReaderStore.getState().selection).toBeNull()
  })

  it('adds a note with the n key and asks the notes pane to focus it', async () => {
    render(<ReaderPane />)
    await openArticle([])
    const li = screen.getByRole('region', { name: 'Reader' }).querySelectorAll('li')[1]
    await select(li.firstChild!, 0, li.firstChild!, 6)
    mockApi.annotations.create.mockImplementation(async (request) =>
      stored(annotation({ id: request.id, position: { type: 'TextPositionSelector', start: 60, end: 66 } })),
    )
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'n' })
    })
    expect(mockApi.annotations.create).toHaveBeenCalledWith({ id: expect.any(String), articleId: 'a1', start: 60, end: 66 })
    expect(useNotesStore.getState().focusRequest).toBe(mockApi.annotations.create.mock.calls[0][0].id)
  })

  it('ignores the shortcut keys without a selection', async () => {
    render(<ReaderPane />)
    await openArticle([])
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'h' })
    })
    expect(mockApi.annotations.create).not.toHaveBeenCalled()
  })

  it('highlights with Ctrl+Shift+H too', async () => {
    render(<ReaderPane />)
    await openArticle([])
    const p = screen.getByRole('region', { name: 'Reader' }).querySelector('.reader-body p')!
    await select(p.firstChild!, 0, p.firstChild!, 5)
    mockApi.annotations.create.mockResolvedValue(stored(annotation({ id: 'n3' })))
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'H', ctrlKey: true, shiftKey: true })
    })
    expect(mockApi.annotations.create).toHaveBeenCalledWith({ id: expect.any(String), articleId: 'a1', start: 25, end: 30 })
  })

  it('flashes every piece of a highlight the notes pane asks for', async () => {
    render(<ReaderPane />)
    await openArticle([
      annotation({ id: 'a', position: { type: 'TextPositionSelector', start: 25, end: 37 } }),
      annotation({ id: 'b', position: { type: 'TextPositionSelector', start: 31, end: 44 } }),
    ])
    act(() => notesActions.reveal('a'))
    const pieces = document.querySelectorAll('mark[data-annotation-id="a"]')
    expect(pieces).toHaveLength(2)
    for (const piece of pieces) expect(piece.className).toMatch(/hl-flash-/)
    expect(document.querySelector('mark[data-annotation-id="b"]')!.className).not.toMatch(/hl-flash-/)
  })
})
