// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Command } from '../../../shared/ipc/contract'
import { App } from '../App'
import { DEFAULT_WIDTHS } from '../features/layout/store/selectors'
import { initialLayoutState, useLayoutStore } from '../features/layout/store/state'
import { LAST_ARTICLE_STORAGE_KEY } from '../features/library/store/lastArticle'
import { historyActions } from '../features/history/store/actions'
import { initialHistoryState, useHistoryStore } from '../features/history/store/state'
import { initialLibraryState, useLibraryStore } from '../features/library/store/state'
import { notesActions } from '../features/notes/store/actions'
import { initialNotesState, useNotesStore } from '../features/notes/store/state'
import { annotation, article, mockApi, mockLibrary, resetMockApi, stored, summary } from '../test/mockApi'
import { FIRST_PART_CHARS } from '../features/reader/store/actions'

vi.mock('../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/api')>()),
  api: (await import('../test/mockApi')).mockApi,
}))

let send: (command: Command) => void = () => {}

beforeEach(() => {
  resetMockApi()
  localStorage.clear()
  // A window wide enough for all three panes (narrower ones collapse the side pane).
  Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true })
  useLayoutStore.setState({ ...initialLayoutState, widths: DEFAULT_WIDTHS, viewport: 1400 }, true)
  useLibraryStore.setState(initialLibraryState, true)
  useNotesStore.setState(initialNotesState, true)
  useHistoryStore.setState(initialHistoryState, true)
  mockLibrary([])
  mockApi.onCommand.mockImplementation((listener: (command: Command) => void) => {
    send = listener
    return () => {}
  })
})
afterEach(cleanup)

async function renderApp() {
  await act(async () => {
    render(<App />)
  })
}

