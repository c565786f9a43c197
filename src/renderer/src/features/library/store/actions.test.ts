// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../lib/api'
import type { Case } from '../../../../../shared/model/case'
import { article, mockApi, mockLibrary, resetMockApi, rowOf, summary } from '../../../test/mockApi'
import { initialCasesState, useCasesStore } from '../../cases/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { FIRST_ROWS, libraryActions } from './actions'
import { initialLibraryState, useLibraryStore } from './state'
import { FIRST_PART_CHARS } from '../../reader/store/actions'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const iran: Case = { id: 'c1', name: 'Iran', createdAt: 'x', updatedAt: 'x', articles: 1 }

beforeEach(() => {
  resetMockApi()
  useLibraryStore.setState(initialLibraryState, true)
  useCasesStore.setState(initialCasesState, true)
  useReaderStore.setState(initialReaderState, true)
  useStatusStore.setState(initialStatusState, true)
})

describe('libraryActions.load', () => {
  it('lists every article from the rows of the list, asking for the cases at the same time', async () => {
    mockLibrary([summary()])
    let answerCases = (_: unknown) => {}
    mockApi.cases.list.mockImplementation(() => new Promise((resolve) => (answerCases = resolve)))
    const loading = libraryActions.load()
    expect(mockApi.articles.listRows).toHaveBeenCalledWith({ sort: 'published', direction: 'desc', limit: FIRST_ROWS })
    answerCases({ cases: [], all: 1, unfiled: 1 })
    await loading
    expect(useLibraryStore.getState()).toMatchObject({ articles: [summary()], loaded: true, loading: false })
    expect(useCasesStore.getState()).toMatchObject({ rows: [rowOf(summary())], all: 1 })
    // Fewer rows than were asked for: that was the whole library.
    expect(mockApi.articles.listRows).toHaveBeenCalledTimes(1)
    expect(mockApi.articles.list).not.toHaveBeenCalled()
  })

  it('at launch shows the first rows, then the whole list; later loads ask for the whole list at once', async () => {
    const first = Array.from({ length: FIRST_ROWS }, (_, i) => rowOf(summary({ id: `a${i}` })))
    const whole = [...first, rowOf(summary({ id: 'last', title: 'The last one' }))]
    let answerRest = (_: unknown) => {}
    mockApi.cases.list.mockResolvedValue({ cases: [], all: whole.length, unfiled: whole.length })
    mockApi.articles.listRows
      .mockResolvedValueOnce(first)
      .mockImplementationOnce(() => new Promise((resolve) => (answerRest = resolve)))
    const loading = libraryActions.load()
    await vi.waitFor(() => expect(mockApi.articles.listRows).toHaveBeenCalledTimes(2))
    // The first rows are on show while the rest is on its way.
    expect(useLibraryStore.getState().loaded).toBe(true)
    expect(useCasesStore.getState().rows).toHaveLength(FIRST_ROWS)
    answerRest(whole)
    await loading
    expect(useCasesStore.getState().rows).toEqual(whole)
    expect(useLibraryStore.getState().articles.at(-1)?.title).toBe('The last one')
    mockApi.articles.listRows.mockResolvedValue(whole)
    await libraryActions.load()
    expect(mockApi.articles.listRows.mock.calls.map(([query]) => query.limit)).toEqual([FIRST_ROWS, undefined, undefined])
  })

  it('keeps the list shown when fetching it again fails, and says why', async () => {
    useLibraryStore.setState({ loaded: true, articles: [summary()] })
    mockApi.articles.listRows.mockRejectedValue(new ApiError('internal', 'The library could not be read.'))
    await libraryActions.load()
    expect(useLibraryStore.getState()).toMatchObject({ loaded: true, articles: [summary()] })
    expect(useStatusStore.getState().alerts).toEqual(['The library could not be read.'])
  })

  it('asks for the article list too while a case narrows the list', async () => {
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 2, unfiled: 1 })
    mockApi.articles.listRows.mockResolvedValue([rowOf(summary())])
    mockApi.articles.list.mockResolvedValue([summary(), summary({ id: 'a2', title: 'Elsewhere' })])
    useCasesStore.setState({ scope: { kind: 'case', id: iran.id } })
    await libraryActions.load()
    expect(useLibraryStore.getState().articles.map((a) => a.title)).toEqual(['Port strike ends', 'Elsewhere'])
    expect(useCasesStore.getState().rows).toEqual([rowOf(summary())])
  })

  it('keeps the error message when the list cannot be fetched', async () => {
    mockApi.articles.listRows.mockRejectedValue(new ApiError('internal', 'The library could not be read.'))
    await libraryActions.load()
    expect(useLibraryStore.getState()).toMatchObject({
      loadError: 'The library could not be read.',
      loaded: false,
    })
  })
})

