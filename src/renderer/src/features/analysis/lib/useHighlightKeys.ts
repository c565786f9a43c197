import { useEffect } from 'react'
import type { RefObject } from 'react'
import { analysisActions } from '../store/actions'
import { FOCUSABLE_LAYER_SELECTOR, hasKeyboardFocus } from './layerElements'

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * Keyboard for the reader's analysis highlights: one of them is in the Tab order, the arrow keys
 * (and Home/End) move between them in text order, so Tab is not a walk through every claim.
 */
export function useHighlightKeys(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    // A highlight split by others' boundaries is several spans: outline them all while focused.
    const pieces = (key: string) => root!.querySelectorAll(`span[data-key="${CSS.escape(key)}"]`)
    function onFocusIn(event: FocusEvent) {
      const el = event.target
      if (!(el instanceof HTMLElement) || !el.matches(FOCUSABLE_LAYER_SELECTOR) || !el.dataset.key) return
      analysisActions.setRovingKey(el.dataset.key)
      if (hasKeyboardFocus(el)) for (const piece of pieces(el.dataset.key)) piece.classList.add('is-active')
    }
    function onFocusOut(event: FocusEvent) {
      const el = event.target
      if (el instanceof HTMLElement && el.dataset.key)
        for (const piece of pieces(el.dataset.key)) piece.classList.remove('is-active')
    }
    function onKeyDown(event: KeyboardEvent) {
      const el = event.target
      if (!(el instanceof HTMLElement) || !el.matches(FOCUSABLE_LAYER_SELECTOR)) return
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const all = [...root!.querySelectorAll<HTMLElement>(FOCUSABLE_LAYER_SELECTOR)]
      const at = all.indexOf(el)
      let next: HTMLElement | undefined
      if (event.key in STEP) next = all[at + STEP[event.key]]
      else if (event.key === 'Home') next = all[0]
      else if (event.key === 'End') next = all[all.length - 1]
      else return
      event.preventDefault()
      if (!next) return
      next.focus()
      next.scrollIntoView?.({ block: 'nearest' })
    }
    // Chromium does not start a text selection from a press on a focusable element, so a drag
    // that begins on a highlight's first piece would select nothing. The highlights are in the
    // focus order for the keyboard; for the length of a mouse press they are taken out of it.
    function onMouseDown(event: MouseEvent) {
      const el = event.target instanceof Element ? event.target.closest<HTMLElement>('span[data-layer][tabindex]') : null
      if (!el || !root!.contains(el)) return
      const tabindex = el.getAttribute('tabindex')!
      el.removeAttribute('tabindex')
      const restore = () => {
        // React may have given the span another value since; keep that one.
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', tabindex)
      }
      window.addEventListener('mouseup', restore, { once: true, capture: true })
    }
    root.addEventListener('mousedown', onMouseDown, true)
    root.addEventListener('focusin', onFocusIn)
    root.addEventListener('focusout', onFocusOut)
    root.addEventListener('keydown', onKeyDown)
    return () => {
      root.removeEventListener('mousedown', onMouseDown, true)
      root.removeEventListener('focusin', onFocusIn)
      root.removeEventListener('focusout', onFocusOut)
      root.removeEventListener('keydown', onKeyDown)
    }
  }, [rootRef])
}
