import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { matchesShortcut } from '../../../../../shared/shortcuts'
import { isTextField } from '../../../lib/dom'
import { shortcutHint } from '../../../lib/shortcuts'
import { useWheelRest } from '../../../lib/wheelRest'
import { LayerLegend } from '../../analysis/components/LayerLegend'
import { LayerTooltip } from '../../analysis/components/LayerTooltip'
import { useHighlightKeys } from '../../analysis/lib/useHighlightKeys'
import { firstSpanKey, readerSpans } from '../../analysis/store/selectors'
import { useAnalysisStore } from '../../analysis/store/state'
import { codebookActions } from '../../codebook/store/actions'
import { paintedAnnotations } from '../../codebook/store/selectors'
import { useCodebookStore } from '../../codebook/store/state'
import { useNotesStore } from '../../notes/store/state'
import { FindBar } from '../../search/components/FindBar'
import { matchesIn } from '../../search/store/selectors'
import { useSearchStore } from '../../search/store/state'
import { verdictSpans } from '../../verdicts/store/selectors'
import { useVerdictsStore } from '../../verdicts/store/state'
import { rangeToSpan } from '../lib/offsets'
import { useSentenceCursor } from '../lib/useSentenceCursor'
import { readerActions } from '../store/actions'
import { useReaderStore } from '../store/state'
import { ArticleBody } from './ArticleBody'
import { ArticleHeader } from './ArticleHeader'
import { OriginalViewer } from './OriginalViewer'
import { SelectionToolbar } from './SelectionToolbar'

// Room kept between the toolbar and the selection, and the window's edges.
const TOOLBAR_GAP = 8
const TOOLBAR_HALF_WIDTH = 90
const TOOLBAR_HEIGHT = 40

function clearPageSelection() {
  window.getSelection()?.removeAllRanges()
  readerActions.setSelection(null)
}

/** A modal dialog (View original…) covers the reader: the selection there is not the user's to act on. */
function modalOpen(): boolean {
  return useReaderStore.getState().original !== null || document.querySelector('[aria-modal="true"]') !== null
}

/** Both ends of the range lie in the article body (not in the header, a pane or a dialog). */
function insideBody(body: Element, range: Range): boolean {
  return body.contains(range.startContainer) && body.contains(range.endContainer)
}

// Frames to wait for a block brought into a long article to be drawn.
const REVEAL_FRAMES = 10

/**
 * Scrolls `selector`'s first element in `body` into view. A long article draws only the blocks near
 * the view: when the element is not drawn, `reveal` scrolls to the block at `offset`, and the element
 * is looked for again on the next frames. Answers a function that stops looking.
 */
function scrollToElement(
  body: HTMLElement | null,
  reveal: ((offset: number) => void) | null,
  offset: number | undefined,
  selector: string,
  options: ScrollIntoViewOptions,
): () => void {
  const find = () => body?.querySelector(selector) ?? null
  const found = find()
  if (found || !reveal || offset === undefined) {
    found?.scrollIntoView?.(options)
    return () => undefined
  }
  reveal(offset)
  let frame = 0
  let tries = 0
  const again = () => {
    const element = find()
    if (element) element.scrollIntoView?.(options)
    else if (++tries < REVEAL_FRAMES) frame = requestAnimationFrame(again)
  }
  frame = requestAnimationFrame(again)
  return () => cancelAnimationFrame(frame)
}

