// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Command } from '../../../../../shared/ipc/contract'
import { App } from '../../../App'
import { initialCasesState, useCasesStore } from '../../cases/store/state'
import { initialHelpState, useHelpStore } from '../../help/store/state'
import { DEFAULT_WIDTHS } from '../../layout/store/selectors'
import { initialLayoutState, useLayoutStore } from '../../layout/store/state'
import { press } from '../../../test/keyboard'
import { mockApi, mockLibrary, resetMockApi, summary } from '../../../test/mockApi'
import { useWorkspaceStore } from '../../workspace/store/state'
import { initialPaletteState, usePaletteStore } from '../store/state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

let send: (command: Command) => void = () => {}

beforeEach(() => {
  resetMockApi()
  // A window wide enough for all three panes (narrower ones collapse the side pane).
  Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true })
  useLayoutStore.setState({ ...initialLayoutState, widths: DEFAULT_WIDTHS, viewport: 1400 }, true)
  useHelpStore.setState(initialHelpState, true)
  usePaletteStore.setState(initialPaletteState, true)
  useCasesStore.setState(initialCasesState, true)
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

const field = () => screen.getByRole('combobox', { name: 'Command' })
const palette = () => within(screen.getByRole('dialog', { name: 'Command palette' }))
const options = () => palette().getAllByRole('option')
const selected = () => palette().getAllByRole('option', { selected: true })

describe('the command palette', () => {
  it('opens with Ctrl+K even in a text field, lists the available commands by group with their keys', async () => {
    mockLibrary([summary()])
    await renderApp()
    const search = within(screen.getByRole('search')).getByRole('searchbox')
    search.focus()
    await press(search, { key: 'k', ctrlKey: true })
    const dialog = screen.getByRole('dialog', { name: 'Command palette' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.activeElement).toBe(field())

    // Each group once, under its heading, in the order of the command list.
    const headings = within(dialog)
      .getAllByRole('group')
      .map((g) => g.firstElementChild?.textContent)
    expect(headings.slice(0, 3)).toEqual(['Library', 'Search', 'Edit'])
    expect(headings).toContain('Help')
    expect(new Set(headings).size).toBe(headings.length)
    // No article is open: finding in it is not offered, nor exporting its notes.
    expect(dialog.querySelector('[data-command="find"]')).toBeNull()
    expect(dialog.querySelector('[data-command="export-md"]')).toBeNull()
    const reload = dialog.querySelector('[data-command="refresh"]')!
    expect(reload.textContent).toContain('Reload the library')
    expect(reload.querySelector('kbd')!.textContent).toBe('F5')
    expect(field().getAttribute('aria-activedescendant')).toBe(options()[0].id)
  })

  it('filters as you type, moves with the arrows, Home and End, and runs the command with Enter', async () => {
    await renderApp()
    send('palette')
    await act(async () => {})
    fireEvent.change(field(), { target: { value: 'hide' } })
    expect(options().map((o) => o.dataset.command)).toEqual(['toggle-library', 'toggle-side'])
    expect(selected().map((o) => o.dataset.command)).toEqual(['toggle-library'])
    await press(field(), { key: 'ArrowDown' })
    expect(selected().map((o) => o.dataset.command)).toEqual(['toggle-side'])
    expect(field().getAttribute('aria-activedescendant')).toBe(selected()[0].id)
    await press(field(), { key: 'ArrowDown' })
    expect(selected().map((o) => o.dataset.command)).toEqual(['toggle-library'])
    await press(field(), { key: 'End' })
    expect(selected().map((o) => o.dataset.command)).toEqual(['toggle-side'])
    await press(field(), { key: 'Home' })
    await press(field(), { key: 'ArrowUp' })
    expect(selected().map((o) => o.dataset.command)).toEqual(['toggle-side'])

    expect(screen.getByRole('region', { name: 'Notes' })).toBeTruthy()
    await press(field(), { key: 'Enter' })
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Notes' })).toBeNull()
  })

  it('says when nothing matches, closes with Escape giving the focus back, and lists the last used first', async () => {
    await renderApp()
    const opener = screen.getByRole('button', { name: 'Shortcuts' })
    opener.focus()
    await press(opener, { key: 'k', ctrlKey: true })
    fireEvent.change(field(), { target: { value: 'qqqq' } })
    expect(palette().queryAllByRole('option')).toHaveLength(0)
    expect(within(screen.getByRole('dialog')).getByRole('status').textContent).toBe(
      'No command matches “qqqq”.',
    )
    await press(field(), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)

    await press(opener, { key: 'k', ctrlKey: true })
    fireEvent.change(field(), { target: { value: 'keyboard shortcuts' } })
    await act(async () => fireEvent.click(options()[0]))
    expect(useHelpStore.getState().shortcutsOpen).toBe(true)
    useHelpStore.setState({ shortcutsOpen: false })
    await act(async () => {})

    await press(document.body, { key: 'k', ctrlKey: true })
    const first = within(screen.getByRole('dialog')).getAllByRole('group')[0]
    expect(first.firstElementChild?.textContent).toBe('Recently used')
    expect(
      within(first)
        .getAllByRole('option')
        .map((o) => o.dataset.command),
    ).toEqual(['shortcuts'])
    // Ctrl+K again closes it.
    await press(field(), { key: 'k', ctrlKey: true })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('offers renaming and deleting the case shown only while one is shown, and opens the Tags view', async () => {
    const iran = { id: 'c1', name: 'Iran', createdAt: 'x', updatedAt: 'x', articles: 0 }
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 0, unfiled: 0 })
    await renderApp()
    send('palette')
    await act(async () => {})
    fireEvent.change(field(), { target: { value: 'case' } })
    expect(options().map((o) => o.dataset.command)).toContain('new-case')
    expect(options().map((o) => o.dataset.command)).not.toContain('rename-case')
    await press(field(), { key: 'Escape' })

    useCasesStore.setState({ scope: { kind: 'case', id: 'c1' } })
    send('palette')
    await act(async () => {})
    fireEvent.change(field(), { target: { value: 'case' } })
    expect(
      options()
        .map((o) => o.dataset.command)
        .slice(0, 3),
    ).toEqual(['new-case', 'rename-case', 'delete-case'])
    await act(async () => fireEvent.click(palette().getByRole('option', { name: 'Delete the case shown…' })))
    expect(useCasesStore.getState().confirmingDelete).toBe('c1')
    expect(mockApi.cases.delete).not.toHaveBeenCalled()

    send('palette')
    await act(async () => {})
    fireEvent.change(field(), { target: { value: 'tags' } })
    await press(field(), { key: 'Enter' })
    expect(useWorkspaceStore.getState().view).toBe('tags')
  })
})
