import { create } from 'zustand'

/**
 * One library change the user made (a case, a code, a tag, a verdict, a deleted article), with
 * how to take it back and how to make it again. Both answer once main has done the work and throw
 * (with a readable message) when it could not be done.
 */
export interface HistoryStep {
  /** What was done, as the status bar says it after an undo: "Code “Framing” deleted". */
  label: string
  undo(): Promise<void>
  redo(): Promise<void>
}

/**
 * The window's one timeline of changes. Annotation changes keep their own per-article stack in
 * the notes store; a `notes` entry here only marks where in the timeline one of them was made,
 * so that Ctrl+Z always undoes the latest change, whichever kind it was.
 */
export type HistoryEntry = { lane: 'notes' } | { lane: 'library'; step: HistoryStep }

export interface HistoryState {
  /** Most recent last. */
  undoStack: HistoryEntry[]
  /** Undone, most recently undone last; any new change empties it. */
  redoStack: HistoryEntry[]
  /** A step is running: a second Ctrl+Z waits for it rather than racing it. */
  busy: boolean
}

export const initialHistoryState: HistoryState = { undoStack: [], redoStack: [], busy: false }

export const useHistoryStore = create<HistoryState>()(() => initialHistoryState)