/** The centre pane: the open article, its highlights, and the selection toolbar. */
export function ReaderPane() {
  const status = useReaderStore((s) => s.status)
  const article = useReaderStore((s) => s.article)
  const error = useReaderStore((s) => s.error)
  const selection = useReaderStore((s) => s.selection)
  const original = useReaderStore((s) => s.original)
  const focusRequest = useReaderStore((s) => s.focusRequest)
  const notes = useNotesStore((s) => s.annotations)
  const codes = useCodebookStore((s) => s.codes)
  const articleCodes = useCodebookStore((s) => s.articleCodes)
  const colorFollowsCode = useCodebookStore((s) => s.colorFollowsCode)
  const annotations = useMemo(
    () => paintedAnnotations({ codes, articleCodes, colorFollowsCode }, notes),
    [codes, articleCodes, colorFollowsCode, notes],
  )
  const flash = useNotesStore((s) => s.flash)
  const paneRef = useRef<HTMLElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  // Set by a long article, which draws only the blocks near the view: brings an offset's block in.
  const revealRef = useRef<((offset: number) => void) | null>(null)
  const [toolbar, setToolbar] = useState<{ top: number; left: number } | null>(null)
  const analysedId = useAnalysisStore((s) => s.articleId)
  const analysis = useAnalysisStore((s) => s.analysis)
  const visible = useAnalysisStore((s) => s.layers)
  const focusedSourceId = useAnalysisStore((s) => s.focusedSourceId)
  const layerFlash = useAnalysisStore((s) => s.flash)
  const rovingKey = useAnalysisStore((s) => s.rovingKey)
  const claimThreshold = useAnalysisStore((s) => s.claimThreshold)
  const current = article && analysedId === article.id ? analysis : null
  const layers = useMemo(
    () => readerSpans({ analysis: current, layers: visible, focusedSourceId, flash: layerFlash, claimThreshold }),
    [current, visible, focusedSourceId, layerFlash, claimThreshold],
  )
  const tabKey = rovingKey && layers.some((l) => l.key === rovingKey) ? rovingKey : firstSpanKey(layers)
  const marks = useVerdictsStore((s) => s.marks)
  const markedId = useVerdictsStore((s) => s.articleId)
  const verdicts = useMemo(
    () => (article && markedId === article.id ? verdictSpans(marks) : undefined),
    [article, markedId, marks],
  )
  const searchMatches = useSearchStore((s) => s.matches)
  const matches = matchesIn(searchMatches, article?.id) ?? undefined
  useHighlightKeys(paneRef)
  useWheelRest(paneRef)
  const announcement = useSentenceCursor(bodyRef, article)
  const hintId = useId()

  const readSelection = useCallback(() => {
    const body = bodyRef.current
    const text = useReaderStore.getState().article?.text
    const sel = window.getSelection()
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null
    if (!body || text === undefined || !range || !insideBody(body, range) || modalOpen()) {
      readerActions.setSelection(null)
      setToolbar(null)
      return
    }
    const span = rangeToSpan(body, range, text)
    readerActions.setSelection(span)
    if (!span) {
      setToolbar(null)
      return
    }
    const rect = range.getBoundingClientRect()
    const above = rect.top - TOOLBAR_GAP - TOOLBAR_HEIGHT
    const top = above > TOOLBAR_GAP ? above : rect.bottom + TOOLBAR_GAP
    const centre = rect.left + rect.width / 2
    const left = Math.max(
      TOOLBAR_GAP,
      Math.min(window.innerWidth - 2 * TOOLBAR_HALF_WIDTH - TOOLBAR_GAP, centre - TOOLBAR_HALF_WIDTH),
    )
    setToolbar({ top, left })
  }, [])

  useEffect(() => {
    document.addEventListener('selectionchange', readSelection)
    return () => document.removeEventListener('selectionchange', readSelection)
  }, [readSelection])

  // A dialog opening hides the toolbar and its shortcuts; closing it offers them again for the
  // selection still in the article.
  useEffect(() => {
    readSelection()
  }, [original, readSelection])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!useReaderStore.getState().selection || isTextField(event.target)) return
      if (matchesShortcut('clear-selection', event)) {
        clearPageSelection()
        setToolbar(null)
        return
      }
      if (matchesShortcut('code-passage', event)) {
        // The selection stays until the passage is coded: the coding box codes it.
        event.preventDefault()
        codebookActions.openCoding()
        return
      }
      const highlight = matchesShortcut('highlight', event)
      if (!highlight && !matchesShortcut('add-note', event)) return
      event.preventDefault()
      if (highlight) void readerActions.highlightSelection()
      else void readerActions.addNoteToSelection()
      clearPageSelection()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  // The "focus the article text" shortcut, and closing the find bar. The view stays where it is: the
  // browser would scroll a long article's text to its top to show the element taking focus.
  useEffect(() => {
    if (focusRequest) bodyRef.current?.focus({ preventScroll: true })
  }, [focusRequest])

  // A new article starts at the top.
  useLayoutEffect(() => {
    if (paneRef.current) paneRef.current.scrollTop = 0
  }, [article?.id])

  // Where each thing the reader may be asked to scroll to starts, read when asked (not a reason to scroll again).
  const starts = useRef({ annotations, layers, matches })
  useEffect(() => {
    starts.current = { annotations, layers, matches }
  })
  /** Scrolls to the element `find` answers, first drawing the block at `offset` if the article left it out. */
  const scrollToText = useCallback((offset: number | undefined, selector: string, options: ScrollIntoViewOptions) => {
    return scrollToElement(bodyRef.current, revealRef.current, offset, selector, options)
  }, [])

  // Scroll to a highlight the notes pane asked to see.
  useEffect(() => {
    if (!flash) return
    const offset = starts.current.annotations.find((a) => a.id === flash.id)?.position.start
    return scrollToText(offset, `mark[data-annotation-id="${CSS.escape(flash.id)}"]`, { block: 'center', behavior: 'smooth' })
  }, [flash, scrollToText])

  // Scroll to a claim the Claims panel asked to see, and to the first words of a chosen source.
  useEffect(() => {
    if (!layerFlash) return
    const offset = starts.current.layers.find((l) => l.key === layerFlash.key)?.start
    return scrollToText(offset, `span[data-key="${CSS.escape(layerFlash.key)}"]`, { block: 'center', behavior: 'smooth' })
  }, [layerFlash, scrollToText])
  useEffect(() => {
    if (!focusedSourceId) return
    const offset = starts.current.layers.find((l) => l.focused)?.start
    return scrollToText(offset, 'span.an-focused', { block: 'center', behavior: 'smooth' })
  }, [focusedSourceId, scrollToText])

  // Scroll to the match a search opened the article at, or F3 moved to.
  useEffect(() => {
    if (!matches || !searchMatches) return
    const offset = matches[searchMatches.current]?.start
    return scrollToText(offset, `mark[data-match="${searchMatches.current}"]`, { block: 'center' })
  }, [matches, searchMatches, scrollToText])

  return (
    <section
      ref={paneRef}
      className="pane pane-reader"
      aria-label="Reader"
      aria-busy={status === 'loading'}
      onScroll={toolbar ? readSelection : undefined}
    >
      {status === 'empty' && (
        <div className="reader-empty">
          <h2 className="reader-empty-title">No article open</h2>
          <p>Choose an article in the library, or import one, to read it here.</p>
        </div>
      )}
      {status === 'loading' && !article && <p className="reader-loading">Opening the article…</p>}
      {status === 'error' && (
        <div className="reader-error" role="alert">
          <h2 className="reader-empty-title">The article could not be opened</h2>
          <p>{error}</p>
        </div>
      )}
      {article && status !== 'error' && (
        // One sticky strip for both bars: two sticky bars at the top of one scroller would cover each other.
        <div className="reader-bars">
          <FindBar />
          <LayerLegend />
        </div>
      )}
      {article && status !== 'error' && (
        <article className={status === 'loading' ? 'reader-article is-stale' : 'reader-article'}>
          <ArticleHeader article={article} />
          <ArticleBody
            ref={bodyRef}
            article={article}
            annotations={annotations}
            flash={flash}
            layers={layers}
            tabKey={tabKey}
            layerFlash={layerFlash}
            describedBy={hintId}
            matches={matches}
            currentMatch={matches ? searchMatches?.current : undefined}
            verdicts={verdicts}
            scrollRef={paneRef}
            revealRef={revealRef}
          />
        </article>
      )}
      <p id={hintId} className="visually-hidden">
        {`${shortcutHint('sentence-next')} and ${shortcutHint('sentence-previous')} select a sentence, with Shift to extend; `}
        {`${shortcutHint('highlight')} highlights, ${shortcutHint('add-note')} adds a note; ${shortcutHint('shortcuts')} lists every key.`}
      </p>
      {/* What the keyboard's sentence cursor selected, read out by screen readers. */}
      <p className="visually-hidden" aria-live="polite" data-testid="reader-announcement">
        {announcement}
      </p>
      <LayerTooltip rootRef={paneRef} />
      {original && <OriginalViewer original={original} />}
      {selection && toolbar && article && !original && (
        <SelectionToolbar top={toolbar.top} left={toolbar.left} onDone={clearPageSelection} />
      )}
    </section>
  )
}
