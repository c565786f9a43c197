import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../lib/api'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { historyActions } from './actions'
import { initialHistoryState, useHistoryStore } from './state'

beforeEach(() => {
  useHistoryStore.setState(initialHistoryState)
  useStatusStore.setState(initialStatusState)
})

/** A step that records what ran, in order, in `log`. */
function loggedStep(label: string, log: string[]) {
  return {
    label,
    undo: vi.fn(async () => void log.push(`undo ${label}`)),
    redo: vi.fn(async () => void log.push(`redo ${label}`)),
  }
}

describe('library history', () => {
  it('undoes the latest step first and redoes in the order undone', async () => {
    const log: string[] = []
    historyActions.record(loggedStep('Case “A” created', log))
    historyActions.record(loggedStep('Case “A” renamed', log))
    await historyActions.step('undo')
    await historyActions.step('undo')
    await historyActions.step('redo')
    expect(log).toEqual(['undo Case “A” renamed', 'undo Case “A” created', 'redo Case “A” created'])
    expect(useStatusStore.getState().messages).toEqual(['Redone: Case “A” created.'])
    expect(useHistoryStore.getState().redoStack).toHaveLength(1)
  })

  it('has nothing to redo after a new change', async () => {
    const log: string[] = []
    historyActions.record(loggedStep('one', log))
    await historyActions.step('undo')
    historyActions.record(loggedStep('two', log))
    expect(await historyActions.step('redo')).toBe(false)
    expect(log).toEqual(['undo one'])
  })

  it('keeps a failed step for another try and says why', async () => {
    const step = {
      label: 'Code “Framing” deleted',
      undo: vi
        .fn()
        .mockRejectedValueOnce(new ApiError('not-found', 'The code is gone.'))
        .mockResolvedValue(undefined),
      redo: vi.fn(),
    }
    historyActions.record(step)
    expect(await historyActions.step('undo')).toBe(false)
    expect(useStatusStore.getState().alerts).toEqual(['The code is gone.'])
    expect(historyActions.next('undo')).toBe('library')
    expect(await historyActions.step('undo')).toBe(true)
    expect(step.undo).toHaveBeenCalledTimes(2)
  })

  it('runs one step at a time', async () => {
    let finish = () => {}
    const slow = { label: 'slow', undo: vi.fn(() => new Promise<void>((r) => (finish = r))), redo: vi.fn() }
    historyActions.record(loggedStep('older', []))
    historyActions.record(slow)
    const first = historyActions.step('undo')
    expect(await historyActions.step('undo')).toBe(false)
    finish()
    expect(await first).toBe(true)
    expect(useHistoryStore.getState().undoStack).toHaveLength(1)
  })
})

describe('annotation marks', () => {
  it('orders annotation changes among library changes and passes them across on undo and redo', () => {
    historyActions.record(loggedStep('Case created', []))
    historyActions.markNoteChange()
    expect(historyActions.next('undo')).toBe('notes')
    historyActions.passNoteChange('undo')
    expect(historyActions.next('undo')).toBe('library')
    expect(historyActions.next('redo')).toBe('notes')
    historyActions.passNoteChange('redo')
    expect(historyActions.next('undo')).toBe('notes')
    expect(historyActions.next('redo')).toBe(null)
  })

  it('forgets annotation marks when another article is shown, keeping library steps', () => {
    historyActions.record(loggedStep('Case created', []))
    historyActions.markNoteChange()
    historyActions.forgetNoteChanges()
    expect(useHistoryStore.getState().undoStack.map((e) => e.lane)).toEqual(['library'])
  })

  it('refuses to run an annotation mark as a library step', async () => {
    historyActions.markNoteChange()
    expect(await historyActions.step('undo')).toBe(false)
    expect(historyActions.next('undo')).toBe('notes')
  })
})
