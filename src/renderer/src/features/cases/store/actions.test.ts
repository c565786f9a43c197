// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleListRow } from '../../../../../shared/model/articleList'
import type { Case } from '../../../../../shared/model/case'
import { ApiError } from '../../../lib/api'
import { mockApi, resetMockApi, summary } from '../../../test/mockApi'
import { historyActions } from '../../history/store/actions'
import { initialHistoryState, useHistoryStore } from '../../history/store/state'
import { initialLibraryState, useLibraryStore } from '../../library/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { casesActions } from './actions'
import { initialCasesState, useCasesStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const iran: Case = { id: 'c1', name: 'Iran', createdAt: 'x', updatedAt: 'x', articles: 1 }
const row = (id: string, title = id): ArticleListRow => ({
  id,
  title,
  publisher: null,
  published: null,
  importedAt: '2026-01-01T00:00:00Z',
  fileName: `${id}.txt`,
  format: 'text',
  notes: 0,
  claimsChecked: 0,
})

beforeEach(() => {
  resetMockApi()
  useCasesStore.setState(initialCasesState, true)
  useLibraryStore.setState(initialLibraryState, true)
  useStatusStore.setState(initialStatusState, true)
  mockApi.articles.listRows.mockResolvedValue([])
})

describe('casesActions.refresh', () => {
  it('fetches the cases with their counts and the list of the scope chosen', async () => {
    useCasesStore.setState({ scope: { kind: 'case', id: 'c1' }, sort: 'title' })
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 3, unfiled: 2 })
    mockApi.articles.listRows.mockResolvedValue([row('a1')])
    await casesActions.refresh()
    expect(useCasesStore.getState()).toMatchObject({ cases: [iran], all: 3, unfiled: 2, rows: [row('a1')] })
    expect(mockApi.articles.listRows).toHaveBeenCalledWith({ sort: 'title', direction: 'asc', caseId: 'c1' })
  })

  it('goes back to all articles when the case shown is gone', async () => {
    useCasesStore.setState({ scope: { kind: 'case', id: 'gone' } })
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 3, unfiled: 2 })
    // Asked beside the cases, the gone case's list is refused; the list of all articles follows.
    mockApi.articles.listRows
      .mockRejectedValueOnce(new ApiError('not-found', 'That case is no longer in your library.'))
      .mockResolvedValueOnce([row('a1')])
    await casesActions.refresh()
    expect(useCasesStore.getState()).toMatchObject({ scope: { kind: 'all' }, rows: [row('a1')] })
    expect(mockApi.articles.listRows).toHaveBeenLastCalledWith({ sort: 'published', direction: 'desc' })
    expect(useStatusStore.getState().alerts).toEqual([])
  })

  it('asks for the list without waiting for the cases, and says why when either fails', async () => {
    mockApi.cases.list.mockImplementation(() => new Promise(() => {}))
    void casesActions.refresh()
    expect(mockApi.articles.listRows).toHaveBeenCalledWith({ sort: 'published', direction: 'desc' })
    mockApi.cases.list.mockRejectedValue(new ApiError('internal', 'The cases could not be read.'))
    await casesActions.refresh()
    expect(useStatusStore.getState().alerts).toEqual(['The cases could not be read.'])
  })

  it('keeps the newest list when an older answer arrives late', async () => {
    let answerOld: (rows: ArticleListRow[]) => void = () => {}
    mockApi.articles.listRows.mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
    mockApi.articles.listRows.mockResolvedValueOnce([row('new')])
    const old = casesActions.loadRows()
    await casesActions.choose({ kind: 'unfiled' })
    answerOld([row('old')])
    await old
    expect(useCasesStore.getState().rows).toEqual([row('new')])
  })
})

describe('naming cases', () => {
  it('creates a case and shows it; a refused name keeps the field open with the reason', async () => {
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 0, unfiled: 0 })
    casesActions.startCreate()
    mockApi.cases.create.mockRejectedValueOnce(
      new ApiError('invalid-request', 'There is already a case called “Iran”.'),
    )
    expect(await casesActions.submitName('iran')).toBe(false)
    expect(useCasesStore.getState()).toMatchObject({
      editing: { mode: 'create' },
      editError: 'There is already a case called “Iran”.',
    })
    const gaza = { ...iran, id: 'c2', name: 'Gaza', articles: 0 }
    mockApi.cases.create.mockResolvedValueOnce(gaza)
    mockApi.cases.list.mockResolvedValue({ cases: [gaza, iran], all: 0, unfiled: 0 })
    expect(await casesActions.submitName('Gaza')).toBe(true)
    expect(mockApi.cases.create).toHaveBeenLastCalledWith('Gaza')
    expect(useCasesStore.getState()).toMatchObject({
      editing: null,
      editError: null,
      scope: { kind: 'case', id: 'c2' },
    })
    expect(useStatusStore.getState().messages).toEqual(['Created the case “Gaza”.'])
  })

  it('renames the case being renamed; cancelling clears the error', async () => {
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 0, unfiled: 0 })
    casesActions.startRename('c1')
    mockApi.cases.rename.mockResolvedValue({ ...iran, name: 'Iran talks' })
    expect(await casesActions.submitName('Iran talks')).toBe(true)
    expect(mockApi.cases.rename).toHaveBeenCalledWith('c1', 'Iran talks')
    expect(useStatusStore.getState().messages).toEqual(['Renamed the case to “Iran talks”.'])
    useCasesStore.setState({ editing: { mode: 'create' }, editError: 'x' })
    casesActions.cancelEdit()
    expect(useCasesStore.getState()).toMatchObject({ editing: null, editError: null })
  })
})

