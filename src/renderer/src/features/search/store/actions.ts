import { api, errorMessage } from '../../../lib/api'
import { layoutActions } from '../../layout/store/actions'
import { libraryActions } from '../../library/store/actions'
import { notesActions } from '../../notes/store/actions'
import { useReaderStore } from '../../reader/store/state'
import { findMatches } from '../lib/findMatches'
import { useSearchStore, type ReaderMatches } from './state'

const set = useSearchStore.setState
const get = useSearchStore.getState

/** How long typing pauses before the search runs by itself (Enter runs it at once). */
export const SEARCH_DEBOUNCE_MS = 250

let timer: ReturnType<typeof setTimeout> | undefined
// Answers to an earlier query are dropped when a later one has been sent.
let searchSeq = 0

// Always a new object, even for the same match: the reader scrolls to the current match on every change.
function showMatches(matches: ReaderMatches | null): void {
  set({ matches: matches && { ...matches } })
}

export const searchActions = {
  /** Takes what is typed in the search box and runs the search once typing pauses. */
  setQuery(query: string): void {
    set({ query })
    clearTimeout(timer)
    if (!query.trim()) {
      searchActions.clear(query)
      return
    }
    timer = setTimeout(() => void searchActions.run(), SEARCH_DEBOUNCE_MS)
  },

  /** Runs the search for the query in the box now. */
  async run(): Promise<void> {
    clearTimeout(timer)
    const query = get().query.trim()
    if (!query) return
    const seq = ++searchSeq
    set({ status: 'searching', error: null })
    try {
      const hits = await api.search.query(query)
      if (seq !== searchSeq) return
      set({ status: 'done', hits, searched: query, activeHit: 0 })
    } catch (error) {
      if (seq !== searchSeq) return
      set({ status: 'error', hits: [], searched: query, error: errorMessage(error) })
    }
  },

  /** Empties the results (and the box, unless told what it now holds); the article list shows again. */
  clear(query = ''): void {
    clearTimeout(timer)
    searchSeq++
    set({ query, status: 'idle', hits: [], searched: '', error: null, activeHit: 0 })
    if (get().matches?.from === 'library') showMatches(null)
  },

  setActiveHit(index: number): void {
    const count = get().hits.length
    if (count) set({ activeHit: Math.max(0, Math.min(count - 1, index)) })
  },

  /** Opens a result: the article, scrolled to its first match with every match marked, or to the note that matched. */
  async openHit(index: number): Promise<void> {
    const hit = get().hits[index]
    if (!hit) return
    set({ activeHit: index })
    if (get().findOpen) set({ findOpen: false, findQuery: '' })
    showMatches({ articleId: hit.id, spans: hit.matches, current: 0, from: 'library' })
    await libraryActions.select(hit.id)
    if (hit.annotationId) {
      // The words are in a note, not in the text: show that note and its passage.
      layoutActions.reveal('side')
      notesActions.reveal(hit.annotationId)
      notesActions.focusNote(hit.annotationId)
    }
  },

  /** Asks the search box to take focus. */
  focusSearch(): void {
    set({ focusRequest: get().focusRequest + 1 })
  },

  /** Moves to the next (1) or previous (-1) match in the open article, going round at the ends. */
  step(delta: 1 | -1): void {
    const { matches } = get()
    if (!matches?.spans.length || matches.articleId !== useReaderStore.getState().article?.id) return
    const count = matches.spans.length
    showMatches({ ...matches, current: (matches.current + delta + count) % count })
  },

  /** Opens the find box over the reader (or puts the focus back in it). */
  openFind(): void {
    if (!useReaderStore.getState().article) return
    set({ findOpen: true, findFocusRequest: get().findFocusRequest + 1 })
  },

  /** Marks every match of `query` in the open article, case and accents ignored, and goes to the first. */
  setFindQuery(query: string): void {
    set({ findQuery: query })
    const article = useReaderStore.getState().article
    if (!article || !query.trim()) {
      if (get().matches?.from === 'find') showMatches(null)
      return
    }
    showMatches({ articleId: article.id, spans: findMatches(article.text, query), current: 0, from: 'find' })
  },

  /** Takes the library search's marks out of the reader. */
  clearMatches(): void {
    showMatches(null)
  },

  /** Closes the find box and takes its marks away. */
  closeFind(): void {
    set({ findOpen: false, findQuery: '' })
    if (get().matches?.from === 'find') showMatches(null)
  },
}
