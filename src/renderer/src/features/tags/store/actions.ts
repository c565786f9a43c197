import type { NoteTags } from '../../../../../shared/model/tags'
import { api, errorMessage } from '../../../lib/api'
import { historyActions } from '../../history/store/actions'
import { layoutActions } from '../../layout/store/actions'
import { useNotesStore } from '../../notes/store/state'
import { searchActions } from '../../search/store/actions'
import { statusActions } from '../../status/store/actions'
import { quotedList, tagQuery } from './selectors'
import { type TagSort, useTagsStore } from './state'

const set = useTagsStore.setState
const get = useTagsStore.getState

/** The open article's notes show their tags again as main now has them (after a rename, a merge or its undo). */
async function refreshOpenNotes(): Promise<void> {
  const { articleId } = useNotesStore.getState()
  if (!articleId) return
  const { annotations } = await api.articles.open(articleId)
  const tags = new Map(annotations.map((a) => [a.id, a.tags]))
  if (useNotesStore.getState().articleId !== articleId) return
  useNotesStore.setState({
    annotations: useNotesStore.getState().annotations.map((a) => ({ ...a, tags: tags.get(a.id) ?? a.tags })),
  })
}

/** After any change to tags: the list and the open notes fetched again. */
async function refreshAll(): Promise<void> {
  await tagsActions.load()
  try {
    await refreshOpenNotes()
  } catch (error) {
    statusActions.alert(errorMessage(error))
  }
}

/**
 * A rename or merge on the window's timeline: undo puts every note's tags back as main answered
 * them, redo changes them again (and keeps what that answers for the next undo).
 */
function recordRetag(label: string, before: NoteTags[], again: () => Promise<NoteTags[]>): void {
  let notes = before
  historyActions.record({
    label,
    undo: async () => {
      await api.tags.restore(notes)
      await refreshAll()
    },
    redo: async () => {
      notes = await again()
      await refreshAll()
    },
  })
}

export const tagsActions = {
  /** Fetches every tag with its counts; ticks of tags that are gone are dropped. */
  async load(): Promise<void> {
    try {
      const tags = await api.tags.list()
      const names = new Set(tags.map((t) => t.name))
      set({ tags, loaded: true, selected: get().selected.filter((s) => names.has(s)) })
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },

  setSort(sort: TagSort): void {
    set({ sort })
  },

  toggleSelected(name: string): void {
    const { selected } = get()
    set({ selected: selected.includes(name) ? selected.filter((s) => s !== name) : [...selected, name] })
  },

  startRename(name: string): void {
    set({ renaming: name, renameError: null, confirmingMerge: false, mergeError: null })
  },

  cancelRename(): void {
    set({ renaming: null, renameError: null })
  },

  /** Renames the tag being renamed on every note; a refused name keeps the field open with the reason. */
  async submitRename(to: string): Promise<boolean> {
    const from = get().renaming
    if (!from) return false
    const name = to.trim()
    if (name === from) {
      tagsActions.cancelRename()
      return true
    }
    try {
      const before = await api.tags.rename(from, to)
      set({ renaming: null, renameError: null })
      statusActions.show(`Renamed the tag “${from}” to “${name}” on ${notesCount(before.length)}.`)
      if (before.length)
        recordRetag(`Tag “${from}” renamed to “${name}”`, before, () => api.tags.rename(from, to))
    } catch (error) {
      set({ renameError: errorMessage(error) })
      return false
    }
    await refreshAll()
    return true
  },

  /** Asks for the merged tag's name (two or more tags ticked). */
  askMerge(): void {
    if (get().selected.length < 2) return
    set({ confirmingMerge: true, mergeError: null, renaming: null, renameError: null })
  },

  cancelMerge(): void {
    set({ confirmingMerge: false, mergeError: null })
  },

  /** Merges the ticked tags into one name on every note. */
  async confirmMerge(to: string): Promise<boolean> {
    const from = get().selected
    if (!get().confirmingMerge || from.length < 2) return false
    const name = to.trim()
    try {
      const before = await api.tags.merge(from, to)
      set({ confirmingMerge: false, mergeError: null, selected: [] })
      statusActions.show(`Merged ${quotedList(from)} into “${name}” on ${notesCount(before.length)}.`)
      if (before.length)
        recordRetag(`Tags ${quotedList(from)} merged into “${name}”`, before, () => api.tags.merge(from, to))
    } catch (error) {
      set({ mergeError: errorMessage(error) })
      return false
    }
    await refreshAll()
    return true
  },

  /** Lists the articles whose notes carry the tag: a library search `tag:"name"`. */
  async showTagged(name: string): Promise<void> {
    layoutActions.reveal('library')
    searchActions.setQuery(tagQuery(name))
    await searchActions.run()
  },
}

/** How many suggestions the note editor's tags field lists. */
export const SUGGESTION_LIMIT = 8

/**
 * Tags of the library for the note editor's autocomplete, leaving out those already typed; none
 * when they cannot be fetched (typing goes on without them).
 */
export async function suggestTags(prefix: string, typed: readonly string[]): Promise<string[]> {
  if (!prefix.trim()) return []
  try {
    const names = await api.tags.suggest(prefix.trim(), SUGGESTION_LIMIT + typed.length)
    return names.filter((n) => !typed.includes(n)).slice(0, SUGGESTION_LIMIT)
  } catch {
    return []
  }
}

const notesCount = (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}`
