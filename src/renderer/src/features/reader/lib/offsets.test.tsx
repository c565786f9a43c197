// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { analysis, annotation, article } from '../../../test/mockApi'
import { readerSpans } from '../../analysis/store/selectors'
import { initialAnalysisState } from '../../analysis/store/state'
import { ArticleBody } from '../components/ArticleBody'
import { pointToOffset, rangeToSpan, spanToRange } from './offsets'

afterEach(cleanup)

const doc = article()
const { text } = doc

function renderBody(
  annotations = [
    annotation({ id: 'a', position: { type: 'TextPositionSelector', start: 27, end: 38 } }),
    annotation({ id: 'b', position: { type: 'TextPositionSelector', start: 31, end: 52 } }),
  ],
) {
  const { container } = render(<ArticleBody article={doc} annotations={annotations} flash={null} />)
  return container.querySelector('.reader-body')!
}

/** The text node and offset inside it at which `needle` starts, searching under `element`. */
function locate(element: Element, needle: string, occurrence = 0): [Text, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let seen = 0
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const i = node.data.indexOf(needle)
    if (i >= 0 && seen++ === occurrence) return [node, i]
  }
  throw new Error(`not found: ${needle}`)
}

describe('offsets from the DOM', () => {
  it('renders each block with exactly its slice of the text', () => {
    const body = renderBody()
    for (const el of body.querySelectorAll('[data-start]')) {
      expect(el.textContent).toBe(
        text.slice(Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end'))),
      )
    }
    expect(body.querySelectorAll('mark[data-annotation-id="a"]').length).toBe(2)
    expect(body.querySelectorAll('mark[data-annotation-id="b"]').length).toBeGreaterThanOrEqual(2)
  })

  it('measures a point inside nested marks from the block start', () => {
    const body = renderBody()
    // "Talks lasted a week." starts at 25; "ted" (at 34) lies inside both marks.
    const [node, i] = locate(body, 'ted')
    expect(node.parentElement?.closest('mark')?.parentElement?.tagName).toBe('MARK')
    expect(pointToOffset(body, node, i)).toBe(34)
    expect(text.slice(34, 37)).toBe('ted')
  })

  it('measures element boundary points (container and child index)', () => {
    const body = renderBody()
    const p = body.querySelector('p')!
    expect(pointToOffset(body, p, 0)).toBe(25)
    expect(pointToOffset(body, p, p.childNodes.length)).toBe(45)
    // Between blocks (on the body itself) snaps to the next block's start, or the last end.
    expect(pointToOffset(body, body, 1)).toBe(25)
    expect(pointToOffset(body, body, body.childNodes.length)).toBe(72)
  })

  it('turns a Range across blocks and marks into article offsets', () => {
    const body = renderBody()
    const range = document.createRange()
    const [startNode, startAt] = locate(body, 'lasted')
    const [endNode, endAt] = locate(body, 'point', 0)
    range.setStart(startNode, startAt)
    range.setEnd(endNode, endAt + 'point'.length)
    const span = rangeToSpan(body, range, text)
    expect(span).toEqual({ start: 31, end: 58 })
    expect(text.slice(span!.start, span!.end)).toBe('lasted a week.\n\nFirst point')
  })

  it('trims white space and ignores collapsed or outside ranges', () => {
    const body = renderBody([])
    const range = document.createRange()
    range.setStart(body.querySelector('h2')!, 0)
    range.setEnd(body.querySelector('p')!, 0)
    expect(rangeToSpan(body, range, text)).toEqual({ start: 0, end: 23 })
    range.collapse(true)
    expect(rangeToSpan(body, range, text)).toBeNull()
    const outside = document.createElement('div')
    outside.textContent = 'elsewhere'
    document.body.append(outside)
    range.selectNodeContents(outside)
    expect(rangeToSpan(body, range, text)).toBeNull()
    outside.remove()
  })
})

describe('offsets with analysis layers', () => {
  const layers = readerSpans({ ...initialAnalysisState, analysis: analysis() })
  function renderLayered() {
    const notes = [
      annotation({ id: 'a', position: { type: 'TextPositionSelector', start: 27, end: 38 } }),
      annotation({ id: 'b', position: { type: 'TextPositionSelector', start: 3, end: 52 } }),
    ]
    const { container } = render(
      <ArticleBody article={doc} annotations={notes} flash={null} layers={layers} tabKey="claim:c1" />,
    )
    return container.querySelector('.reader-body')!
  }

  it('renders each block with exactly its text, layer spans wrapping annotation marks', () => {
    const body = renderLayered()
    for (const el of body.querySelectorAll('[data-start]')) {
      expect(el.textContent).toBe(
        text.slice(Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end'))),
      )
    }
    expect(body.querySelectorAll('span[data-layer="claim"][data-id="c2"]').length).toBeGreaterThan(1)
    expect(body.querySelector('span[data-layer="quote"][data-id="q1"]')!.textContent).toBe('Ta')
    expect(body.querySelector('mark[data-annotation-id="a"]')!.closest('span[data-layer="quote"]')).not.toBeNull()
    // Only the first piece of each highlight can take focus, and only one takes Tab.
    expect([...body.querySelectorAll('[tabindex="0"]')].map((e) => e.getAttribute('data-key'))).toEqual(['claim:c1'])
    expect(body.querySelectorAll('span[data-key="claim:c2"][tabindex]').length).toBe(1)
  })

  it('measures points inside layer spans and marks exactly', () => {
    const body = renderLayered()
    const [node, i] = locate(body, 'ted')
    expect(node.parentElement?.closest('span[data-layer]')).not.toBeNull()
    expect(pointToOffset(body, node, i)).toBe(34)
    const range = document.createRange()
    const [startNode, startAt] = locate(body, 'return')
    const [endNode, endAt] = locate(body, 'Sec')
    range.setStart(startNode, startAt)
    range.setEnd(endNode, endAt + 3)
    const span = rangeToSpan(body, range, text)
    expect(span).toEqual({ start: 8, end: 63 })
    expect(text.slice(span!.start, span!.end)).toBe('return to work.\n\nTalks lasted a week.\n\nFirst point\n\nSec')
  })
})

describe('spanToRange', () => {
  it('makes the Range of a span across blocks and marks, the inverse of rangeToSpan', () => {
    const body = renderBody()
    for (const span of [
      { start: 25, end: 45 },
      { start: 31, end: 58 },
      { start: 0, end: 72 },
      { start: 34, end: 37 },
    ]) {
      const range = spanToRange(body, span)!
      expect(range.toString().replace(/\n/g, '')).toBe(text.slice(span.start, span.end).replace(/\n/g, ''))
      expect(rangeToSpan(body, range, text)).toEqual(span)
    }
  })

  it('answers null for a span outside the rendered blocks or empty', () => {
    const body = renderBody([])
    expect(spanToRange(body, { start: 23, end: 25 })).toBeNull()
    expect(spanToRange(body, { start: 30, end: 30 })).toBeNull()
    expect(spanToRange(body, { start: 70, end: 99 })).toBeNull()
  })
})
