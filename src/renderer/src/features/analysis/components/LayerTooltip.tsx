import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { explainHighlight } from '../lib/explain'
import { hasKeyboardFocus, layerChain } from '../lib/layerElements'
import { useReaderStore } from '../../reader/store/state'
import { useAnalysisStore } from '../store/state'

interface Props {
  /** The element holding the article text (listeners go on it). */
  rootRef: RefObject<HTMLElement | null>
}

interface Target {
  el: HTMLElement
  /** `el` and the highlights around it, innermost first. */
  chain: HTMLElement[]
  via: 'hover' | 'focus'
  /** Where to put the tooltip: under this box (one line of the highlight). */
  anchor: { top: number; bottom: number; left: number }
}

// Room between the tooltip and the text, and the window's edges.
const GAP = 6
const MAX_WIDTH = 360

function lineBox(el: HTMLElement, y: number | null): Target['anchor'] {
  const rects = [...el.getClientRects()]
  const rect =
    (y !== null && rects.find((r) => y >= r.top && y <= r.bottom)) || rects[0] || el.getBoundingClientRect()
  return { top: rect.top, bottom: rect.bottom, left: rect.left }
}

/**
 * Says why a claim, reported statement, quote or source mention is highlighted, while the pointer is over it or it
 * has keyboard focus; linked to it by aria-describedby; Escape hides it.
 */
export function LayerTooltip({ rootRef }: Props) {
  const analysis = useAnalysisStore((s) => s.analysis)
  const text = useReaderStore((s) => s.article?.text ?? '')
  const [target, setTarget] = useState<Target | null>(null)
  const tipRef = useRef<HTMLDivElement>(null)
  const id = useId()

  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const show = (el: HTMLElement, via: Target['via'], y: number | null) =>
      setTarget((t) =>
        t?.el === el && t.via === via ? t : { el, chain: layerChain(el, root!), via, anchor: lineBox(el, y) },
      )
    function onOver(event: MouseEvent) {
      const [el] = layerChain(event.target, root!)
      if (el) show(el, 'hover', event.clientY)
    }
    function onOut(event: MouseEvent) {
      const [from] = layerChain(event.target, root!)
      const [to] = layerChain(event.relatedTarget, root!)
      if (from && from !== to) setTarget((t) => (t?.via === 'hover' ? null : t))
    }
    function onFocusIn(event: FocusEvent) {
      const [el] = layerChain(event.target, root!)
      // A click focuses the highlight too; the tooltip then follows the pointer, not the focus.
      if (el && el === event.target && hasKeyboardFocus(el)) show(el, 'focus', null)
    }
    function onFocusOut() {
      setTarget((t) => (t?.via === 'focus' ? null : t))
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') setTarget(null)
    }
    function onScroll() {
      // Follow the text; the pointer's next move says whether it is still over the highlight.
      setTarget((t) => (t ? { ...t, anchor: lineBox(t.el, null) } : null))
    }
    root.addEventListener('mouseover', onOver)
    root.addEventListener('mouseout', onOut)
    root.addEventListener('focusin', onFocusIn)
    root.addEventListener('focusout', onFocusOut)
    root.addEventListener('keydown', onKeyDown)
    root.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      root.removeEventListener('mouseover', onOver)
      root.removeEventListener('mouseout', onOut)
      root.removeEventListener('focusin', onFocusIn)
      root.removeEventListener('focusout', onFocusOut)
      root.removeEventListener('keydown', onKeyDown)
      root.removeEventListener('scroll', onScroll)
    }
  }, [rootRef])

  // The described element points at the tooltip while it shows.
  useEffect(() => {
    if (!target) return
    const { el } = target
    el.setAttribute('aria-describedby', id)
    return () => el.removeAttribute('aria-describedby')
  }, [target, id])

  // Under the line, or above it when there is no room below; inside the window.
  useLayoutEffect(() => {
    const tip = tipRef.current
    if (!target || !tip) return
    const { height, width } = tip.getBoundingClientRect()
    const below = target.anchor.bottom + GAP
    const top =
      below + height > window.innerHeight - GAP ? Math.max(GAP, target.anchor.top - GAP - height) : below
    const left = Math.max(GAP, Math.min(window.innerWidth - width - GAP, target.anchor.left))
    tip.style.top = `${top}px`
    tip.style.left = `${left}px`
    tip.style.visibility = 'visible'
  })

  if (!target || !target.el.isConnected) return null
  const items = target.chain
    .map((el) => explainHighlight(analysis, el.dataset.layer, el.dataset.id, text))
    .filter((e) => e !== null)
  if (!items.length) return null
  return (
    <div
      ref={tipRef}
      id={id}
      role="tooltip"
      className="layer-tooltip"
      style={{ top: 0, left: 0, maxWidth: MAX_WIDTH, visibility: 'hidden' }}
    >
      {items.map((item, i) => (
        <div key={i} className="layer-tooltip-item">
          <p className="layer-tooltip-title">{item.title}</p>
          {item.lines.map((line, j) => (
            <p key={j} className="layer-tooltip-line">
              {line}
            </p>
          ))}
        </div>
      ))}
    </div>
  )
}
