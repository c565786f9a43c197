import { api, errorMessage } from '../../../lib/api'
import { UNDO_SHORTCUT } from '../../../lib/dom'
import type { NewAnnotation } from '../../../../../shared/ipc/contract'
import type { AnchoredAnnotation, Annotation, AnnotationColor } from '../../../../../shared/model/annotation'
import type { ExportFormat } from '../../../../../shared/model/import'
import { describeRange } from '../../../../../shared/text/selectors'
import { historyActions } from '../../history/store/actions'
import { statusActions } from '../../status/store/actions'
import { changes, fieldsBefore, parseTags, toStored } from './selectors'
import type { AnnotationFields, UndoEntry } from './state'
import { useNotesStore } from './state'

const set = useNotesStore.setState
const get = useNotesStore.getState

// Typing pauses this long before a memo or note is saved (blur saves at once).
export const SAVE_DELAY_MS = 500
// Matches the length of the flash animation in reader.css.
const FLASH_MS = 1600
// Enough for any realistic session; older steps fall off the bottom.
const UNDO_LIMIT = 100

let memoTimer: ReturnType<typeof setTimeout> | undefined
const noteTimers = new Map<string, ReturnType<typeof setTimeout>>()
let flashTimer: ReturnType<typeof setTimeout> | undefined
let flashSeq = 0
// Highlights drawn before main has saved them: each settles true once saved, false if the save failed.
// A change to one of them waits for its save, so that main never hears of an annotation it has not made yet.
const saving = new Map<string, Promise<boolean>>()

/** Waits for the save under way of a highlight drawn before main had it; answers true when that save failed. */
async function notSaved(id: string): Promise<boolean> {
  return !(await saving.get(id)!)
}

/** Records a new change: it can be undone, and what was undone before can no longer be redone. */
function pushUndo(articleId: string, entry: UndoEntry): void {
  if (get().articleId !== articleId) return
  set({ undoStack: [...get().undoStack, entry].slice(-UNDO_LIMIT), redoStack: [] })
  historyActions.markNoteChange()
}

function pushOnto(stack: 'undoStack' | 'redoStack', articleId: string, entry: UndoEntry): void {
  if (get().articleId !== articleId) return
  set({ [stack]: [...get()[stack], entry].slice(-UNDO_LIMIT) })
}

function replaceAnnotation(id: string, next: (a: AnchoredAnnotation) => AnchoredAnnotation): void {
  set({ annotations: get().annotations.map((a) => (a.id === id ? next(a) : a)) })
}

function addAnnotation(annotation: AnchoredAnnotation): void {
  set({ annotations: [...get().annotations.filter((a) => a.id !== annotation.id), annotation] })
}

function removeAnnotation(id: string): void {
  const { [id]: _dropped, ...noteDrafts } = get().noteDrafts
  void _dropped
  set({ annotations: get().annotations.filter((a) => a.id !== id), noteDrafts })
}

function fromStored(annotation: Annotation, anchored: boolean): AnchoredAnnotation {
  return { ...annotation, anchored }
}

/** The annotation main will make of `request`, to draw until it answers. */
function drawn(id: string, request: NewAnnotation, text: string): AnchoredAnnotation | null {
  if (!(request.start >= 0 && request.end > request.start && request.end <= text.length)) return null
  const now = new Date().toISOString()
  return {
    id,
    articleId: request.articleId,
    ...describeRange(text, request.start, request.end),
    note: request.note ?? '',
    tags: request.tags ?? [],
    color: request.color ?? 'yellow',
    createdAt: now,
    updatedAt: now,
    anchored: true,
  }
}

/** Sends an update; answers false (and says why) when it fails, after putting the old values back. */
async function sendUpdate(id: string, patch: AnnotationFields): Promise<boolean> {
  const current = get().annotations.find((a) => a.id === id)
  if (!current) return false
  replaceAnnotation(id, (a) => ({ ...a, ...patch }))
  try {
    // No await when nothing is under way: a flush before another article loads must send at once.
    if (saving.has(id) && (await notSaved(id))) return false
    const stored = await api.annotations.update({ id, ...patch })
    replaceAnnotation(id, (a) => fromStored(stored, a.anchored))
    return true
  } catch (error) {
    replaceAnnotation(id, (a) => ({ ...a, ...fieldsBefore(current, patch) }))
    statusActions.alert(errorMessage(error))
    return false
  }
}

function clearTimers(): void {
  clearTimeout(memoTimer)
  memoTimer = undefined
  for (const timer of noteTimers.values()) clearTimeout(timer)
  noteTimers.clear()
}

const MESSAGES: Record<'undoStack' | 'redoStack', Record<UndoEntry['kind'], string>> = {
  undoStack: { create: 'Annotation removed.', delete: 'Annotation restored.', update: 'Change undone.' },
  redoStack: {
    create: 'Annotation added again.',
    delete: 'Annotation deleted again.',
    update: 'Change redone.',
  },
}

