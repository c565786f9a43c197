// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppEvent } from '../../../../../shared/ipc/contract'
import { ApiError } from '../../../lib/api'
import { mockApi, resetMockApi } from '../../../test/mockApi'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { exportActions, outcomeMessage } from './actions'
import { EXPORT_CHOICES_KEY } from './remembered'
import { initialExportState, useExportStore, type ScreenContext } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const FORMATS = [
  { format: 'md', label: 'Markdown', extension: 'md' },
  { format: 'json', label: 'Dossier JSON', extension: 'json' },
] as const
const nothingOnScreen: ScreenContext = { articleId: null, articleTitle: null, listedIds: [], caseId: null }

let progressListener: ((event: AppEvent) => void) | null = null

beforeEach(() => {
  resetMockApi()
  localStorage.clear()
  useExportStore.setState(initialExportState, true)
  useStatusStore.setState(initialStatusState, true)
  mockApi.export.formats.mockResolvedValue([...FORMATS])
  progressListener = null
  window.dossier = {
    onEvent: (listener: (event: AppEvent) => void) => {
      progressListener = listener
      return () => void (progressListener = null)
    },
  } as never
})
afterEach(() => {
  delete window.dossier
})

describe('exportActions.open', () => {
  it('starts on the open article, else on the case shown, else on the whole library', async () => {
    await exportActions.open({ ...nothingOnScreen, articleId: 'a1', articleTitle: 'Port', caseId: 'c1' })
    expect(useExportStore.getState().scope).toBe('article')
    await exportActions.open({ ...nothingOnScreen, caseId: 'c1' })
    expect(useExportStore.getState()).toMatchObject({ scope: 'case', caseId: 'c1' })
    await exportActions.open(nothingOnScreen)
    expect(useExportStore.getState().scope).toBe('library')
  })

  it('lists the formats main offers and remembers the format and options chosen last', async () => {
    await exportActions.open(nothingOnScreen)
    expect(useExportStore.getState().formats).toEqual(FORMATS)
    exportActions.setFormat('json')
    exportActions.setFolder(false)
    exportActions.setRows('sources')
    exportActions.close()
    useExportStore.setState(initialExportState, true)
    await exportActions.open(nothingOnScreen)
    expect(useExportStore.getState()).toMatchObject({ format: 'json', folder: false, rows: 'sources' })
    expect(JSON.parse(localStorage.getItem(EXPORT_CHOICES_KEY)!)).toMatchObject({
      format: 'json',
      folder: false,
      rows: 'sources',
    })
  })

  it('leaves out remembered rows no CSV has', async () => {
    localStorage.setItem(EXPORT_CHOICES_KEY, JSON.stringify({ format: 'csv', rows: 'paragraphs' }))
    await exportActions.open(nothingOnScreen)
    expect(useExportStore.getState().rows).toBe('annotations')
  })

  it('falls back to the first format offered when the remembered one is not offered', async () => {
    localStorage.setItem(EXPORT_CHOICES_KEY, JSON.stringify({ format: 'pdf' }))
    await exportActions.open(nothingOnScreen)
    expect(useExportStore.getState().format).toBe('md')
  })
})

describe('exportActions.run', () => {
  it('sends the chosen format, scope and options, shows progress, then the path in the status bar', async () => {
    let finish: (value: unknown) => void = () => undefined
    mockApi.export.run.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    await exportActions.open({ ...nothingOnScreen, caseId: 'c1' })
    exportActions.setFormat('json')
    const running = exportActions.run()
    expect(mockApi.export.run).toHaveBeenCalledWith({
      format: 'json',
      scope: { kind: 'case', caseId: 'c1' },
      options: { folder: true, rows: 'annotations' },
    })
    progressListener?.({ type: 'export-progress', done: 1, total: 3 })
    expect(useExportStore.getState()).toMatchObject({ running: true, progress: { done: 1, total: 3 } })
    finish({ status: 'written', path: '/tmp/harbour.json', articles: 3, folder: false })
    await running
    expect(useExportStore.getState()).toMatchObject({ open: false, running: false, progress: null })
    expect(useStatusStore.getState().messages).toEqual(['Exported 3 articles to /tmp/harbour.json'])
  })

  it('asks for a code before exporting by code, without calling main', async () => {
    await exportActions.open(nothingOnScreen)
    exportActions.setScope('code')
    await exportActions.run()
    expect(mockApi.export.run).not.toHaveBeenCalled()
    expect(useExportStore.getState().error).toBe('Choose a code to export.')
  })

  it('keeps the dialog open with the reason when the export fails', async () => {
    mockApi.export.run.mockRejectedValue(new ApiError('export-failed', 'Could not write the export to “/x”: denied.'))
    await exportActions.open(nothingOnScreen)
    await exportActions.run()
    expect(useExportStore.getState()).toMatchObject({
      open: true,
      running: false,
      error: 'Could not write the export to “/x”: denied.',
    })
    expect(useStatusStore.getState().alerts).toEqual(['Could not write the export to “/x”: denied.'])
  })

  it('sends Cancel once while running and reports that nothing was written', async () => {
    let finish: (value: unknown) => void = () => undefined
    mockApi.export.run.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    mockApi.export.cancel.mockResolvedValue(undefined)
    await exportActions.open(nothingOnScreen)
    const running = exportActions.run()
    await exportActions.cancel()
    await exportActions.cancel()
    expect(mockApi.export.cancel).toHaveBeenCalledTimes(1)
    expect(useExportStore.getState().cancelling).toBe(true)
    finish({ status: 'cancelled' })
    await running
    expect(useStatusStore.getState().messages).toEqual(['Export cancelled; nothing was written.'])
    expect(useExportStore.getState().open).toBe(true)
  })
})

describe('outcomeMessage', () => {
  it('says where a folder of notes went', () => {
    expect(outcomeMessage({ status: 'written', path: '/v', articles: 1, folder: true })).toBe(
      'Exported notes of 1 article into /v',
    )
  })
})
