// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../lib/api'
import { annotation, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { notesActions, SAVE_DELAY_MS } from './actions'
import { initialNotesState, useNotesStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const first = annotation({ id: 'n1', note: 'old note', tags: ['claim'], color: 'yellow' })

beforeEach(() => {
  resetMockApi()
  useNotesStore.setState(initialNotesState, true)
  useStatusStore.setState(initialStatusState, true)
  notesActions.load('a1', 'memo', [first])
})
afterEach(() => vi.useRealTimers())

const state = () => useNotesStore.getState()

describe('create and undo', () => {
  it('adds the new annotation at once and undoes it with a delete', async () => {
    const created = annotation({ id: 'n2', position: { type: 'TextPositionSelector', start: 47, end: 52 } })
    mockApi.annotations.create.mockResolvedValue(stored(created))
    await notesActions.create({ articleId: 'a1', start: 47, end: 52 }, { focusNote: true })
    expect(mockApi.annotations.create).toHaveBeenCalledWith({ articleId: 'a1', start: 47, end: 52 })
    expect(state().annotations.map((a) => a.id)).toEqual(['n1', 'n2'])
    expect(state().annotations[1].anchored).toBe(true)
    expect(state().focusRequest).toBe('n2')

    mockApi.annotations.delete.mockResolvedValue(stored(created))
    await notesActions.undo()
    expect(mockApi.annotations.delete).toHaveBeenCalledWith('n2')
    expect(state().annotations.map((a) => a.id)).toEqual(['n1'])
    expect(state().undoStack).toEqual([])
  })

  it('shows a failed create as an alert', async () => {
    mockApi.annotations.create.mockRejectedValue(new ApiError('invalid-request', 'The selection is empty.'))
    expect(await notesActions.create({ articleId: 'a1', start: 3, end: 3 })).toBeNull()
    expect(useStatusStore.getState().alerts).toEqual(['The selection is empty.'])
    expect(state().undoStack).toEqual([])
  })
})

describe('drawn before main answers', () => {
  const TEXT = 'The talks lasted a week, and each side left with a list of promises.'

  /** A create that main answers only when the test says so, keeping the id the window chose. */
  function heldCreate(): { answer: () => void; fail: (error: Error) => void } {
    let answer = () => {}
    let fail: (error: Error) => void = () => {}
    mockApi.annotations.create.mockImplementation(
      (request) =>
        new Promise((done, refuse) => {
          answer = () =>
            done(
              stored(
                annotation({
                  id: request.id,
                  note: request.note ?? '',
                  position: { type: 'TextPositionSelector', start: request.start, end: request.end },
                }),
              ),
            )
          fail = refuse
        }),
    )
    return { answer: () => answer(), fail: (error) => fail(error) }
  }

  it('shows the highlight, its quote and the focus request at once, and keeps it once saved', async () => {
    const held = heldCreate()
    const made = notesActions.create({ articleId: 'a1', start: 4, end: 16 }, { focusNote: true, text: TEXT })
    const drawn = state().annotations[1]
    expect(drawn).toMatchObject({
      quote: { exact: 'talks lasted', prefix: 'The ', suffix: ' a week, and each side left with' },
      anchored: true,
    })
    expect(state().focusRequest).toBe(drawn.id)
    expect(mockApi.annotations.create).toHaveBeenCalledWith({
      id: drawn.id,
      articleId: 'a1',
      start: 4,
      end: 16,
    })
    expect(state().undoStack).toEqual([])

    held.answer()
    expect((await made)?.id).toBe(drawn.id)
    expect(state().annotations.map((a) => a.id)).toEqual(['n1', drawn.id])
    expect(state().undoStack).toEqual([
      { kind: 'create', annotation: expect.objectContaining({ id: drawn.id }) },
    ])
  })

  it('takes the highlight away again when main refuses it', async () => {
    const held = heldCreate()
    const made = notesActions.create({ articleId: 'a1', start: 4, end: 16 }, { text: TEXT })
    expect(state().annotations).toHaveLength(2)
    held.fail(new ApiError('not-found', 'The article is not in the library.'))
    expect(await made).toBeNull()
    expect(state().annotations.map((a) => a.id)).toEqual(['n1'])
    expect(useStatusStore.getState().alerts).toEqual(['The article is not in the library.'])
  })

  it('sends a note typed before the save lands after it, and keeps it on screen', async () => {
    const held = heldCreate()
    mockApi.annotations.update.mockImplementation(async ({ id, note }) => stored(annotation({ id, note })))
    const made = notesActions.create({ articleId: 'a1', start: 4, end: 16 }, { text: TEXT })
    const { id } = state().annotations[1]
    notesActions.editNote(id, 'typed at once')
    const saving = notesActions.saveNote(id)
    await Promise.resolve()
    expect(mockApi.annotations.update).not.toHaveBeenCalled()
    expect(state().annotations[1].note).toBe('typed at once')

    held.answer()
    await made
    expect(state().annotations[1].note).toBe('typed at once')
    await saving
    expect(mockApi.annotations.update).toHaveBeenCalledWith({ id, note: 'typed at once' })
  })

  it('deletes a highlight removed before its save landed once it has, and never asks main for one that failed', async () => {
    const held = heldCreate()
    mockApi.annotations.delete.mockImplementation(async (id) => stored(annotation({ id })))
    const made = notesActions.create({ articleId: 'a1', start: 4, end: 16 }, { text: TEXT })
    const { id } = state().annotations[1]
    const removing = notesActions.remove(id)
    expect(state().annotations.map((a) => a.id)).toEqual(['n1'])
    held.answer()
    await Promise.all([made, removing])
    expect(mockApi.annotations.delete).toHaveBeenCalledWith(id)
    expect(state().annotations.map((a) => a.id)).toEqual(['n1'])

    const failing = heldCreate()
    const refused = notesActions.create({ articleId: 'a1', start: 20, end: 24 }, { text: TEXT })
    const second = state().annotations[1].id
    const removingSecond = notesActions.remove(second)
    failing.fail(new ApiError('invalid-request', 'No.'))
    await Promise.all([refused, removingSecond])
    expect(mockApi.annotations.delete).not.toHaveBeenCalledWith(second)
    expect(state().annotations.map((a) => a.id)).toEqual(['n1'])
  })
})

describe('delete and undo', () => {
  it('removes the annotation, then restores exactly what main answered (without `anchored`)', async () => {
    mockApi.annotations.delete.mockResolvedValue(stored(first))
    await notesActions.remove('n1')
    expect(state().annotations).toEqual([])
    expect(useStatusStore.getState().messages[0]).toMatch(/^Annotation deleted/)

    mockApi.annotations.restore.mockResolvedValue(stored(first))
    await notesActions.undo()
    expect(mockApi.annotations.restore).toHaveBeenCalledWith(stored(first))
    expect(state().annotations).toEqual([first])
  })

  it('puts the annotation back when the delete fails', async () => {
    mockApi.annotations.delete.mockRejectedValue(new ApiError('not-found', 'Already gone.'))
    await notesActions.remove('n1')
    expect(state().annotations).toEqual([first])
    expect(useStatusStore.getState().alerts).toEqual(['Already gone.'])
  })
})

describe('update and undo', () => {
  it('changes the colour and undoes back to the previous value', async () => {
    mockApi.annotations.update.mockImplementation(async (patch) => ({ ...stored(first), ...patch, id: 'n1' }))
    await notesActions.setColor('n1', 'blue')
    expect(mockApi.annotations.update).toHaveBeenLastCalledWith({ id: 'n1', color: 'blue' })
    expect(state().annotations[0].color).toBe('blue')

    await notesActions.undo()
    expect(mockApi.annotations.update).toHaveBeenLastCalledWith({ id: 'n1', color: 'yellow' })
    expect(state().annotations[0].color).toBe('yellow')
  })

  it('parses tags and skips updates that change nothing', async () => {
    mockApi.annotations.update.mockImplementation(async (patch) => ({ ...stored(first), ...patch, id: 'n1' }))
    await notesActions.setTags('n1', ' claim ,, ')
    expect(mockApi.annotations.update).not.toHaveBeenCalled()
    await notesActions.setTags('n1', 'claim, to verify, claim')
    expect(mockApi.annotations.update).toHaveBeenCalledWith({ id: 'n1', tags: ['claim', 'to verify'] })
    expect(state().undoStack).toEqual([
      { kind: 'update', id: 'n1', before: { tags: ['claim'] }, after: { tags: ['claim', 'to verify'] } },
    ])
  })

  it('reverts an optimistic change that main refused', async () => {
    mockApi.annotations.update.mockRejectedValue(new ApiError('invalid-request', 'Too many tags.'))
    await notesActions.setColor('n1', 'pink')
    expect(state().annotations[0].color).toBe('yellow')
    expect(state().undoStack).toEqual([])
    expect(useStatusStore.getState().alerts).toEqual(['Too many tags.'])
  })

  it('applies undo steps last first', async () => {
    mockApi.annotations.update.mockImplementation(async (patch) => ({
      ...stored(state().annotations[0]),
      ...patch,
      id: 'n1',
    }))
    await notesActions.setColor('n1', 'green')
    await notesActions.setColor('n1', 'purple')
    await notesActions.undo()
    expect(state().annotations[0].color).toBe('green')
    await notesActions.undo()
    expect(state().annotations[0].color).toBe('yellow')
    await notesActions.undo()
    expect(mockApi.annotations.update).toHaveBeenCalledTimes(4)
  })
})

describe('redo', () => {
  // What the user sees and can undo; a redo must bring back exactly this.
  const history = () => {
    const { annotations, undoStack, redoStack } = state()
    return { annotations, undoStack, redoStack }
  }

  beforeEach(() => {
    // Main as a small store, so that every answer is what main would give.
    const saved = new Map([[first.id, stored(first)]])
    mockApi.annotations.create.mockImplementation(async () => {
      const created = stored(
        annotation({ id: 'n2', position: { type: 'TextPositionSelector', start: 47, end: 52 } }),
      )
      saved.set(created.id, created)
      return created
    })
    mockApi.annotations.delete.mockImplementation(async (id) => {
      const gone = saved.get(id)!
      saved.delete(id)
      return gone
    })
    mockApi.annotations.restore.mockImplementation(async (a) => {
      saved.set(a.id, a)
      return a
    })
    mockApi.annotations.update.mockImplementation(async ({ id, ...patch }) => {
      const next = { ...saved.get(id)!, ...patch, updatedAt: '2024-05-04T10:00:00Z' }
      saved.set(id, next)
      return next
    })
  })

  it('deletes again what an undo restored', async () => {
    await notesActions.remove('n1')
    const before = history()
    await notesActions.undo()
    expect(state().annotations).toEqual([first])
    expect(state().redoStack).toHaveLength(1)

    await notesActions.redo()
    expect(mockApi.annotations.delete).toHaveBeenLastCalledWith('n1')
    expect(history()).toEqual(before)
    expect(useStatusStore.getState().messages).toEqual(['Annotation deleted again.'])
  })

  it('puts back a created annotation that an undo removed', async () => {
    const created = await notesActions.create({ articleId: 'a1', start: 47, end: 52 })
    const before = history()
    await notesActions.undo()
    expect(state().annotations.map((a) => a.id)).toEqual(['n1'])

    await notesActions.redo()
    expect(mockApi.annotations.restore).toHaveBeenLastCalledWith(stored(created!))
    expect(history()).toEqual(before)
    expect(useStatusStore.getState().messages).toEqual(['Annotation added again.'])
  })

  it('sets an undone change again, step by step in order', async () => {
    await notesActions.setColor('n1', 'green')
    await notesActions.setTags('n1', 'claim, disputed')
    const before = history()
    await notesActions.undo()
    await notesActions.undo()
    expect(state().annotations[0]).toMatchObject({ color: 'yellow', tags: ['claim'] })

    await notesActions.redo()
    expect(state().annotations[0]).toMatchObject({ color: 'green', tags: ['claim'] })
    await notesActions.redo()
    expect(history()).toEqual(before)
    expect(useStatusStore.getState().messages).toEqual(['Change redone.'])
    await notesActions.redo()
    expect(mockApi.annotations.update).toHaveBeenCalledTimes(6)
  })

  it('has nothing to redo after a new change', async () => {
    await notesActions.setColor('n1', 'green')
    await notesActions.undo()
    expect(state().redoStack).toHaveLength(1)
    await notesActions.setColor('n1', 'pink')
    expect(state().redoStack).toEqual([])
    await notesActions.redo()
    expect(state().annotations[0].color).toBe('pink')
    expect(mockApi.annotations.update).toHaveBeenCalledTimes(3)
  })

  it('keeps a failed redo for another try, and forgets redo on another article', async () => {
    await notesActions.remove('n1')
    await notesActions.undo()
    mockApi.annotations.delete.mockRejectedValueOnce(new ApiError('internal', 'The disk is full.'))
    await notesActions.redo()
    expect(state().annotations).toEqual([first])
    expect(state().redoStack).toHaveLength(1)
    expect(useStatusStore.getState().alerts).toEqual(['The disk is full.'])

    notesActions.load('a2', '', [])
    expect(state().redoStack).toEqual([])
  })
})

describe('typing', () => {
  it('saves a note 500 ms after typing stops, once', async () => {
    vi.useFakeTimers()
    mockApi.annotations.update.mockImplementation(async (patch) => ({ ...stored(first), ...patch, id: 'n1' }))
    notesActions.editNote('n1', 'new')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 100)
    notesActions.editNote('n1', 'new note')
    expect(state().noteDrafts).toEqual({ n1: 'new note' })
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(mockApi.annotations.update).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(mockApi.annotations.update).toHaveBeenCalledTimes(1)
    expect(mockApi.annotations.update).toHaveBeenCalledWith({ id: 'n1', note: 'new note' })
    expect(state().noteDrafts).toEqual({})
    expect(state().annotations[0].note).toBe('new note')

    await notesActions.undo()
    expect(state().annotations[0].note).toBe('old note')
  })

  it('saves a note at once on blur', async () => {
    mockApi.annotations.update.mockImplementation(async (patch) => ({ ...stored(first), ...patch, id: 'n1' }))
    notesActions.editNote('n1', 'typed')
    await notesActions.saveNote('n1')
    expect(mockApi.annotations.update).toHaveBeenCalledWith({ id: 'n1', note: 'typed' })
  })

  it('saves the memo debounced and on blur, only when changed', async () => {
    vi.useFakeTimers()
    mockApi.articles.setMemo.mockResolvedValue(undefined)
    notesActions.editMemo('memo plus')
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS)
    expect(mockApi.articles.setMemo).toHaveBeenCalledWith('a1', 'memo plus')
    await notesActions.saveMemo()
    expect(mockApi.articles.setMemo).toHaveBeenCalledTimes(1)
  })

  it('saves pending typing before showing another article', () => {
    mockApi.articles.setMemo.mockResolvedValue(undefined)
    mockApi.annotations.update.mockResolvedValue(stored(first))
    notesActions.editMemo('unsaved memo')
    notesActions.editNote('n1', 'unsaved note')
    notesActions.load('a2', '', [])
    expect(mockApi.articles.setMemo).toHaveBeenCalledWith('a1', 'unsaved memo')
    expect(mockApi.annotations.update).toHaveBeenCalledWith({ id: 'n1', note: 'unsaved note' })
    expect(state()).toMatchObject({ articleId: 'a2', memo: '', annotations: [], undoStack: [] })
  })
})