/**
 * Takes the latest entry off `from`, inverts it (undo) or makes it again (redo), and puts it on
 * `to` with what main answered. A step that fails goes back on `from` so that the user can try again.
 */
async function step(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack'): Promise<void> {
  const { articleId } = get()
  const stack = get()[from]
  const entry = stack[stack.length - 1]
  if (!entry || !articleId) return
  set({ [from]: stack.slice(0, -1) })
  const done = await apply(entry, from === 'undoStack')
  if (done) {
    pushOnto(to, articleId, done)
    statusActions.show(MESSAGES[from][entry.kind])
  } else pushOnto(from, articleId, entry)
}

/** Runs one entry backwards (undo) or forwards (redo); answers the entry as it now stands, or null. */
async function apply(entry: UndoEntry, backwards: boolean): Promise<UndoEntry | null> {
  if (entry.kind === 'update') {
    return (await sendUpdate(entry.id, backwards ? entry.before : entry.after)) ? entry : null
  }
  const articleId = get().articleId
  const stillHere = () => get().articleId === articleId
  const { annotation } = entry
  // Undoing a create and redoing a delete both delete; the other two put the annotation back.
  const deleting = (entry.kind === 'create') === backwards
  try {
    if (deleting) {
      const shown = get().annotations.find((a) => a.id === annotation.id) ?? annotation
      removeAnnotation(annotation.id)
      try {
        const deleted = await api.annotations.delete(annotation.id)
        return { kind: entry.kind, annotation: fromStored(deleted, shown.anchored) }
      } catch (error) {
        if (stillHere()) addAnnotation(shown)
        throw error
      }
    }
    const restored = fromStored(await api.annotations.restore(toStored(annotation)), annotation.anchored)
    if (stillHere()) addAnnotation(restored)
    return { kind: entry.kind, annotation: restored }
  } catch (error) {
    statusActions.alert(errorMessage(error))
    return null
  }
}

