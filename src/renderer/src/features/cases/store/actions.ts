import type { ArticleListRow, ArticleSortKey } from '../../../../../shared/model/articleList'
import type { DeletedCase } from '../../../../../shared/model/case'
import { api, errorMessage } from '../../../lib/api'
import { historyActions } from '../../history/store/actions'
import { useLibraryStore } from '../../library/store/state'
import { statusActions } from '../../status/store/actions'
import { rowsQuery, sameScope } from './selectors'
import { type CaseScope, useCasesStore } from './state'

const set = useCasesStore.setState
const get = useCasesStore.getState

/** Counts list requests, so that an answer to an older one never replaces a newer one's. */
let rowsRequest = 0

const caseName = (id: string): string => get().cases.find((c) => c.id === id)?.name ?? 'the case'
const currentQuery = () => rowsQuery(get().scope, get().sort, useLibraryStore.getState().listFilters)
const articleTitle = (id: string): string =>
  useLibraryStore.getState().articles.find((a) => a.id === id)?.title ?? 'The article'

export const casesActions = {
  /** Fetches the cases, their counts and the list; falls back to all articles when the chosen case is gone. */
  async refresh(): Promise<void> {
    try {
      await casesActions.fetch()
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },

  /**
   * What `refresh` does, failing instead of saying why: the cases and the list are asked for together (each
   * waits on main, not on the other) and the rows fetched are answered, for the library to list them too.
   * With `limit`, only the list's first rows are asked for.
   */
  async fetch(limit?: number): Promise<ArticleListRow[]> {
    const request = ++rowsRequest
    const query = limit === undefined ? currentQuery() : { ...currentQuery(), limit }
    const asked = api.articles.listRows(query)
    // The list of a case deleted meanwhile is refused; that refusal is not an error when the cases say so.
    asked.catch(() => {})
    const overview = await api.cases.list()
    const { scope } = get()
    const gone = scope.kind === 'case' && !overview.cases.some((c) => c.id === scope.id)
    set({ ...overview, ...(gone ? { scope: { kind: 'all' } as const } : {}) })
    if (gone) {
      await casesActions.loadRows()
      return get().rows ?? []
    }
    const rows = await asked
    if (request === rowsRequest) set({ rows })
    return rows
  },

  /** Sets the note count of one row of the list, as the open article's notes change. */
  setNoteCount(id: string, notes: number): void {
    const { rows } = get()
    if (!rows?.some((r) => r.id === id && r.notes !== notes)) return
    set({ rows: rows.map((r) => (r.id === id ? { ...r, notes } : r)) })
  },

  /** Fetches the list for the scope and order chosen. */
  async loadRows(): Promise<void> {
    const request = ++rowsRequest
    try {
      const rows = await api.articles.listRows(currentQuery())
      if (request === rowsRequest) set({ rows })
    } catch (error) {
      if (request === rowsRequest) statusActions.alert(errorMessage(error))
    }
  },

  /** Shows all articles, the unfiled ones, or one case's. */
  async choose(scope: CaseScope): Promise<void> {
    if (sameScope(scope, get().scope)) return
    set({ scope, confirmingDelete: null })
    await casesActions.loadRows()
  },

  async setSort(sort: ArticleSortKey): Promise<void> {
    if (sort === get().sort) return
    set({ sort })
    await casesActions.loadRows()
  },

  startCreate(): void {
    set({ editing: { mode: 'create' }, editError: null, confirmingDelete: null })
  },

  startRename(id: string): void {
    set({ editing: { mode: 'rename', id }, editError: null, confirmingDelete: null })
  },

  cancelEdit(): void {
    set({ editing: null, editError: null })
  },

  /**
   * Creates the case being named (and shows it) or renames the one being renamed. A refused name
   * leaves the field open with the reason; answers whether the name was taken.
   */
  async submitName(name: string): Promise<boolean> {
    const { editing } = get()
    if (!editing) return false
    try {
      if (editing.mode === 'create') {
        const made = await api.cases.create(name)
        set({ editing: null, editError: null, scope: { kind: 'case', id: made.id } })
        statusActions.show(`Created the case “${made.name}”.`)
        recordCreate(made.id, made.name)
      } else {
        const before = caseName(editing.id)
        const renamed = await api.cases.rename(editing.id, name)
        set({ editing: null, editError: null })
        statusActions.show(`Renamed the case to “${renamed.name}”.`)
        if (renamed.name !== before) recordRename(editing.id, before, renamed.name)
      }
    } catch (error) {
      set({ editError: errorMessage(error) })
      return false
    }
    await casesActions.refresh()
    return true
  },

  askDelete(id: string): void {
    set({ confirmingDelete: id, editing: null, editError: null })
  },

  cancelDelete(): void {
    set({ confirmingDelete: null })
  },

  /** Deletes the case waiting for confirmation; its articles stay in the library. */
  async confirmDelete(): Promise<void> {
    const id = get().confirmingDelete
    if (!id) return
    set({ confirmingDelete: null })
    try {
      const gone = await api.cases.delete(id)
      if (sameScope(get().scope, { kind: 'case', id })) set({ scope: { kind: 'all' } })
      recordDelete(gone)
      const kept = gone.articles
        ? ` Its ${gone.articles === 1 ? 'article stays' : 'articles stay'} in the library.`
        : ''
      statusActions.show(`Deleted the case “${gone.name}”.${kept}`)
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
    await casesActions.refresh()
  },

  openAddMenu(): void {
    if (useLibraryStore.getState().selectedId) set({ addMenuOpen: true })
  },

  closeAddMenu(): void {
    set({ addMenuOpen: false })
  },

  /** Puts an article in a case (dropped on it, or chosen from "Add to case…"). */
  async addToCase(caseId: string, articleId: string): Promise<void> {
    set({ addMenuOpen: false })
    const title = articleTitle(articleId)
    try {
      const added = await api.cases.addArticles(caseId, [articleId])
      if (added) recordMembership('add', caseId, articleId)
      statusActions.show(
        added
          ? `Added “${title}” to “${caseName(caseId)}”.`
          : `“${title}” is already in “${caseName(caseId)}”.`,
      )
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
    await casesActions.refresh()
  },

  /** Takes an article out of a case; it stays in the library. */
  async removeFromCase(caseId: string, articleId: string): Promise<void> {
    try {
      const removed = await api.cases.removeArticles(caseId, [articleId])
      if (removed) recordMembership('remove', caseId, articleId)
      statusActions.show(`Took “${articleTitle(articleId)}” out of “${caseName(caseId)}”.`)
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
    await casesActions.refresh()
  },
}

/*
 * Undo and redo of the changes above, on the window's one timeline. Each step calls the API (its
 * ApiError tells the person why a step could not be taken) and then fetches the cases again.
 */

async function thenRefresh<T>(change: Promise<T>): Promise<T> {
  const value = await change
  await casesActions.refresh()
  return value
}

/** Undo deletes the new case (keeping what `cases:delete` answers), redo puts that back: the id stays. */
function recordCreate(id: string, name: string): void {
  let deleted: DeletedCase | null = null
  historyActions.record({
    label: `Case “${name}” created`,
    undo: async () => {
      deleted = await thenRefresh(api.cases.delete(id))
    },
    redo: async () => {
      if (deleted) await thenRefresh(api.cases.restore(deleted))
    },
  })
}

function recordRename(id: string, before: string, after: string): void {
  historyActions.record({
    label: `Case “${before}” renamed to “${after}”`,
    undo: async () => void (await thenRefresh(api.cases.rename(id, before))),
    redo: async () => void (await thenRefresh(api.cases.rename(id, after))),
  })
}

/** Undo brings the case back with its articles; redo deletes it again. */
function recordDelete(gone: DeletedCase): void {
  let deleted = gone
  historyActions.record({
    label: `Case “${gone.name}” deleted`,
    undo: async () => void (await thenRefresh(api.cases.restore(deleted))),
    redo: async () => {
      deleted = await thenRefresh(api.cases.delete(deleted.id))
    },
  })
}

function recordMembership(change: 'add' | 'remove', caseId: string, articleId: string): void {
  const add = () => thenRefresh(api.cases.addArticles(caseId, [articleId]))
  const remove = () => thenRefresh(api.cases.removeArticles(caseId, [articleId]))
  const title = articleTitle(articleId)
  const name = caseName(caseId)
  historyActions.record({
    label: change === 'add' ? `“${title}” added to “${name}”` : `“${title}” taken out of “${name}”`,
    undo: async () => void (await (change === 'add' ? remove() : add())),
    redo: async () => void (await (change === 'add' ? add() : remove())),
  })
}
