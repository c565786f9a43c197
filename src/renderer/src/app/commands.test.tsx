// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Command } from '../../../shared/ipc/contract'
import { App } from '../App'
import { initialLibraryState, useLibraryStore } from '../features/library/store/state'
import { notesActions } from '../features/notes/store/actions'
import { initialNotesState, useNotesStore } from '../features/notes/store/state'
import { annotation, mockApi, resetMockApi, stored } from '../test/mockApi'

vi.mock('../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/api')>()),
  api: (await import('../test/mockApi')).mockApi,
}))

let send: (command: Command) => void = () => {}

beforeEach(() => {
  resetMockApi()
  useLibraryStore.setState(initialLibraryState, true)
  useNotesStore.setState(initialNotesState, true)
  mockApi.articles.list.mockResolvedValue([])
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
  it('loads the library on start and shows the three regions', async () => {
    await renderApp()
    expect(mockApi.articles.list).toHaveBeenCalled()
    for (const name of ['Library', 'Reader', 'Notes'])
      expect(screen.getByRole('region', { name })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Open the sample article' })).toBeTruthy()
  })

  it('runs menu commands', async () => {
    await renderApp()
    mockApi.articles.importDialog.mockResolvedValue([])
    await act(async () => send('import'))
    expect(mockApi.articles.importDialog).toHaveBeenCalledTimes(1)
    await act(async () => send('refresh'))
    expect(mockApi.articles.list).toHaveBeenCalledTimes(3)
    act(() => send('find'))
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Filter articles' }))

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
})