export const notesActions = {
  /** Shows another article's notes, saving whatever was typed for the previous one first. */
  load(articleId: string | null, memo: string, annotations: AnchoredAnnotation[]): void {
    void notesActions.flush()
    clearTimers()
    set({
      articleId,
      memo,
      memoSaved: memo,
      annotations,
      noteDrafts: {},
      undoStack: [],
      redoStack: [],
      focusRequest: null,
      flash: null,
    })
    historyActions.forgetNoteChanges()
  },

  /** Adds the annotations placed from `offset` on, which the article was opened without. */
  async loadFrom(articleId: string, offset: number): Promise<void> {
    try {
      const later = await api.annotations.listFrom(articleId, offset)
      if (get().articleId !== articleId) return
      // One made meanwhile is in the answer too.
      const shown = new Set(get().annotations.map((a) => a.id))
      set({ annotations: [...get().annotations, ...later.filter((a) => !shown.has(a.id))] })
    } catch (error) {
      if (get().articleId === articleId) statusActions.alert(errorMessage(error))
    }
  },

  /** Saves everything typed but not saved yet. */
  async flush(): Promise<void> {
    const ids = Object.keys(get().noteDrafts)
    await Promise.all([notesActions.saveMemo(), ...ids.map((id) => notesActions.saveNote(id))])
  },

  editMemo(memo: string): void {
    set({ memo })
    clearTimeout(memoTimer)
    memoTimer = setTimeout(() => void notesActions.saveMemo(), SAVE_DELAY_MS)
  },

  async saveMemo(): Promise<void> {
    clearTimeout(memoTimer)
    memoTimer = undefined
    const { articleId, memo, memoSaved } = get()
    if (!articleId || memo === memoSaved) return
    set({ memoSaved: memo })
    try {
      await api.articles.setMemo(articleId, memo)
    } catch (error) {
      if (get().articleId === articleId && get().memoSaved === memo) set({ memoSaved })
      statusActions.alert(errorMessage(error))
    }
  },

  /**
   * Creates an annotation on the open article. Given the article's `text`, the highlight and its card are
   * drawn at once, before main has saved it (and taken away again if the save fails); without it they
   * appear when main answers.
   */
  async create(
    request: NewAnnotation,
    options: { focusNote?: boolean; text?: string } = {},
  ): Promise<AnchoredAnnotation | null> {
    const id = request.id ?? crypto.randomUUID()
    const draft =
      options.text !== undefined && get().articleId === request.articleId
        ? drawn(id, request, options.text)
        : null
    let settle: (ok: boolean) => void = () => {}
    if (draft) {
      saving.set(id, new Promise((done) => (settle = done)))
      addAnnotation(draft)
      if (options.focusNote) set({ focusRequest: id })
    }
    try {
      const created = fromStored(await api.annotations.create(draft ? { ...request, id } : request), true)
      settle(true)
      if (get().articleId !== request.articleId) return created
      if (!draft) addAnnotation(created)
      // The note, tags or colour may have changed on the drawn highlight meanwhile (those changes wait for
      // this save, and send themselves after it); and a highlight deleted meanwhile stays deleted.
      else {
        replaceAnnotation(id, (shown) => ({
          ...created,
          note: shown.note === draft.note ? created.note : shown.note,
          tags: shown.tags === draft.tags ? created.tags : shown.tags,
          color: shown.color === draft.color ? created.color : shown.color,
        }))
      }
      pushUndo(request.articleId, { kind: 'create', annotation: created })
      if (!draft && options.focusNote) set({ focusRequest: created.id })
      return created
    } catch (error) {
      settle(false)
      if (draft && get().articleId === request.articleId) removeAnnotation(id)
      statusActions.alert(errorMessage(error))
      return null
    } finally {
      saving.delete(id)
    }
  },

  editNote(id: string, note: string): void {
    set({ noteDrafts: { ...get().noteDrafts, [id]: note } })
    clearTimeout(noteTimers.get(id))
    noteTimers.set(
      id,
      setTimeout(() => void notesActions.saveNote(id), SAVE_DELAY_MS),
    )
  },

  async saveNote(id: string): Promise<void> {
    clearTimeout(noteTimers.get(id))
    noteTimers.delete(id)
    const { noteDrafts } = get()
    const draft = noteDrafts[id]
    if (draft === undefined) return
    const { [id]: _saved, ...rest } = noteDrafts
    void _saved
    set({ noteDrafts: rest })
    await notesActions.update(id, { note: draft })
  },

  setTags(id: string, tags: string[] | string): Promise<void> {
    return notesActions.update(id, { tags: typeof tags === 'string' ? parseTags(tags) : tags })
  },

  setColor(id: string, color: AnnotationColor): Promise<void> {
    return notesActions.update(id, { color })
  },

  /** Changes an annotation's note, tags or colour; the change can be undone. */
  async update(id: string, patch: AnnotationFields): Promise<void> {
    const { articleId, annotations } = get()
    const current = annotations.find((a) => a.id === id)
    if (!current || !articleId) return
    if (!changes(current, patch)) return
    const before = fieldsBefore(current, patch)
    if (!(await sendUpdate(id, patch))) return
    // What main saved, which is what a redo should set again.
    const saved = get().annotations.find((a) => a.id === id)
    pushUndo(articleId, { kind: 'update', id, before, after: saved ? fieldsBefore(saved, patch) : patch })
  },

  /** Deletes an annotation; the deletion can be undone. */
  async remove(id: string): Promise<void> {
    const { articleId, annotations } = get()
    const current = annotations.find((a) => a.id === id)
    if (!current || !articleId) return
    clearTimeout(noteTimers.get(id))
    noteTimers.delete(id)
    removeAnnotation(id)
    try {
      if (saving.has(id) && (await notSaved(id))) return
      const deleted = await api.annotations.delete(id)
      pushUndo(articleId, { kind: 'delete', annotation: fromStored(deleted, current.anchored) })
      statusActions.show(`Annotation deleted. Press ${UNDO_SHORTCUT} to undo.`)
    } catch (error) {
      if (get().articleId === articleId) addAnnotation(current)
      statusActions.alert(errorMessage(error))
    }
  },

  /** Undoes the latest annotation change: create -> delete, delete -> restore, update -> old values. */
  async undo(): Promise<void> {
    await step('undoStack', 'redoStack')
  },

  /** Makes the latest undone change again; a new change in between leaves nothing to redo. */
  async redo(): Promise<void> {
    await step('redoStack', 'undoStack')
  },

  /** Asks the reader to scroll to an annotation's highlight and flash it. */
  reveal(id: string): void {
    clearTimeout(flashTimer)
    set({ flash: { id, seq: ++flashSeq } })
    flashTimer = setTimeout(() => set({ flash: null }), FLASH_MS)
  },

  /** Asks the notes pane to put the cursor in an annotation's note. */
  focusNote(id: string): void {
    set({ focusRequest: id })
  },

  focusHandled(): void {
    set({ focusRequest: null })
  },

  /** Exports the open article's notes; main asks where to save, and cancelling says nothing. */
  async exportNotes(format: ExportFormat): Promise<void> {
    const { articleId, exporting } = get()
    if (!articleId || exporting) return
    set({ exporting: true })
    try {
      await notesActions.flush()
      const saved = await api.notes.export(articleId, format)
      if (saved) statusActions.show(`Notes exported to ${saved.path}`)
    } catch (error) {
      statusActions.alert(errorMessage(error))
    } finally {
      set({ exporting: false })
    }
  },
}
