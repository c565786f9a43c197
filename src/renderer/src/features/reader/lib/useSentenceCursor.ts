import { useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { Article } from '../../../../../shared/model/article'
import { matchesShortcut, type ShortcutId } from '../../../../../shared/shortcuts'
import { isTextField } from '../../../lib/dom'
import { readerActions } from '../store/actions'
import { useReaderStore } from '../store/state'
import { pointToOffset, spanToRange } from './offsets'
import {
  articleSentences,
  cursorSpan,
  sentenceAt,
  stepCursor,
  type SentenceCursor,
  type SentenceSpan,
} from './sentences'

const STEPS: [ShortcutId, 1 | -1, boolean][] = [
  ['sentence-next', 1, false],
  ['sentence-previous', -1, false],
  ['extend-next', 1, true],
  ['extend-previous', -1, true],
]

// Room kept below a selected sentence, and above it beyond the pinned bars (legend, find bar).
const SCROLL_GAP_TOP = 16
const SCROLL_MARGIN_BOTTOM = 32

/** Room to keep above a sentence: the bars pinned at the top of the reader (taller with the find bar open), and a gap. */
export function topMargin(pane: Element): number {
  const bars = pane.querySelector('.reader-bars')
  return (bars?.getBoundingClientRect().height ?? 0) + SCROLL_GAP_TOP
}

/** Where a new cursor starts: at the caret or selection in the article, else at the first sentence in view. */
function startingOffset(body: HTMLElement): number {
  const sel = window.getSelection()
  if (sel && sel.rangeCount > 0 && sel.anchorNode && body.contains(sel.anchorNode)) {
    return pointToOffset(body, sel.anchorNode, sel.anchorOffset)
  }
  const pane = body.closest('.pane')
  const top = (pane?.getBoundingClientRect().top ?? 0) + (pane ? topMargin(pane) : 0)
  const blocks = [...body.querySelectorAll<HTMLElement>('[data-start]')]
  const inView = blocks.find((b) => b.getBoundingClientRect().bottom > top)
  return inView ? Number(inView.dataset.start) : 0
}

/** Scrolls the reader just enough to show `range`, clear of the bars pinned at the top. */
function reveal(body: HTMLElement, range: Range): void {
  const pane = body.closest<HTMLElement>('.pane')
  const rect = range.getBoundingClientRect?.()
  if (!pane || !rect) return
  const view = pane.getBoundingClientRect()
  const margin = topMargin(pane)
  if (rect.top < view.top + margin || rect.bottom > view.bottom - SCROLL_MARGIN_BOTTOM) {
    pane.scrollTop += rect.top - view.top - Math.max(margin, view.height / 3)
  }
}

/**
 * The keyboard's reading cursor over the article's sentences. With the article text focused,
 * J/K (or Alt+↓/↑) select the next or previous sentence and Shift extends the selection; the
 * selection is a real page selection, the one the mouse makes, so the toolbar, H and N act on
 * it. Escape clears it. Answers what to announce to screen readers.
 *
 * Why a cursor of our own rather than caret browsing (F7): caret browsing is off by default,
 * is a browser-wide mode that fights a screen reader's own virtual cursor, and moves by
 * character or line; a sentence cursor works the same with and without a screen reader, and
 * what it selected is read out from a live region.
 */
export function useSentenceCursor(bodyRef: RefObject<HTMLElement | null>, article: Article | null): string {
  const cursor = useRef<SentenceCursor | null>(null)
  // The span this cursor last selected: another selection (the mouse's) starts a new cursor.
  const selected = useRef<{ start: number; end: number } | null>(null)
  // Kept with the article it is about, so that another article starts silent.
  const [announcement, setAnnouncement] = useState<{ articleId: string; text: string } | null>(null)

  useEffect(() => {
    cursor.current = null
    selected.current = null
    const body = bodyRef.current
    if (!body || !article) return
    const { id: articleId, text } = article
    const announce = (message: string) => setAnnouncement({ articleId, text: message })
    // Split on the first key press only: most articles are read without the cursor.
    let split: SentenceSpan[] | null = null
    const sentencesOf = () => (split ??= articleSentences(text, article.blocks))

    function clear(): boolean {
      const sel = window.getSelection()
      const had = !!cursor.current || !!useReaderStore.getState().selection || !!(sel && !sel.isCollapsed)
      cursor.current = null
      selected.current = null
      sel?.removeAllRanges()
      readerActions.setSelection(null)
      if (had) announce('Selection cleared.')
      return had
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextField(event.target)) return
      if (matchesShortcut('clear-selection', event)) {
        if (clear()) event.preventDefault()
        return
      }
      const step = STEPS.find(([id]) => matchesShortcut(id, event))
      const sentences = step ? sentencesOf() : []
      if (!step || !sentences.length) return
      event.preventDefault()
      const current = useReaderStore.getState().selection
      const own = selected.current
      if (current && (!own || own.start !== current.start || own.end !== current.end)) cursor.current = null
      const from = cursor.current ? 0 : sentenceAt(sentences, startingOffset(body!))
      const next = stepCursor(cursor.current, sentences.length, step[1], step[2], from)
      if (!next) return
      cursor.current = next
      const span = cursorSpan(next, sentences)
      const range = spanToRange(body!, span)
      if (!range) return
      selected.current = span
      const sel = window.getSelection()
      sel?.removeAllRanges()
      sel?.addRange(range)
      // The page's selectionchange arrives later; the keys that act on the selection may come first.
      readerActions.setSelection(span)
      reveal(body!, range)
      const count = Math.abs(next.focus - next.anchor) + 1
      const where = count === 1 ? `Sentence ${next.focus + 1} of ${sentences.length}` : `${count} sentences`
      announce(`${where}: ${text.slice(span.start, span.end)}`)
    }

    // A press of the mouse in the text starts the next cursor where it lands.
    function onMouseDown() {
      cursor.current = null
      selected.current = null
    }

    body.addEventListener('keydown', onKeyDown)
    body.addEventListener('mousedown', onMouseDown)
    return () => {
      body.removeEventListener('keydown', onKeyDown)
      body.removeEventListener('mousedown', onMouseDown)
    }
  }, [bodyRef, article])

  return announcement && announcement.articleId === article?.id ? announcement.text : ''
}
