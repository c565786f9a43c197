// @vitest-environment happy-dom
// The dialogs the menu opens from main: Help → About Dossier and Settings.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Command } from '../../../shared/ipc/contract'
import { App } from '../App'
import { initialHelpState, useHelpStore } from '../features/help/store/state'
import { initialSettingsState, useSettingsStore } from '../features/settings/store/state'
import { ApiError } from '../lib/api'
import { press } from '../test/keyboard'
import { mockApi, mockLibrary, resetMockApi } from '../test/mockApi'

vi.mock('../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/api')>()),
  api: (await import('../test/mockApi')).mockApi,
}))

let send: (command: Command) => void = () => {}
const DEFAULT = '/home/ana/.config/Dossier'

beforeEach(() => {
  resetMockApi()
  useHelpStore.setState(initialHelpState, true)
  useSettingsStore.setState(initialSettingsState, true)
  mockLibrary([])
  mockApi.settings.libraryLocation.mockResolvedValue({ folder: DEFAULT, defaultFolder: DEFAULT })
  mockApi.onCommand.mockImplementation((listener: (command: Command) => void) => {
    send = listener
    return () => {}
  })
})
afterEach(cleanup)

/** Starts the window and runs a menu command that opens a dialog; answers the dialog. */
async function openFromMenu(command: Command, name: string): Promise<HTMLElement> {
  await act(async () => {
    render(<App />)
  })
  await act(async () => send(command))
  return screen.getByRole('dialog', { name })
}

describe('About Dossier', () => {
  it('shows the version, the library folder and each bundled library with its licence', async () => {
    mockApi.app.about.mockResolvedValue({
      version: '0.1.0',
      libraryFolder: '/home/ana/.config/Dossier',
      licenses: [
        { name: 'dompurify', version: '3.5.0', license: '(MPL-2.0 OR Apache-2.0)' },
        { name: 'react', version: '19.3.1', license: 'MIT' },
      ],
    })
    const dialog = await openFromMenu('about', 'About Dossier')
    expect(within(dialog).getByText('0.1.0')).toBeTruthy()
    expect(within(dialog).getByText('/home/ana/.config/Dossier')).toBeTruthy()
    const rows = within(dialog).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.textContent)).toEqual([
      'dompurify3.5.0(MPL-2.0 OR Apache-2.0)',
      'react19.3.1MIT',
    ])
    expect(dialog.contains(document.activeElement)).toBe(true)
    await press(document.activeElement as HTMLElement, { key: 'Escape' })
    expect(screen.queryByRole('dialog', { name: 'About Dossier' })).toBeNull()
  })

  it('says when the build listed no libraries, and shows why About could not be read', async () => {
    mockApi.app.about.mockResolvedValue({ version: '0.1.0', libraryFolder: '/x', licenses: [] })
    const dialog = await openFromMenu('about', 'About Dossier')
    expect(within(dialog).getByText(/This build has no list of its libraries/)).toBeTruthy()
    cleanup()
    mockApi.app.about.mockRejectedValue(new ApiError('internal', 'Only the desktop app can answer this.'))
    const failed = await openFromMenu('about', 'About Dossier')
    expect(within(failed).getByRole('alert').textContent).toBe('Only the desktop app can answer this.')
  })
})

describe('Settings → Library location', () => {
  it('shows where the library is, moves it to the folder chosen and lists the library again', async () => {
    const dialog = await openFromMenu('settings', 'Settings')
    expect(within(dialog).getByText(DEFAULT)).toBeTruthy()
    expect(within(dialog).getByText('(the default)')).toBeTruthy()
    mockApi.settings.moveLibrary.mockResolvedValue({ folder: '/data/Dossier', defaultFolder: DEFAULT })
    const loadsBefore = mockApi.articles.listRows.mock.calls.length
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Move Library…' })))
    expect(within(dialog).getByRole('status').textContent).toBe('The library is now in “/data/Dossier”.')
    expect(within(dialog).getByText('/data/Dossier')).toBeTruthy()
    expect(within(dialog).queryByText('(the default)')).toBeNull()
    expect(mockApi.articles.listRows.mock.calls.length).toBeGreaterThan(loadsBefore)
  })

  it('changes nothing when the folder dialog is cancelled, and shows why a move failed', async () => {
    const dialog = await openFromMenu('settings', 'Settings')
    mockApi.settings.moveLibrary.mockResolvedValue(null)
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Move Library…' })))
    expect(within(dialog).queryByRole('status')).toBeNull()
    expect(within(dialog).getByText(DEFAULT)).toBeTruthy()
    const why = `The library could not be moved to “/full”: ENOSPC: no space left on device. It stays in “${DEFAULT}”.`
    mockApi.settings.moveLibrary.mockRejectedValue(new ApiError('settings-failed', why))
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Move Library…' })))
    expect(within(dialog).getByRole('alert').textContent).toBe(why)
    expect(within(dialog).getByText(DEFAULT)).toBeTruthy()
  })
})