describe('deleting a case', () => {
  it('asks first, then deletes, shows all articles and says they stay', async () => {
    useCasesStore.setState({ cases: [iran], scope: { kind: 'case', id: 'c1' } })
    mockApi.cases.list.mockResolvedValue({ cases: [], all: 2, unfiled: 2 })
    mockApi.cases.delete.mockResolvedValue({ ...iran, articles: 2 })
    await casesActions.confirmDelete()
    expect(mockApi.cases.delete).not.toHaveBeenCalled()
    casesActions.askDelete('c1')
    expect(useCasesStore.getState().confirmingDelete).toBe('c1')
    await casesActions.confirmDelete()
    expect(mockApi.cases.delete).toHaveBeenCalledWith('c1')
    expect(useCasesStore.getState()).toMatchObject({
      confirmingDelete: null,
      scope: { kind: 'all' },
      cases: [],
    })
    expect(useStatusStore.getState().messages).toEqual([
      'Deleted the case “Iran”. Its articles stay in the library.',
    ])
  })
})

describe('putting articles in cases', () => {
  beforeEach(() => {
    useCasesStore.setState({ cases: [iran] })
    useLibraryStore.setState({
      articles: [summary({ id: 'a1', title: 'Port strike ends' })],
      selectedId: 'a1',
    })
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 1, unfiled: 0 })
  })

  it('adds the article and says so, or says it was already there', async () => {
    mockApi.cases.addArticles.mockResolvedValueOnce(1).mockResolvedValueOnce(0)
    await casesActions.addToCase('c1', 'a1')
    expect(mockApi.cases.addArticles).toHaveBeenCalledWith('c1', ['a1'])
    expect(useStatusStore.getState().messages).toEqual(['Added “Port strike ends” to “Iran”.'])
    await casesActions.addToCase('c1', 'a1')
    expect(useStatusStore.getState().messages).toEqual(['“Port strike ends” is already in “Iran”.'])
    expect(mockApi.cases.list).toHaveBeenCalledTimes(2)
  })

  it('shows the reason when the article could not be added', async () => {
    mockApi.cases.addArticles.mockRejectedValue(
      new ApiError('not-found', 'That article is no longer in your library.'),
    )
    await casesActions.addToCase('c1', 'a1')
    expect(useStatusStore.getState().alerts).toEqual(['That article is no longer in your library.'])
  })

  it('opens the Add to case menu only for a selected article and closes it on adding', async () => {
    useLibraryStore.setState({ selectedId: null })
    casesActions.openAddMenu()
    expect(useCasesStore.getState().addMenuOpen).toBe(false)
    useLibraryStore.setState({ selectedId: 'a1' })
    casesActions.openAddMenu()
    expect(useCasesStore.getState().addMenuOpen).toBe(true)
    mockApi.cases.addArticles.mockResolvedValue(1)
    await casesActions.addToCase('c1', 'a1')
    expect(useCasesStore.getState().addMenuOpen).toBe(false)
  })

  it('takes an article out of a case', async () => {
    mockApi.cases.removeArticles.mockResolvedValue(1)
    await casesActions.removeFromCase('c1', 'a1')
    expect(mockApi.cases.removeArticles).toHaveBeenCalledWith('c1', ['a1'])
    expect(useStatusStore.getState().messages).toEqual(['Took “Port strike ends” out of “Iran”.'])
  })

  it('lists in the order chosen', async () => {
    await casesActions.setSort('publisher')
    expect(useCasesStore.getState().sort).toBe('publisher')
    expect(mockApi.articles.listRows).toHaveBeenLastCalledWith({ sort: 'publisher', direction: 'asc' })
  })
})

