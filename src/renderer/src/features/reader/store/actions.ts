import { api, errorMessage } from '../../../lib/api'
import { analysisActions } from '../../analysis/store/actions'
import { layoutActions } from '../../layout/store/actions'
import { notesActions } from '../../notes/store/actions'
import { statusActions } from '../../status/store/actions'
import { verdictsActions } from '../../verdicts/store/actions'
import { workspaceActions } from '../../workspace/store/actions'
import type { TextSpan } from './state'
import { useReaderStore } from './state'

const set = useReaderStore.setState
const get = useReaderStore.getState

// Answers to an earlier open are dropped when the user has since picked another article.
let openSeq = 0

/**
 * An article opens with the annotations of its first this-many characters (several screens), and the
 * rest follow: 2,000 highlights are most of a long article's answer, and the first screen needs few.
 */
export const FIRST_PART_CHARS = 20_000

export const readerActions = {
  /** Opens an article: the reader shows its text, the notes pane its memo and annotations. */
  async open(id: string): Promise<void> {
    const seq = ++openSeq
    // Opening an article (from the library, a search hit, a coded passage) shows it.
    workspaceActions.show('reader')
    set({ status: 'loading', articleId: id, error: null, selection: null })
    try {
      const { article, annotations, later } = await api.articles.open(id, FIRST_PART_CHARS)
      if (seq !== openSeq) return
      // Notes first, so the reader never draws this article with the last one's highlights.
      notesActions.load(article.id, article.memo, annotations)
      set({ status: 'ready', article })
      if (later) void notesActions.loadFrom(article.id, FIRST_PART_CHARS)
      // The analysis follows in its own time; the reader does not wait for it.
      void analysisActions.load(article.id)
      void verdictsActions.loadArticle(article.id)
    } catch (error) {
      if (seq !== openSeq) return
      set({ status: 'error', article: null, error: errorMessage(error) })
      notesActions.load(null, '', [])
      void analysisActions.load(null)
      void verdictsActions.loadArticle(null)
    }
  },

  /** Shows the open article's original file (as text; nothing in it is rendered or fetched). */
  async showOriginal(): Promise<void> {
    const id = get().article?.id
    if (!id) return
    try {
      set({ original: await api.articles.original(id) })
    } catch (error) {
      statusActions.alert(errorMessage(error))
    }
  },

  closeOriginal(): void {
    set({ original: null })
  },

  /** Extracts the open article again with the current extractor; its annotations follow. */
  async reextract(): Promise<void> {
    const id = get().article?.id
    if (!id || get().reextracting) return
    set({ reextracting: true })
    try {
      await notesActions.flush()
      const { placed, unplaced } = await api.articles.reextract(id)
      await readerActions.open(id)
      statusActions.show([reextractMessage(placed, unplaced)])
    } catch (error) {
      statusActions.alert(errorMessage(error))
    } finally {
      set({ reextracting: false })
    }
  },

  /** Asks the article text to take focus. */
  focusText(): void {
    set({ focusRequest: get().focusRequest + 1 })
  },

  isOpen(id: string): boolean {
    const { articleId, status } = get()
    return articleId === id && (status === 'ready' || status === 'loading')
  },

  close(): void {
    openSeq++
    set({ status: 'empty', articleId: null, article: null, error: null, selection: null })
    notesActions.load(null, '', [])
    void analysisActions.load(null)
    void verdictsActions.loadArticle(null)
  },

  setSelection(selection: TextSpan | null): void {
    const current = get().selection
    if (current === selection) return
    if (current && selection && current.start === selection.start && current.end === selection.end) return
    set({ selection })
  },

  /** Highlights the selected text; answers the new annotation's id, or null. */
  async highlightSelection(options: { focusNote?: boolean } = {}): Promise<string | null> {
    const { article, selection } = get()
    if (!article || !selection || selection.end <= selection.start) return null
    set({ selection: null })
    const created = await notesActions.create(
      { articleId: article.id, start: selection.start, end: selection.end },
      { focusNote: options.focusNote, text: article.text },
    )
    return created?.id ?? null
  },

  /** Highlights the selected text and puts the cursor in its note (showing the side pane if hidden). */
  addNoteToSelection(): Promise<string | null> {
    if (get().selection) layoutActions.reveal('side')
    return readerActions.highlightSelection({ focusNote: true })
  },
}

/** What the status bar says after a re-extraction. */
export function reextractMessage(placed: number, unplaced: number): string {
  const plural = (n: number) => (n === 1 ? 'annotation' : 'annotations')
  if (unplaced === 0) return `Article extracted again; ${placed} ${plural(placed)} kept in place.`
  return `Article extracted again; ${placed} ${plural(placed)} kept in place, ${unplaced} could not be placed on the new text.`
}
