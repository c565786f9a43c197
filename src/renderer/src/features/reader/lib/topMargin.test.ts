// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { topMargin } from './useSentenceCursor'

/** A reader pane whose pinned bars are `height` pixels tall (happy-dom lays nothing out, so the size is given). */
function paneWithBars(height: number | null): HTMLElement {
  const pane = document.createElement('section')
  pane.className = 'pane'
  if (height !== null) {
    const bars = document.createElement('div')
    bars.className = 'reader-bars'
    bars.getBoundingClientRect = () => ({ height }) as DOMRect
    pane.append(bars)
  }
  return pane
}

describe('the room the sentence cursor keeps above a sentence', () => {
  it('grows with the bars pinned at the top: the legend alone, then with the find bar open', () => {
    expect(topMargin(paneWithBars(40))).toBe(56)
    expect(topMargin(paneWithBars(104))).toBe(120)
  })

  it('is the gap alone in a pane without bars', () => {
    expect(topMargin(paneWithBars(null))).toBe(16)
  })
})
