// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { annotation, article, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { initialLayoutState, useLayoutStore } from '../../layout/store/state'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { readerActions } from '../store/actions'
import { initialReaderState, useReaderStore } from '../store/state'
import { ReaderPane } from './ReaderPane'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

// Three sentences in one paragraph after the title, then a list.
const TEXT =
  'Port strike ends\n\nDockers return to work. Talks lasted a week. Pay rises 4 percent.\n\nFirst point'
const doc = article({
  text: TEXT,
  blocks: [
    { type: 'heading', level: 1, start: 0, end: 16 },
    { type: 'paragraph', start: 18, end: 84 },
    { type: 'listItem', ordered: false, start: 86, end: 97 },
  ],
})

beforeEach(() => {
  resetMockApi()
  useReaderStore.setState(initialReaderState, true)
  useNotesStore.setState(initialNotesState, true)
  useLayoutStore.setState(
    { ...initialLayoutState, shown: { library: true, side: false }, focus: false },
    true,
  )
})
afterEach(() => {
  window.getSelection()?.removeAllRanges()
  cleanup()
})

async function openArticle() {
  mockApi.articles.open.mockResolvedValue({ article: doc, annotations: [] })
  render(<ReaderPane />)
  await act(() => readerActions.open('a1'))
  const body = screen.getByRole('region', { name: 'Article text' })
  act(() => body.focus())
  return body
}

const selected = () => {
  const span = useReaderStore.getState().selection
  return span && TEXT.slice(span.start, span.end)
}
const announced = () => screen.getByTestId('reader-announcement').textContent

async function key(target: Element, init: KeyboardEventInit) {
  await act(async () => {
    fireEvent.keyDown(target, init)
  })
}

describe('the sentence cursor', () => {
  it('is reached by Tab on the article text, which says its keys', async () => {
    const body = await openArticle()
    expect(body.tabIndex).toBe(0)
    const hint = document.getElementById(body.getAttribute('aria-describedby')!)!
    expect(hint.textContent).toContain('J and K select a sentence')
  })

  it('selects sentence after sentence with J and Alt+↓, back with K, and announces each', async () => {
    const body = await openArticle()
    await key(body, { key: 'j' })
    expect(selected()).toBe('Port strike ends')
    expect(window.getSelection()!.toString()).toBe('Port strike ends')
    expect(announced()).toBe('Sentence 1 of 5: Port strike ends')
    await key(body, { key: 'ArrowDown', altKey: true })
    expect(selected()).toBe('Dockers return to work.')
    await key(body, { key: 'j' })
    expect(selected()).toBe('Talks lasted a week.')
    expect(announced()).toBe('Sentence 3 of 5: Talks lasted a week.')
    await key(body, { key: 'k' })
    expect(selected()).toBe('Dockers return to work.')
  })

  it('extends the selection by sentence with Shift, and back', async () => {
    const body = await openArticle()
    await key(body, { key: 'j' })
    await key(body, { key: 'j' })
    await key(body, { key: 'J', shiftKey: true })
    await key(body, { key: 'ArrowDown', altKey: true, shiftKey: true })
    expect(selected()).toBe('Dockers return to work. Talks lasted a week. Pay rises 4 percent.')
    expect(announced()).toBe('3 sentences: Dockers return to work. Talks lasted a week. Pay rises 4 percent.')
    await key(body, { key: 'K', shiftKey: true })
    expect(selected()).toBe('Dockers return to work. Talks lasted a week.')
  })

  it('hands the selection to H like a mouse selection, then goes on from there', async () => {
    const body = await openArticle()
    const created = annotation(
      { id: 'n9', position: { type: 'TextPositionSelector', start: 42, end: 62 } },
      TEXT,
    )
    mockApi.annotations.create.mockResolvedValue(stored(created))
    await key(body, { key: 'j' })
    await key(body, { key: 'j' })
    await key(body, { key: 'j' })
    await key(body, { key: 'h' })
    expect(mockApi.annotations.create).toHaveBeenCalledWith({ id: expect.any(String), articleId: 'a1', start: 42, end: 62 })
    expect(TEXT.slice(42, 62)).toBe('Talks lasted a week.')
    expect(useReaderStore.getState().selection).toBeNull()
    await key(body, { key: 'j' })
    expect(selected()).toBe('Pay rises 4 percent.')
  })

  it('shows the side pane for Add note (N) when it is hidden', async () => {
    const body = await openArticle()
    mockApi.annotations.create.mockResolvedValue(stored(annotation({}, TEXT)))
    await key(body, { key: 'j' })
    await key(body, { key: 'n' })
    expect(mockApi.annotations.create).toHaveBeenCalledTimes(1)
    expect(useLayoutStore.getState().shown.side).toBe(true)
  })

  it('clears with Escape, and lets Escape through when there is nothing to clear', async () => {
    const body = await openArticle()
    await key(body, { key: 'j' })
    const first = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })
    act(() => void body.dispatchEvent(first))
    expect(first.defaultPrevented).toBe(true)
    expect(useReaderStore.getState().selection).toBeNull()
    expect(window.getSelection()!.rangeCount).toBe(0)
    expect(announced()).toBe('Selection cleared.')
    const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })
    act(() => void body.dispatchEvent(second))
    expect(second.defaultPrevented).toBe(false)
  })

  it('starts from the mouse selection when there is one', async () => {
    const body = await openArticle()
    const paragraph = body.querySelector('p')!
    const range = document.createRange()
    range.setStart(paragraph.firstChild!, 30)
    range.setEnd(paragraph.firstChild!, 35)
    window.getSelection()!.addRange(range)
    await act(async () => {
      document.dispatchEvent(new Event('selectionchange'))
    })
    await key(body, { key: 'j' })
    expect(selected()).toBe('Talks lasted a week.')
  })

  it('leaves keys typed in a text field alone', async () => {
    await openArticle()
    const field = document.createElement('textarea')
    document.querySelector('.reader-body')!.append(field)
    await key(field, { key: 'j' })
    expect(useReaderStore.getState().selection).toBeNull()
    field.remove()
  })
})
