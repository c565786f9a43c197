// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockApi, resetMockApi } from '../../../test/mockApi'
import { exportActions } from '../store/actions'
import { EXPORT_CHOICES_KEY } from '../store/remembered'
import { initialExportState, useExportStore, type ScreenContext } from '../store/state'
import { ExportDialog } from './ExportDialog'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const FORMATS = [
  { format: 'md', label: 'Markdown', extension: 'md' },
  { format: 'csv', label: 'CSV', extension: 'csv' },
] as const
const nothingOnScreen: ScreenContext = { articleId: null, articleTitle: null, listedIds: [], caseId: null }

beforeEach(() => {
  resetMockApi()
  localStorage.clear()
  useExportStore.setState(initialExportState, true)
  mockApi.export.formats.mockResolvedValue([...FORMATS])
  mockApi.export.run.mockResolvedValue(null)
})
afterEach(cleanup)

async function openDialog(): Promise<void> {
  await act(async () => {
    await exportActions.open(nothingOnScreen)
    render(<ExportDialog />)
  })
}

const rowsGroup = () => screen.queryByRole('group', { name: 'Rows' })

describe('the Export dialog’s rows of a CSV', () => {
  it('offers highlights, claims and sources for a CSV only, highlights first chosen', async () => {
    await openDialog()
    expect(rowsGroup()).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: /^CSV/ }))
    const radios = within(rowsGroup()!).getAllByRole('radio') as HTMLInputElement[]
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['annotations', true],
      ['claims', false],
      ['sources', false],
    ])
    expect(within(rowsGroup()!).getByRole('radio', { name: /^Claims/ })).toBeTruthy()
  })

  it('sends the rows chosen with the export and chooses them again next time', async () => {
    await openDialog()
    fireEvent.click(screen.getByRole('radio', { name: /^CSV/ }))
    fireEvent.click(within(rowsGroup()!).getByRole('radio', { name: /^Claims/ }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export…' }))
    })
    expect(mockApi.export.run).toHaveBeenCalledWith({
      format: 'csv',
      scope: { kind: 'library' },
      options: { folder: true, rows: 'claims' },
    })
    expect(JSON.parse(localStorage.getItem(EXPORT_CHOICES_KEY)!)).toMatchObject({
      format: 'csv',
      rows: 'claims',
    })

    cleanup()
    useExportStore.setState(initialExportState, true)
    await openDialog()
    expect((within(rowsGroup()!).getByRole('radio', { name: /^Claims/ }) as HTMLInputElement).checked).toBe(
      true,
    )
  })
})