describe('App', () => {
  it('loads the library on start (the list and the cases, together) and shows the three regions', async () => {
    await renderApp()
    expect(mockApi.articles.listRows).toHaveBeenCalledTimes(1)
    expect(mockApi.cases.list).toHaveBeenCalledTimes(1)
    // The list shows every article, so its rows stand for the article list.
    expect(mockApi.articles.list).not.toHaveBeenCalled()
    for (const name of ['Library', 'Reader', 'Notes'])
      expect(screen.getByRole('region', { name })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Open the sample article' })).toBeTruthy()
  })

  it('runs menu commands', async () => {
    mockLibrary([summary()])
    await renderApp()
    mockApi.articles.importDialog.mockResolvedValue([])
    await act(async () => send('import'))
    expect(mockApi.articles.importDialog).toHaveBeenCalledTimes(1)
    await act(async () => send('refresh'))
    expect(mockApi.articles.listRows).toHaveBeenCalledTimes(3)
    // With no article open, Find has only the library to search.
    act(() => send('find'))
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the library' }))

    notesActions.load('a1', '', [])
    mockApi.notes.export.mockResolvedValue({ path: '/tmp/x.md' })
    await act(async () => send('export-md'))
    expect(mockApi.notes.export).toHaveBeenCalledWith('a1', 'md')
    expect(screen.getByRole('status').textContent).toBe('Notes exported to /tmp/x.md')
  })

  it('undoes with Ctrl+Z outside text fields and with the undo command', async () => {
    await renderApp()
    const created = annotation({ id: 'n1' })
    act(() => notesActions.load('a1', '', []))
    mockApi.annotations.create.mockResolvedValue(stored(created))
    mockApi.annotations.delete.mockResolvedValue(stored(created))
    await act(() => notesActions.create({ articleId: 'a1', start: 25, end: 30 }))
    await act(() => notesActions.create({ articleId: 'a1', start: 25, end: 30 }))

    ;(document.activeElement as HTMLElement | null)?.blur()
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }))
    })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(1)

    screen.getByLabelText('Memo').focus()
    await act(async () => {
      screen
        .getByLabelText('Memo')
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(1)

    screen.getByLabelText('Memo').blur()
    await act(async () => send('undo'))
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(2)
  })

  it('redoes with Ctrl+Shift+Z and Ctrl+Y outside text fields, and leaves text fields alone', async () => {
    await renderApp()
    const first = annotation({ id: 'n1' })
    act(() => notesActions.load('a1', '', [first]))
    mockApi.annotations.delete.mockResolvedValue(stored(first))
    mockApi.annotations.restore.mockResolvedValue(stored(first))
    const press = (target: EventTarget, init: KeyboardEventInit) =>
      act(async () => {
        target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
      })
    await act(() => notesActions.remove('n1'))
    ;(document.activeElement as HTMLElement | null)?.blur()

    await press(window, { key: 'z', ctrlKey: true })
    expect(mockApi.annotations.restore).toHaveBeenCalledTimes(1)
    await press(window, { key: 'Z', ctrlKey: true, shiftKey: true })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(2)
    expect(useNotesStore.getState().annotations).toEqual([])

    await press(window, { key: 'z', metaKey: true })
    expect(mockApi.annotations.restore).toHaveBeenCalledTimes(2)
    const memo = screen.getByLabelText('Memo')
    memo.focus()
    await press(memo, { key: 'y', ctrlKey: true })
    await press(memo, { key: 'Z', ctrlKey: true, shiftKey: true })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(2)

    memo.blur()
    await press(window, { key: 'y', metaKey: true })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(2)
    await press(window, { key: 'y', ctrlKey: true })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(3)
    expect(screen.getByRole('status').textContent).toBe('Annotation deleted again.')
  })

  it('undoes and redoes annotation changes from the Edit menu even while a text field has focus', async () => {
    await renderApp()
    const first = annotation({ id: 'n1' })
    act(() => notesActions.load('a1', '', [first]))
    mockApi.annotations.delete.mockResolvedValue(stored(first))
    mockApi.annotations.restore.mockResolvedValue(stored(first))
    await act(() => notesActions.remove('n1'))

    screen.getByLabelText('Memo').focus()
    await act(async () => send('undo'))
    expect(mockApi.annotations.restore).toHaveBeenCalledTimes(1)
    expect(useNotesStore.getState().annotations.map((a) => a.id)).toEqual(['n1'])
    await act(async () => send('redo'))
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(2)
    expect(useNotesStore.getState().annotations).toEqual([])
  })

  it('undoes the latest change whichever kind it is, annotation or library, and redoes in turn', async () => {
    await renderApp()
    const first = annotation({ id: 'n1' })
    act(() => notesActions.load('a1', '', [first]))
    mockApi.annotations.delete.mockResolvedValue(stored(first))
    mockApi.annotations.restore.mockResolvedValue(stored(first))
    const order: string[] = []
    historyActions.record({
      label: 'Case “Ports” created',
      undo: async () => void order.push('case undone'),
      redo: async () => void order.push('case redone'),
    })
    await act(() => notesActions.remove('n1'))
    mockApi.annotations.restore.mockImplementation(async () => {
      order.push('annotation restored')
      return stored(first)
    })
    ;(document.activeElement as HTMLElement | null)?.blur()
    const press = (init: KeyboardEventInit) =>
      act(async () => {
        window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
      })

    await press({ key: 'z', ctrlKey: true })
    await press({ key: 'z', ctrlKey: true })
    expect(order).toEqual(['annotation restored', 'case undone'])
    expect(screen.getByRole('status').textContent).toBe('Undone: Case “Ports” created.')
    await press({ key: 'z', ctrlKey: true })
    expect(order).toHaveLength(2)

    await press({ key: 'y', ctrlKey: true })
    expect(order).toEqual(['annotation restored', 'case undone', 'case redone'])
    await press({ key: 'y', ctrlKey: true })
    expect(mockApi.annotations.delete).toHaveBeenCalledTimes(2)
    expect(useNotesStore.getState().annotations).toEqual([])
  })

  it('opens the article that was open last time, if it is still in the library', async () => {
    localStorage.setItem(LAST_ARTICLE_STORAGE_KEY, 'a2')
    mockLibrary([summary(), summary({ id: 'a2', title: 'Second' })])
    mockApi.articles.open.mockResolvedValue({
      article: article({ id: 'a2', title: 'Second' }),
      annotations: [],
    })
    await renderApp()
    expect(mockApi.articles.open).toHaveBeenCalledWith('a2', FIRST_PART_CHARS)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Second')
    expect(useLibraryStore.getState().selectedId).toBe('a2')
  })

  it('forgets a last article that is gone, and remembers the one chosen next', async () => {
    localStorage.setItem(LAST_ARTICLE_STORAGE_KEY, 'deleted')
    mockLibrary([summary()])
    mockApi.articles.open.mockResolvedValue({ article: article(), annotations: [] })
    await renderApp()
    expect(mockApi.articles.open).not.toHaveBeenCalled()
    expect(localStorage.getItem(LAST_ARTICLE_STORAGE_KEY)).toBeNull()
    await act(async () => screen.getByRole('button', { name: /Port strike ends/ }).click())
    expect(localStorage.getItem(LAST_ARTICLE_STORAGE_KEY)).toBe('a1')
  })
})