describe('undoing changes to cases', () => {
  const gaza: Case = { ...iran, id: 'c2', name: 'Gaza', articles: 0 }
  const deletedIran = { ...iran, members: [{ articleId: 'a1', addedAt: 'x' }] }
  const label = () =>
    useHistoryStore.getState().undoStack.map((e) => (e.lane === 'library' ? e.step.label : e.lane))

  beforeEach(() => {
    useHistoryStore.setState(initialHistoryState, true)
    useCasesStore.setState({ cases: [iran] })
    mockApi.cases.list.mockResolvedValue({ cases: [iran], all: 1, unfiled: 0 })
    useLibraryStore.setState({ articles: [summary({ id: 'a1', title: 'Port strike ends' })] })
  })

  it('undoes creating a case by deleting it, and redoes it by putting that same case back', async () => {
    casesActions.startCreate()
    mockApi.cases.create.mockResolvedValue(gaza)
    await casesActions.submitName('Gaza')
    expect(label()).toEqual(['Case “Gaza” created'])
    const deletedGaza = { ...gaza, members: [] }
    mockApi.cases.delete.mockResolvedValue(deletedGaza)
    expect(await historyActions.step('undo')).toBe(true)
    expect(mockApi.cases.delete).toHaveBeenCalledWith('c2')
    mockApi.cases.restore.mockResolvedValue(gaza)
    expect(await historyActions.step('redo')).toBe(true)
    expect(mockApi.cases.restore).toHaveBeenCalledWith(deletedGaza)
    expect(mockApi.cases.create).toHaveBeenCalledTimes(1)
  })

  it('undoes and redoes a rename; a rename to the same name is not a step', async () => {
    mockApi.cases.rename.mockResolvedValue({ ...iran, name: 'Iran talks' })
    casesActions.startRename('c1')
    await casesActions.submitName('Iran talks')
    expect(label()).toEqual(['Case “Iran” renamed to “Iran talks”'])
    await historyActions.step('undo')
    expect(mockApi.cases.rename).toHaveBeenLastCalledWith('c1', 'Iran')
    await historyActions.step('redo')
    expect(mockApi.cases.rename).toHaveBeenLastCalledWith('c1', 'Iran talks')
    useCasesStore.setState({ cases: [iran] })
    mockApi.cases.rename.mockResolvedValue(iran)
    casesActions.startRename('c1')
    await casesActions.submitName('Iran')
    expect(label()).toEqual(['Case “Iran” renamed to “Iran talks”'])
  })

  it('undoes a delete by restoring the case with its articles, and redoes it; a failed undo stays to retry', async () => {
    mockApi.cases.delete.mockResolvedValue(deletedIran)
    casesActions.askDelete('c1')
    await casesActions.confirmDelete()
    expect(label()).toEqual(['Case “Iran” deleted'])
    mockApi.cases.restore.mockRejectedValueOnce(
      new ApiError('invalid-request', 'There is already a case called “IRAN”.'),
    )
    expect(await historyActions.step('undo')).toBe(false)
    expect(useStatusStore.getState().alerts).toEqual(['There is already a case called “IRAN”.'])
    expect(label()).toEqual(['Case “Iran” deleted'])
    mockApi.cases.restore.mockResolvedValue(iran)
    expect(await historyActions.step('undo')).toBe(true)
    expect(mockApi.cases.restore).toHaveBeenLastCalledWith(deletedIran)
    await historyActions.step('redo')
    expect(mockApi.cases.delete).toHaveBeenLastCalledWith('c1')
  })

  it('undoes and redoes putting an article in a case and taking it out; nothing to undo when nothing changed', async () => {
    mockApi.cases.addArticles.mockResolvedValueOnce(0)
    await casesActions.addToCase('c1', 'a1')
    expect(label()).toEqual([])
    mockApi.cases.addArticles.mockResolvedValue(1)
    mockApi.cases.removeArticles.mockResolvedValue(1)
    await casesActions.addToCase('c1', 'a1')
    await casesActions.removeFromCase('c1', 'a1')
    expect(label()).toEqual(['“Port strike ends” added to “Iran”', '“Port strike ends” taken out of “Iran”'])
    mockApi.cases.addArticles.mockClear()
    mockApi.cases.removeArticles.mockClear()
    await historyActions.step('undo')
    expect(mockApi.cases.addArticles).toHaveBeenCalledWith('c1', ['a1'])
    await historyActions.step('undo')
    expect(mockApi.cases.removeArticles).toHaveBeenCalledWith('c1', ['a1'])
    await historyActions.step('redo')
    expect(mockApi.cases.addArticles).toHaveBeenCalledTimes(2)
    expect(useStatusStore.getState().messages).toEqual(['Redone: “Port strike ends” added to “Iran”.'])
  })
})
