import type { AnnotationColor } from '../../../../../shared/model/annotation'
import type { Code, DeletedCode } from '../../../../../shared/model/codebook'
import { api, errorMessage } from '../../../lib/api'
import { historyActions } from '../../history/store/actions'
import { layoutActions } from '../../layout/store/actions'
import { libraryActions } from '../../library/store/actions'
import { notesActions } from '../../notes/store/actions'
import { useNotesStore } from '../../notes/store/state'
import { readerActions } from '../../reader/store/actions'
import { useReaderStore } from '../../reader/store/state'
import { statusActions } from '../../status/store/actions'
import { workspaceActions } from '../../workspace/store/actions'
import { useWorkspaceStore } from '../../workspace/store/state'
import { exactCode } from './selectors'
import { COLOR_FOLLOWS_KEY, type CodingTarget, useCodebookStore } from './state'

const set = useCodebookStore.setState
const get = useCodebookStore.getState

/** Counts report requests, so that an answer to an older one never replaces a newer one's. */
let reportRequest = 0

const nameOf = (id: string): string => get().codes.find((c) => c.id === id)?.name ?? 'the code'

/** Runs a change; a refusal is shown and answers null. */
async function attempt<T>(change: () => Promise<T>): Promise<T | null> {
  try {
    return await change()
  } catch (error) {
    statusActions.alert(errorMessage(error))
    return null
  }
}

/** Refreshes the codebook, the code view and the open article's codes after a change (or its undo). */
async function refreshAll(): Promise<void> {
  await Promise.all([
    codebookActions.refresh(),
    codebookActions.loadArticle(useNotesStore.getState().articleId),
  ])
}

/** The code of that name, created at the top of the codebook when there is none; null when refused (said why). */
async function codeIdFor(name: string): Promise<string | null> {
  const known = exactCode(get().codes, name)
  if (known) return known.id
  const made = await codebookActions.create(name, null)
  if (!made) {
    statusActions.alert(get().editError ?? 'The code could not be created.')
    set({ editError: null })
  }
  return made?.id ?? null
}

