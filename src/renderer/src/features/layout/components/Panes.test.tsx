// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { onGlobalKeyDown } from '../../../app/commands'
import { DEFAULT_WIDTHS, VIEW_STORAGE_KEY } from '../store/selectors'
import { initialLayoutState, useLayoutStore } from '../store/state'
import { Panes } from './Panes'

function setWindowWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true })
  window.dispatchEvent(new Event('resize'))
}

beforeEach(() => {
  localStorage.clear()
  useLayoutStore.setState(
    {
      ...initialLayoutState,
      widths: DEFAULT_WIDTHS,
      viewport: 1400,
      shown: { library: true, side: true },
      focus: false,
      sideInNarrow: false,
    },
    true,
  )
  Object.defineProperty(window, 'innerWidth', { value: 1400, configurable: true })
  window.addEventListener('keydown', onGlobalKeyDown)
})
afterEach(() => {
  window.removeEventListener('keydown', onGlobalKeyDown)
  cleanup()
})

function renderPanes() {
  render(
    <Panes
      library={<section aria-label="Library">Library</section>}
      reader={<section aria-label="Reader">Reader</section>}
      side={<section aria-label="Side">Side</section>}
    />,
  )
}

const region = (name: string) => screen.queryByRole('region', { name })
const toggle = (name: string) => screen.getByRole('button', { name })
const columns = () => {
  const style = screen.getByRole('main').style
  return [style.getPropertyValue('--library-width'), style.getPropertyValue('--side-width')]
}
const press = (init: KeyboardEventInit) =>
  act(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
  })
const saved = () => JSON.parse(localStorage.getItem(VIEW_STORAGE_KEY) ?? 'null')

describe('Panes', () => {
  it('hides and shows each pane with its button, which says whether the pane is shown', () => {
    renderPanes()
    expect(toggle('Library').getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(toggle('Library'))
    expect(region('Library')).toBeNull()
    expect(screen.queryByRole('separator', { name: 'Library width' })).toBeNull()
    expect(toggle('Library').getAttribute('aria-pressed')).toBe('false')
    expect(columns()).toEqual(['0px', `${DEFAULT_WIDTHS.side}px`])
    expect(saved()).toEqual({ library: false, side: true, focus: false })

    fireEvent.click(toggle('Side pane'))
    expect(region('Side')).toBeNull()
    expect(columns()).toEqual(['0px', '0px'])
    fireEvent.click(toggle('Library'))
    expect(region('Library')).not.toBeNull()
    expect(saved()).toEqual({ library: true, side: false, focus: false })
  })

  it('toggles the panes with Ctrl+\\ and Ctrl+Shift+\\ (Shift+\\ types |), also from a text field', () => {
    renderPanes()
    press({ key: '\\', code: 'Backslash', ctrlKey: true })
    expect(region('Library')).toBeNull()
    press({ key: '|', code: 'Backslash', ctrlKey: true, shiftKey: true })
    expect(region('Side')).toBeNull()
    const field = document.createElement('textarea')
    document.body.append(field)
    act(() => {
      field.dispatchEvent(
        new KeyboardEvent('keydown', { key: '\\', code: 'Backslash', metaKey: true, bubbles: true }),
      )
    })
    expect(region('Library')).not.toBeNull()
    field.remove()
  })

  it('focus mode shows the reader alone; Escape or the same keys leave it, with the panes as they were', () => {
    renderPanes()
    fireEvent.click(toggle('Side pane'))
    press({ key: 'F', ctrlKey: true, shiftKey: true })
    expect(region('Library')).toBeNull()
    expect(region('Side')).toBeNull()
    expect(region('Reader')).not.toBeNull()
    expect(toggle('Focus').getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('main').classList.contains('is-focus-mode')).toBe(true)
    expect(saved().focus).toBe(true)

    press({ key: 'Escape' })
    expect(region('Library')).not.toBeNull()
    expect(region('Side')).toBeNull()

    press({ key: 'f', ctrlKey: true, shiftKey: true })
    expect(region('Library')).toBeNull()
    press({ key: 'f', ctrlKey: true, shiftKey: true })
    expect(region('Library')).not.toBeNull()

    // A pane's own toggle leaves focus mode with that pane shown.
    fireEvent.click(toggle('Focus'))
    fireEvent.click(toggle('Side pane'))
    expect(useLayoutStore.getState().focus).toBe(false)
    expect(region('Side')).not.toBeNull()
    expect(region('Library')).not.toBeNull()
  })

  it('collapses the side pane by itself in a narrow window; opened there, it stays for the session only', () => {
    renderPanes()
    act(() => setWindowWidth(1024))
    expect(region('Side')).toBeNull()
    expect(toggle('Side pane').getAttribute('aria-pressed')).toBe('false')
    // The library keeps its chosen width: the reader has the rest.
    expect(columns()).toEqual([`${DEFAULT_WIDTHS.library}px`, '0px'])

    fireEvent.click(toggle('Side pane'))
    expect(region('Side')).not.toBeNull()
    // The wide-window choice is unchanged; a wide window shows the pane, a narrow start hides it.
    expect(saved().side).toBe(true)
    act(() => setWindowWidth(1400))
    expect(region('Side')).not.toBeNull()
    act(() => useLayoutStore.setState({ sideInNarrow: false }))
    act(() => setWindowWidth(1100))
    expect(region('Side')).toBeNull()
  })
})