describe('export and reveal', () => {
  it('reports where the notes were saved; cancelling says nothing', async () => {
    mockApi.notes.export.mockResolvedValueOnce({ path: '/home/me/notes.md' }).mockResolvedValueOnce(null)
    await notesActions.exportNotes('md')
    expect(mockApi.notes.export).toHaveBeenCalledWith('a1', 'md')
    expect(useStatusStore.getState().messages).toEqual(['Notes exported to /home/me/notes.md'])
    useStatusStore.setState(initialStatusState, true)
    await notesActions.exportNotes('json')
    expect(useStatusStore.getState()).toEqual(initialStatusState)
  })

  it('asks the reader to flash an annotation, then stops', () => {
    vi.useFakeTimers()
    notesActions.reveal('n1')
    expect(state().flash?.id).toBe('n1')
    vi.advanceTimersByTime(2000)
    expect(state().flash).toBeNull()
  })
})

describe('an article opened in parts', () => {
  it('adds the later annotations once, even one made while they were on their way', async () => {
    const made = annotation({
      id: 'n3',
      position: { type: 'TextPositionSelector', start: 30_000, end: 30_010 },
    })
    const later = annotation({
      id: 'n2',
      position: { type: 'TextPositionSelector', start: 25_000, end: 25_010 },
    })
    mockApi.annotations.create.mockResolvedValue(stored(made))
    await notesActions.create({ articleId: 'a1', start: 30_000, end: 30_010 })
    mockApi.annotations.listFrom.mockResolvedValue([later, made])
    await notesActions.loadFrom('a1', 20_000)
    expect(mockApi.annotations.listFrom).toHaveBeenCalledWith('a1', 20_000)
    expect(state().annotations.map((a) => a.id)).toEqual(['n1', 'n3', 'n2'])
  })

  it('drops the later annotations of an article no longer shown', async () => {
    mockApi.annotations.listFrom.mockImplementation(async () => {
      notesActions.load('a2', '', [])
      return [annotation({ id: 'n2' })]
    })
    await notesActions.loadFrom('a1', 20_000)
    expect(state()).toMatchObject({ articleId: 'a2', annotations: [] })
  })
})
