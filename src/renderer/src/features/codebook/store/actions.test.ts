// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Code, CodebookEntry, DeletedCode } from '../../../../../shared/model/codebook'
import { ApiError } from '../../../lib/api'
import { annotation, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { historyActions } from '../../history/store/actions'
import { initialHistoryState, useHistoryStore } from '../../history/store/state'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialReaderState, useReaderStore } from '../../reader/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { codebookActions } from './actions'
import { COLOR_FOLLOWS_KEY, initialCodebookState, useCodebookStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const code = (over: Partial<Code> = {}): Code => ({
  id: 'k1',
  name: 'Framing',
  color: 'blue',
  description: '',
  parentId: null,
  position: 0,
  createdAt: 'x',
  updatedAt: 'x',
  ...over,
})
const entry = (over: Partial<CodebookEntry> = {}): CodebookEntry => ({
  ...code(over),
  depth: 0,
  path: [over.name ?? 'Framing'],
  passages: 0,
  articles: 0,
  ...over,
})

beforeEach(() => {
  resetMockApi()
  localStorage.clear()
  useCodebookStore.setState(initialCodebookState, true)
  useHistoryStore.setState(initialHistoryState, true)
  useNotesStore.setState({ ...initialNotesState, articleId: 'a1' }, true)
  useReaderStore.setState(initialReaderState, true)
  useStatusStore.setState(initialStatusState, true)
})

const undo = () => historyActions.step('undo')
const redo = () => historyActions.step('redo')
const lastLabel = () => {
  const stack = useHistoryStore.getState().undoStack
  const last = stack[stack.length - 1]
  return last?.lane === 'library' ? last.step.label : null
}

describe('creating, editing and moving codes, each undone and redone', () => {
  it('creates a code and selects it; undo deletes it, redo puts the same code back', async () => {
    const made = code()
    const deleted: DeletedCode = { code: made, childIds: [], links: [] }
    mockApi.codes.create.mockResolvedValue(made)
    mockApi.codes.delete.mockResolvedValue(deleted)
    mockApi.codes.list.mockResolvedValue([entry()])
    codebookActions.startCreate('parent')
    await codebookActions.create('Framing')
    expect(mockApi.codes.create).toHaveBeenCalledWith({ name: 'Framing', parentId: 'parent' })
    expect(useCodebookStore.getState()).toMatchObject({ selectedId: 'k1', creating: null, codes: [entry()] })
    expect(lastLabel()).toBe('Code “Framing” created')
    expect(await undo()).toBe(true)
    expect(mockApi.codes.delete).toHaveBeenCalledWith('k1')
    expect(await redo()).toBe(true)
    expect(mockApi.codes.restore).toHaveBeenCalledWith(deleted)
  })

  it('keeps the name field open with the reason when a name is refused, recording nothing', async () => {
    mockApi.codes.create.mockRejectedValue(new ApiError('invalid-request', 'A code needs a name.'))
    codebookActions.startCreate()
    expect(await codebookActions.create(' ')).toBeNull()
    expect(useCodebookStore.getState()).toMatchObject({
      creating: { parentId: null },
      editError: 'A code needs a name.',
    })
    expect(useHistoryStore.getState().undoStack).toEqual([])
  })

  it('renames a code; undo gives back its name, colour and description, redo the new name', async () => {
    useCodebookStore.setState({ codes: [entry({ description: 'old' })] })
    mockApi.codes.update.mockResolvedValue(code({ name: 'Blame' }))
    expect(await codebookActions.update('k1', { name: 'Blame' })).toBe(true)
    expect(lastLabel()).toBe('Code “Blame” renamed')
    await undo()
    expect(mockApi.codes.update).toHaveBeenLastCalledWith({
      id: 'k1',
      name: 'Framing',
      color: 'blue',
      description: 'old',
    })
    await redo()
    expect(mockApi.codes.update).toHaveBeenLastCalledWith({ id: 'k1', name: 'Blame' })
  })

  it('moves a code under another; undo puts it back at its old parent and place', async () => {
    useCodebookStore.setState({
      codes: [entry({ id: 'p', name: 'Parent' }), entry({ id: 'k1', parentId: 'old', position: 3 })],
    })
    mockApi.codes.move.mockResolvedValue(code({ parentId: 'p' }))
    expect(await codebookActions.move('k1', 'p')).toBe(true)
    expect(mockApi.codes.move).toHaveBeenCalledWith({ id: 'k1', parentId: 'p' })
    expect(lastLabel()).toBe('Code “Framing” moved under “Parent”')
    await undo()
    expect(mockApi.codes.move).toHaveBeenLastCalledWith({ id: 'k1', parentId: 'old', index: 3 })
    await redo()
    expect(mockApi.codes.move).toHaveBeenLastCalledWith({ id: 'k1', parentId: 'p' })
  })

  it('shows why a move was refused', async () => {
    useCodebookStore.setState({ codes: [entry()] })
    mockApi.codes.move.mockRejectedValue(new ApiError('invalid-request', '“Framing” cannot go under itself.'))
    expect(await codebookActions.move('k1', 'k1')).toBe(false)
    expect(useStatusStore.getState().alerts).toEqual(['“Framing” cannot go under itself.'])
  })
})

describe('deleting a code', () => {
  it('asks first; deletes; undo restores what the delete answered, redo deletes again', async () => {
    const deleted: DeletedCode = {
      code: code(),
      childIds: ['c'],
      links: [{ annotationId: 'n1', position: 0 }],
    }
    useCodebookStore.setState({ codes: [entry()], selectedId: 'k1' })
    mockApi.codes.delete.mockResolvedValue(deleted)
    await codebookActions.confirmDelete()
    expect(mockApi.codes.delete).not.toHaveBeenCalled()
    codebookActions.askDelete('k1')
    await codebookActions.confirmDelete()
    expect(mockApi.codes.delete).toHaveBeenCalledWith('k1')
    expect(useStatusStore.getState().messages).toEqual([
      'Deleted the code “Framing”. Its passages stay highlighted.',
    ])
    expect(lastLabel()).toBe('Code “Framing” deleted')
    await undo()
    expect(mockApi.codes.restore).toHaveBeenCalledWith(deleted)
    await redo()
    expect(mockApi.codes.delete).toHaveBeenCalledTimes(2)
  })
})

describe('coding passages', () => {
  beforeEach(() => {
    useCodebookStore.setState({ codes: [entry()] })
    mockApi.codes.list.mockResolvedValue([entry()])
  })

  it('codes a highlight and takes the code off; each undone and redone', async () => {
    mockApi.codes.ofArticle.mockResolvedValue({ n1: ['k1'] })
    await codebookActions.code('n1', 'k1')
    expect(mockApi.codes.code).toHaveBeenCalledWith('n1', 'k1')
    expect(useCodebookStore.getState().articleCodes).toEqual({
      articleId: 'a1',
      byAnnotation: { n1: ['k1'] },
    })
    expect(lastLabel()).toBe('Passage coded “Framing”')
    await undo()
    expect(mockApi.codes.uncode).toHaveBeenCalledWith('n1', 'k1')
    await redo()
    expect(mockApi.codes.code).toHaveBeenCalledTimes(2)

    useCodebookStore.setState({ articleCodes: { articleId: 'a1', byAnnotation: { n1: ['x', 'k1'] } } })
    await codebookActions.uncode('n1', 'k1')
    expect(lastLabel()).toBe('Code “Framing” taken off a passage')
    await undo()
    expect(mockApi.codes.code).toHaveBeenLastCalledWith('n1', 'k1', 1)
  })

  it('codes the selected text: makes it a highlight, then codes it with the code typed, created when new', async () => {
    useReaderStore.setState({
      article: { id: 'a1' } as never,
      selection: { start: 25, end: 30 },
    })
    const made = annotation({ id: 'n9' })
    mockApi.annotations.create.mockResolvedValue(stored(made))
    mockApi.codes.create.mockResolvedValue(code({ id: 'k2', name: 'Blame' }))
    codebookActions.openCoding()
    expect(useCodebookStore.getState().coding).toEqual({
      kind: 'selection',
      articleId: 'a1',
      start: 25,
      end: 30,
    })
    expect(await codebookActions.applyCoding({ name: 'Blame' })).toBe(true)
    expect(mockApi.annotations.create).toHaveBeenCalledWith({ articleId: 'a1', start: 25, end: 30 })
    expect(mockApi.codes.create).toHaveBeenCalledWith({ name: 'Blame' })
    expect(mockApi.codes.code).toHaveBeenCalledWith('n9', 'k2')
    expect(useCodebookStore.getState().coding).toBeNull()
    expect(useReaderStore.getState().selection).toBeNull()
  })

  it('uses the code of the name typed when there is one, ignoring letters’ case', async () => {
    codebookActions.openCoding({ kind: 'annotation', annotationId: 'n1' })
    await codebookActions.applyCoding({ name: ' framing ' })
    expect(mockApi.codes.create).not.toHaveBeenCalled()
    expect(mockApi.codes.code).toHaveBeenCalledWith('n1', 'k1')
  })

  it('says why a new code could not be made, and codes nothing', async () => {
    mockApi.codes.create.mockRejectedValue(new ApiError('invalid-request', 'A code name cannot contain “/”.'))
    codebookActions.openCoding({ kind: 'annotation', annotationId: 'n1' })
    expect(await codebookActions.applyCoding({ name: 'A/B' })).toBe(false)
    expect(useStatusStore.getState().alerts).toEqual(['A code name cannot contain “/”.'])
    expect(mockApi.codes.code).not.toHaveBeenCalled()
  })
})

describe('the colour setting', () => {
  it('is kept in localStorage', () => {
    codebookActions.setColorFollowsCode(true)
    expect(localStorage.getItem(COLOR_FOLLOWS_KEY)).toBe('true')
    expect(useCodebookStore.getState().colorFollowsCode).toBe(true)
  })
})
