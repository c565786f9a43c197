import { create } from 'zustand'
import type { AnchoredAnnotation, AnnotationColor } from '../../../../../shared/model/annotation'

/** The editable fields of an annotation, as an update sends them. */
export interface AnnotationFields {
  note?: string
  tags?: string[]
  color?: AnnotationColor
}

/** One change the user made, holding what is needed to invert it (undo) and to make it again (redo). */
export type UndoEntry =
  | { kind: 'create'; annotation: AnchoredAnnotation }
  | { kind: 'delete'; annotation: AnchoredAnnotation }
  | { kind: 'update'; id: string; before: AnnotationFields; after: AnnotationFields }

export interface NotesState {
  /** The article whose notes are shown; null when none is open. */
  articleId: string | null
  /** The memo as typed (may be ahead of what is saved). */
  memo: string
  /** The memo as last sent to main. */
  memoSaved: string
  annotations: AnchoredAnnotation[]
  /** Notes typed but not saved yet, by annotation id. */
  noteDrafts: Record<string, string>
  /** Most recent last. */
  undoStack: UndoEntry[]
  /** Changes undone, most recently undone last; any new change empties it. */
  redoStack: UndoEntry[]
  /** An annotation whose note editor should take focus. */
  focusRequest: string | null
  /** An annotation the reader should scroll to and flash; `seq` restarts the flash. */
  flash: { id: string; seq: number } | null
  exporting: boolean
}

export const initialNotesState: NotesState = {
  articleId: null,
  memo: '',
  memoSaved: '',
  annotations: [],
  noteDrafts: {},
  undoStack: [],
  redoStack: [],
  focusRequest: null,
  flash: null,
  exporting: false,
}

export const useNotesStore = create<NotesState>()(() => initialNotesState)
