// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Command } from '../../../../../shared/ipc/contract'
import { SHORTCUT_GROUPS, SHORTCUTS } from '../../../../../shared/shortcuts'
import { App } from '../../../App'
import { press } from '../../../test/keyboard'
import { mockApi, mockLibrary, resetMockApi } from '../../../test/mockApi'
import { initialHelpState, useHelpStore } from '../store/state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

let send: (command: Command) => void = () => {}

beforeEach(() => {
  resetMockApi()
  useHelpStore.setState(initialHelpState, true)
  mockLibrary([])
  mockApi.onCommand.mockImplementation((listener: (command: Command) => void) => {
    send = listener
    return () => {}
  })
})
afterEach(cleanup)

describe('the Keyboard Shortcuts dialog', () => {
  it('opens with ?, lists every shortcut of the table by group, and closes with Escape, focus going back', async () => {
    await act(async () => {
      render(<App />)
    })
    const opener = screen.getByRole('button', { name: 'Shortcuts' })
    opener.focus()
    await press(opener, { key: '?', shiftKey: true })
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(dialog.contains(document.activeElement)).toBe(true)

    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([...SHORTCUT_GROUPS])
    expect(dialog.querySelectorAll('tr[data-shortcut]')).toHaveLength(Object.keys(SHORTCUTS).length)
    const row = dialog.querySelector('tr[data-shortcut="toggle-side"]')!
    expect(row.textContent).toContain('Show or hide the notes, sources and claims pane')
    expect(row.querySelector('kbd')!.textContent).toBe('Ctrl+Shift+\\')
    const next = dialog.querySelector('tr[data-shortcut="sentence-next"]')!
    expect([...next.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['J', 'Alt+↓'])

    // While it is open, the window's keys are its own.
    await press(document.activeElement!, { key: '\\', code: 'Backslash', ctrlKey: true })
    expect(screen.getByRole('region', { name: 'Library' })).toBeTruthy()

    await press(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('opens from Help → Keyboard Shortcuts and from its button, not from ? typed in a field', async () => {
    await act(async () => {
      render(<App />)
    })
    const filter = screen.getByRole('textbox', { name: 'Filter articles' })
    filter.focus()
    await press(filter, { key: '?', shiftKey: true })
    expect(screen.queryByRole('dialog')).toBeNull()

    await act(async () => send('shortcuts'))
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy()
    await act(async () => screen.getByRole('button', { name: 'Close' }).click())
    expect(screen.queryByRole('dialog')).toBeNull()
    await act(async () => screen.getByRole('button', { name: 'Shortcuts' }).click())
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy()
  })

  it('keeps Tab inside the dialog', async () => {
    await act(async () => {
      render(<App />)
    })
    await act(async () => send('shortcuts'))
    const close = screen.getByRole('button', { name: 'Close' })
    const list = screen.getByRole('group', { name: 'Shortcuts list' })
    list.focus()
    await press(list, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
    await press(close, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(list)
  })
})