describe('imports', () => {
  it('reports each result, then selects and opens the first imported article', async () => {
    mockApi.articles.importDialog.mockResolvedValue([
      { file: 'old.html', status: 'duplicate', id: 'a0', title: 'Old' },
      { file: 'new.html', status: 'imported', id: 'a2', title: 'New story' },
      {
        file: 'bad.pdf',
        status: 'failed',
        id: null,
        title: null,
        error: '“bad.pdf” is not a format Dossier can read.',
      },
    ])
    mockLibrary([
      summary({ id: 'a0' }),
      summary({ id: 'a2', title: 'New story' }),
    ])
    mockApi.articles.open.mockResolvedValue({ article: article({ id: 'a2' }), annotations: [] })

    await libraryActions.importDialog()

    expect(useStatusStore.getState().messages).toEqual([
      '“old.html” is already in your library',
      'Imported “New story”',
    ])
    expect(useStatusStore.getState().alerts).toEqual(['“bad.pdf” is not a format Dossier can read.'])
    expect(useLibraryStore.getState()).toMatchObject({ selectedId: 'a2', importing: false })
    expect(mockApi.articles.open).toHaveBeenCalledWith('a2', FIRST_PART_CHARS)
    expect(useReaderStore.getState().article?.id).toBe('a2')
  })

  it('selects a duplicate when nothing new was imported', async () => {
    mockApi.articles.importSample.mockResolvedValue({
      file: 'sample.html',
      status: 'duplicate',
      id: 'a1',
      title: 'S',
    })
    mockLibrary([summary()])
    mockApi.articles.open.mockResolvedValue({ article: article(), annotations: [] })
    await libraryActions.importSample()
    expect(useLibraryStore.getState().selectedId).toBe('a1')
    expect(useStatusStore.getState().messages).toEqual(['“sample.html” is already in your library'])
  })

  it('does nothing visible when the dialog is cancelled', async () => {
    mockApi.articles.importDialog.mockResolvedValue([])
    mockLibrary([])
    await libraryActions.importDialog()
    expect(useStatusStore.getState()).toEqual(initialStatusState)
    expect(mockApi.articles.open).not.toHaveBeenCalled()
  })

  it('sends dropped files as bytes', async () => {
    mockApi.articles.importFiles.mockResolvedValue([
      { file: 'a.md', status: 'imported', id: 'a1', title: 'A' },
    ])
    mockLibrary([summary()])
    mockApi.articles.open.mockResolvedValue({ article: article(), annotations: [] })
    const file = new File(['# A\n\nbody'], 'a.md', { type: 'text/markdown' })
    await libraryActions.importFiles([file])
    const [files] = mockApi.articles.importFiles.mock.calls[0]
    expect(files).toHaveLength(1)
    expect(files[0].name).toBe('a.md')
    expect(files[0].bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(files[0].bytes)).toBe('# A\n\nbody')
    expect(useStatusStore.getState().messages).toEqual(['Imported “A”'])
  })

  it('shows a failed import call as an alert', async () => {
    mockApi.articles.importDialog.mockRejectedValue(new ApiError('import-failed', 'The import stopped.'))
    await libraryActions.importDialog()
    expect(useStatusStore.getState().alerts).toEqual(['The import stopped.'])
    expect(useLibraryStore.getState().importing).toBe(false)
  })
})

