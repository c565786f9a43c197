/** DOM helpers for the analysis spans the reader draws (`span[data-layer]`). */

export const LAYER_SELECTOR = 'span[data-layer]'
/** The piece of each highlight that can take focus. */
export const FOCUSABLE_LAYER_SELECTOR = 'span[data-layer].an-first'

/** The analysis span at `target` and the ones around it, innermost first, inside `root`. */
export function layerChain(target: EventTarget | null, root: Element): HTMLElement[] {
  const chain: HTMLElement[] = []
  let el = target instanceof Element ? target.closest<HTMLElement>(LAYER_SELECTOR) : null
  while (el && root.contains(el)) {
    chain.push(el)
    el = el.parentElement?.closest<HTMLElement>(LAYER_SELECTOR) ?? null
  }
  return chain
}

/** The focusable piece of the highlight `el` belongs to. */
export function firstPiece(el: HTMLElement, root: Element): HTMLElement | null {
  if (el.classList.contains('an-first')) return el
  const key = el.dataset.key ?? ''
  return root.querySelector<HTMLElement>(`span[data-key="${CSS.escape(key)}"].an-first`)
}

/** Whether `el` got focus from the keyboard (a click focuses highlights too, without a ring). */
export function hasKeyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible')
  } catch {
    // Engines without :focus-visible: treat focus as keyboard focus.
    return true
  }
}
