import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { matchesShortcut } from '../../../../../shared/shortcuts'
import { isTextField } from '../../../lib/dom'
import { shortcutHint } from '../../../lib/shortcuts'
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

  // The "focus the article text" shortcut.
  useEffect(() => {
    if (focusRequest) bodyRef.current?.focus()
  }, [focusRequest])

  // A new article starts at the top.
  useLayoutEffect(() => {
    if (paneRef.current) paneRef.current.scrollTop = 0
  }, [article?.id])

  // Scroll to a highlight the notes pane asked to see.
  useEffect(() => {
    if (!flash || !bodyRef.current) return
    const mark = bodyRef.current.querySelector(`mark[data-annotation-id="${CSS.escape(flash.id)}"]`)
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [flash])

  // Scroll to a claim the Claims panel asked to see, and to the first words of a chosen source.
  useEffect(() => {
    if (!layerFlash || !bodyRef.current) return
    const span = bodyRef.current.querySelector(`span[data-key="${CSS.escape(layerFlash.key)}"]`)
    span?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [layerFlash])
  useEffect(() => {
    if (!focusedSourceId || !bodyRef.current) return
    bodyRef.current.querySelector('span.an-focused')?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [focusedSourceId])

  // Scroll to the match a search opened the article at, or F3 moved to.
  useEffect(() => {
    if (!matches || !searchMatches || !bodyRef.current) return
    const mark = bodyRef.current.querySelector(`mark[data-match="${searchMatches.current}"]`)
    mark?.scrollIntoView?.({ block: 'center' })
  }, [matches, searchMatches])

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