describe('importFolder', () => {
  it('shows progress from main while it runs, then a summary and every failure', async () => {
    let emit: (event: unknown) => void = () => {}
    window.dossier = { onEvent: (l: (e: unknown) => void) => ((emit = l), () => (emit = () => {})) } as never
    let seenProgress: unknown = null
    mockApi.articles.importFolderDialog.mockImplementation(async () => {
      emit({ type: 'import-progress', done: 1, total: 3, current: 'b/two.html', failed: 1 })
      seenProgress = useLibraryStore.getState().progress
      return {
        folder: '/saved',
        cancelled: false,
        truncated: false,
        results: [
          { file: 'one.pdf', status: 'failed', id: null, title: null, error: 'Could not import “one.pdf”: damaged.' },
          { file: 'two.html', status: 'imported', id: 'a2', title: 'Two' },
          { file: 'three.md', status: 'duplicate', id: 'a1', title: 'Three' },
        ],
      }
    })
    mockLibrary([summary({ id: 'a2' })])
    mockApi.articles.open.mockResolvedValue({ article: article({ id: 'a2' }), annotations: [] })

    await libraryActions.importFolder()

    expect(seenProgress).toEqual({ done: 1, total: 3, current: 'b/two.html', failed: 1 })
    expect(useStatusStore.getState().messages).toEqual([
      'Folder import finished: imported 1 article, 1 file already in the library, 1 file failed.',
    ])
    expect(useStatusStore.getState().alerts).toEqual(['Could not import “one.pdf”: damaged.'])
    expect(useLibraryStore.getState()).toMatchObject({ importing: false, progress: null, selectedId: 'a2' })
    delete window.dossier
  })

  it('asks main to cancel only while a folder import is running', async () => {
    await libraryActions.cancelImport()
    expect(mockApi.articles.cancelImport).not.toHaveBeenCalled()
    useLibraryStore.setState({ importing: true, progress: { done: 0, total: 5, current: 'a.html', failed: 0 } })
    mockApi.articles.cancelImport.mockResolvedValue(undefined)
    await libraryActions.cancelImport()
    await libraryActions.cancelImport()
    expect(mockApi.articles.cancelImport).toHaveBeenCalledTimes(1)
    expect(useLibraryStore.getState().cancelling).toBe(true)
  })
})

describe('files opened from the OS', () => {
  it('reports what each became and opens the article, even while an import of the window runs', async () => {
    useLibraryStore.setState({ importing: true })
    mockApi.app.takeOpenedFiles.mockResolvedValue([
      { file: 'report.pdf', status: 'imported', id: 'a7', title: 'The report' },
      { file: 'tool.txt', status: 'failed', id: null, title: null, error: '“tool.txt” is empty.' },
    ])
    mockLibrary([summary({ id: 'a7', title: 'The report' })])
    mockApi.articles.open.mockResolvedValue({ article: article({ id: 'a7' }), annotations: [] })

    await libraryActions.takeOpenedFiles()

    expect(useStatusStore.getState().messages).toEqual(['Imported “The report”'])
    expect(useStatusStore.getState().alerts).toEqual(['“tool.txt” is empty.'])
    expect(useReaderStore.getState().article?.id).toBe('a7')
    expect(useLibraryStore.getState().importing).toBe(true)
  })

  it('does nothing when no file was opened', async () => {
    await libraryActions.takeOpenedFiles()
    expect(mockApi.articles.listRows).not.toHaveBeenCalled()
    expect(useStatusStore.getState().messages).toEqual([])
  })
})