export const codebookActions = {
  /**
   * Fetches the codebook, and the code view's reports while the Codes view is shown (the counts per article run
   * to every coded article, so they are not carried until someone looks); a selected code that is gone is let go.
   */
  async refresh(): Promise<void> {
    const request = ++reportRequest
    const reports = useWorkspaceStore.getState().view === 'codes'
    try {
      const [codes, counts, pairs] = await Promise.all([
        api.codes.list(),
        reports ? api.codes.counts() : get().counts,
        reports ? api.codes.cooccurrence() : get().pairs,
      ])
      if (request !== reportRequest) return
      const { selectedId, includeChildren } = get()
      const selected = codes.some((c) => c.id === selectedId) ? selectedId : null
      const passages = !selected
        ? []
        : reports
          ? await api.codes.passages(selected, includeChildren)
          : get().passages
      if (request === reportRequest) set({ codes, counts, pairs, selectedId: selected, passages })
    } catch (error) {
      if (request === reportRequest) statusActions.alert(errorMessage(error))
    }
  },

  /** Fetches the codes of an article's highlights (none for null). */
  async loadArticle(articleId: string | null): Promise<void> {
    if (!articleId) {
      set({ articleCodes: { articleId: null, byAnnotation: {} } })
      return
    }
    try {
      const byAnnotation = await api.codes.ofArticle(articleId)
      if (useNotesStore.getState().articleId === articleId) set({ articleCodes: { articleId, byAnnotation } })
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },

  /** Shows a code in the code view. */
  async select(id: string | null): Promise<void> {
    set({ selectedId: id, confirmingDelete: null, editError: null })
    await codebookActions.refresh()
  },

  async setIncludeChildren(includeChildren: boolean): Promise<void> {
    set({ includeChildren })
    await codebookActions.refresh()
  },

  setColorFollowsCode(colorFollowsCode: boolean): void {
    set({ colorFollowsCode })
    try {
      localStorage.setItem(COLOR_FOLLOWS_KEY, String(colorFollowsCode))
    } catch {
      // Storage refused (private mode): the setting holds for this session only.
    }
  },

  startCreate(parentId: string | null = null): void {
    set({ creating: { parentId }, editError: null, confirmingDelete: null })
  },

  cancelEdit(): void {
    set({ creating: null, editError: null })
  },

  /** Creates a code (and selects it); a refused name keeps the field open with the reason. */
  async create(
    name: string,
    parentId: string | null = get().creating?.parentId ?? null,
  ): Promise<Code | null> {
    let made: Code
    try {
      made = await api.codes.create(parentId ? { name, parentId } : { name })
    } catch (error) {
      set({ editError: errorMessage(error) })
      return null
    }
    set({ creating: null, editError: null, selectedId: made.id })
    let deleted: DeletedCode | null = null
    historyActions.record({
      label: `Code “${made.name}” created`,
      undo: async () => {
        deleted = await api.codes.delete(made.id)
        await refreshAll()
      },
      redo: async () => {
        if (deleted) await api.codes.restore(deleted)
        await refreshAll()
      },
    })
    statusActions.show(`Created the code “${made.name}”.`)
    await codebookActions.refresh()
    return made
  },

  /** Renames, recolours or describes a code. */
  async update(
    id: string,
    patch: { name?: string; color?: AnnotationColor; description?: string },
  ): Promise<boolean> {
    const before = get().codes.find((c) => c.id === id)
    if (!before) return false
    let after: Code
    try {
      after = await api.codes.update({ id, ...patch })
    } catch (error) {
      set({ editError: errorMessage(error) })
      return false
    }
    set({ editError: null })
    const undoPatch = { name: before.name, color: before.color, description: before.description }
    const what = patch.name !== undefined ? 'renamed' : patch.color !== undefined ? 'recoloured' : 'described'
    historyActions.record({
      label: `Code “${after.name}” ${what}`,
      undo: async () => {
        await api.codes.update({ id, ...undoPatch })
        await refreshAll()
      },
      redo: async () => {
        await api.codes.update({ id, ...patch })
        await refreshAll()
      },
    })
    await codebookActions.refresh()
    return true
  },

  /** Moves a code under another (null: the top level), at the end of its new siblings unless `index` is given. */
  async move(id: string, parentId: string | null, index?: number): Promise<boolean> {
    const before = get().codes.find((c) => c.id === id)
    if (!before) return false
    const request = (to: string | null, at?: number) => ({
      id,
      ...(to ? { parentId: to } : {}),
      ...(at === undefined ? {} : { index: at }),
    })
    const moved = await attempt(() => api.codes.move(request(parentId, index)))
    if (!moved) return false
    const where = parentId ? `under “${nameOf(parentId)}”` : 'to the top'
    historyActions.record({
      label: `Code “${moved.name}” moved ${where}`,
      undo: async () => {
        await api.codes.move(request(before.parentId, before.position))
        await refreshAll()
      },
      redo: async () => {
        await api.codes.move(request(parentId, index))
        await refreshAll()
      },
    })
    statusActions.show(`Moved “${moved.name}” ${where}.`)
    await codebookActions.refresh()
    return true
  },

  askDelete(id: string): void {
    set({ confirmingDelete: id, creating: null, editError: null })
  },

  cancelDelete(): void {
    set({ confirmingDelete: null })
  },

  /** Deletes the code waiting for confirmation: its children move up, its passages stay highlighted. */
  async confirmDelete(): Promise<void> {
    const id = get().confirmingDelete
    if (!id) return
    set({ confirmingDelete: null })
    let deleted = await attempt(() => api.codes.delete(id))
    if (!deleted) return
    const name = deleted.code.name
    historyActions.record({
      label: `Code “${name}” deleted`,
      undo: async () => {
        if (deleted) await api.codes.restore(deleted)
        await refreshAll()
      },
      redo: async () => {
        deleted = await api.codes.delete(id)
        await refreshAll()
      },
    })
    statusActions.show(`Deleted the code “${name}”. Its passages stay highlighted.`)
    await refreshAll()
  },

  /** Codes a highlight with a code (kept last among its codes). */
  async code(annotationId: string, codeId: string): Promise<boolean> {
    if ((get().articleCodes.byAnnotation[annotationId] ?? []).includes(codeId)) return true
    const name = nameOf(codeId)
    const done = await attempt(() => api.codes.code(annotationId, codeId))
    if (done === null) return false
    historyActions.record({
      label: `Passage coded “${name}”`,
      undo: async () => {
        await api.codes.uncode(annotationId, codeId)
        await refreshAll()
      },
      redo: async () => {
        await api.codes.code(annotationId, codeId)
        await refreshAll()
      },
    })
    statusActions.show(`Coded the passage “${name}”.`)
    await refreshAll()
    return true
  },

  /** Takes a code off a highlight. */
  async uncode(annotationId: string, codeId: string): Promise<void> {
    const index = (get().articleCodes.byAnnotation[annotationId] ?? []).indexOf(codeId)
    const name = nameOf(codeId)
    const done = await attempt(() => api.codes.uncode(annotationId, codeId))
    if (done === null) return
    historyActions.record({
      label: `Code “${name}” taken off a passage`,
      undo: async () => {
        await api.codes.code(annotationId, codeId, Math.max(0, index))
        await refreshAll()
      },
      redo: async () => {
        await api.codes.uncode(annotationId, codeId)
        await refreshAll()
      },
    })
    await refreshAll()
  },

  /** Opens the coding box for the selected text, or for a highlight. */
  openCoding(target?: CodingTarget): void {
    if (target) {
      set({ coding: target })
      return
    }
    const { article, selection } = useReaderStore.getState()
    if (!article || !selection || selection.end <= selection.start) return
    set({ coding: { kind: 'selection', articleId: article.id, ...selection } })
  },

  closeCoding(): void {
    set({ coding: null })
  },

  /**
   * Codes what the coding box was opened for with a code of the codebook, or a new one of the name typed;
   * coding a selection first makes it a highlight.
   */
  async applyCoding(choice: { codeId: string } | { name: string }): Promise<boolean> {
    const target = get().coding
    if (!target) return false
    set({ coding: null })
    const codeId = 'codeId' in choice ? choice.codeId : await codeIdFor(choice.name)
    if (!codeId) return false
    let annotationId: string
    if (target.kind === 'annotation') annotationId = target.annotationId
    else {
      const { article } = useReaderStore.getState()
      const created = await notesActions.create(
        { articleId: target.articleId, start: target.start, end: target.end },
        { text: article?.id === target.articleId ? article.text : undefined },
      )
      if (!created) return false
      annotationId = created.id
      readerActions.setSelection(null)
    }
    return codebookActions.code(annotationId, codeId)
  },

  /** Opens the article of a coded passage, scrolled to its highlight, which flashes. */
  async openPassage(articleId: string, annotationId: string): Promise<void> {
    workspaceActions.show('reader')
    await libraryActions.select(articleId)
    layoutActions.reveal('side')
    notesActions.reveal(annotationId)
  },
}
