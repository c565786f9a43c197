import { errorMessage } from '../../../lib/api'
import { statusActions } from '../../status/store/actions'
import { type HistoryEntry, type HistoryStep, useHistoryStore } from './state'

const set = useHistoryStore.setState
const get = useHistoryStore.getState

// As many steps as the annotation history keeps; older ones fall off the bottom.
const HISTORY_LIMIT = 100

type Direction = 'undo' | 'redo'
const STACK = { undo: 'undoStack', redo: 'redoStack' } as const

function push(stack: 'undoStack' | 'redoStack', entry: HistoryEntry): void {
  set({ [stack]: [...get()[stack], entry].slice(-HISTORY_LIMIT) })
}

export const historyActions = {
  /** Records a library change: it can be undone, and what was undone before can no longer be redone. */
  record(step: HistoryStep): void {
    push('undoStack', { lane: 'library', step })
    set({ redoStack: [] })
  },

  /** Marks that an annotation change was made now (the notes store keeps the change itself). */
  markNoteChange(): void {
    push('undoStack', { lane: 'notes' })
    set({ redoStack: get().redoStack.filter((e) => e.lane !== 'notes') })
  },

  /** Forgets the annotation marks (another article's notes are shown: their stack starts empty). */
  forgetNoteChanges(): void {
    const keep = (entries: HistoryEntry[]) => entries.filter((e) => e.lane !== 'notes')
    set({ undoStack: keep(get().undoStack), redoStack: keep(get().redoStack) })
  },

  /** Which kind of change the next undo or redo takes back or makes again, if any. */
  next(direction: Direction): HistoryEntry['lane'] | null {
    const stack = get()[STACK[direction]]
    return stack[stack.length - 1]?.lane ?? null
  },

  /** Moves the latest annotation mark across, for an annotation undo or redo run by the notes store. */
  passNoteChange(direction: Direction): void {
    const from = STACK[direction]
    const stack = get()[from]
    if (stack[stack.length - 1]?.lane !== 'notes') return
    set({ [from]: stack.slice(0, -1) })
    push(direction === 'undo' ? 'redoStack' : 'undoStack', { lane: 'notes' })
  },

  /**
   * Undoes (or redoes) the latest library change. A step that fails goes back where it was, so
   * that the user can try again, and says why; answers whether the step ran.
   */
  async step(direction: Direction): Promise<boolean> {
    const from = STACK[direction]
    const stack = get()[from]
    const entry = stack[stack.length - 1]
    if (!entry || entry.lane !== 'library' || get().busy) return false
    set({ [from]: stack.slice(0, -1), busy: true })
    try {
      await (direction === 'undo' ? entry.step.undo() : entry.step.redo())
      push(direction === 'undo' ? 'redoStack' : 'undoStack', entry)
      statusActions.show(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${entry.step.label}.`)
      return true
    } catch (error) {
      push(from, entry)
      statusActions.alert(errorMessage(error))
      return false
    } finally {
      set({ busy: false })
    }
  },
}
