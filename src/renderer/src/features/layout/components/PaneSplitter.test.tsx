// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_WIDTHS, PANE_LIMITS } from '../store/selectors'
import { initialLayoutState, useLayoutStore } from '../store/state'
import { Panes } from './Panes'
import { KEY_STEP_PX } from './PaneSplitter'

beforeEach(() => {
  localStorage.clear()
  useLayoutStore.setState({ ...initialLayoutState, widths: DEFAULT_WIDTHS, viewport: 1400 }, true)
  Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true })
})
afterEach(cleanup)

function renderPanes() {
  render(<Panes library={<section>Library</section>} reader={<section>Reader</section>} side={<section>Side</section>} />)
  return {
    library: screen.getByRole('separator', { name: 'Library width' }),
    side: screen.getByRole('separator', { name: 'Side pane width' }),
  }
}

describe('PaneSplitter', () => {
  it('is a focusable vertical separator with its value and bounds', () => {
    const { library } = renderPanes()
    expect(library.getAttribute('aria-orientation')).toBe('vertical')
    expect(library.tabIndex).toBe(0)
    expect(library.getAttribute('aria-valuenow')).toBe(String(DEFAULT_WIDTHS.library))
    expect(library.getAttribute('aria-valuemin')).toBe(String(PANE_LIMITS.library.min))
    expect(library.getAttribute('aria-valuemax')).toBe(String(PANE_LIMITS.library.max))
    expect(screen.getByRole('main').style.getPropertyValue('--library-width')).toBe(`${DEFAULT_WIDTHS.library}px`)
  })

  it('moves with the arrow keys, Home and End, the way the splitter goes', () => {
    const { library, side } = renderPanes()
    fireEvent.keyDown(library, { key: 'ArrowRight' })
    expect(library.getAttribute('aria-valuenow')).toBe(String(DEFAULT_WIDTHS.library + KEY_STEP_PX))
    fireEvent.keyDown(side, { key: 'ArrowLeft' })
    expect(side.getAttribute('aria-valuenow')).toBe(String(DEFAULT_WIDTHS.side + KEY_STEP_PX))
    fireEvent.keyDown(library, { key: 'Home' })
    expect(library.getAttribute('aria-valuenow')).toBe(String(PANE_LIMITS.library.min))
    fireEvent.keyDown(side, { key: 'End' })
    expect(side.getAttribute('aria-valuenow')).toBe(side.getAttribute('aria-valuemax'))
    expect(screen.getByRole('main').style.getPropertyValue('--side-width')).toBe(`${side.getAttribute('aria-valuemax')}px`)
  })

  it('resets the default width on double-click', () => {
    const { side } = renderPanes()
    fireEvent.keyDown(side, { key: 'Home' })
    fireEvent.doubleClick(side)
    expect(side.getAttribute('aria-valuenow')).toBe(String(DEFAULT_WIDTHS.side))
  })

  it('keeps the reader its room when the window narrows with the side pane kept open', () => {
    const { library } = renderPanes()
    act(() => {
      useLayoutStore.setState({ sideInNarrow: true })
      Object.defineProperty(window, 'innerWidth', { value: 900, configurable: true })
      window.dispatchEvent(new Event('resize'))
    })
    expect(Number(library.getAttribute('aria-valuenow'))).toBe(PANE_LIMITS.library.min)
  })
})
