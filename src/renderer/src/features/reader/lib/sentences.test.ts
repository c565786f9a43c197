import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../../shared/model/article'
import { articleSentences, cursorSpan, sentenceAt, splitSentences, stepCursor } from './sentences'

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('splits news prose into sentences, trimmed', () => {
    expect(texts('  Kim arrived on Tuesday. Putin met him at the cosmodrome!  Was it planned? ')).toEqual([
      'Kim arrived on Tuesday.',
      'Putin met him at the cosmodrome!',
      'Was it planned?',
    ])
  })

  it('keeps titles, initials and quoted questions inside their sentence', () => {
    expect(texts('Mr. Kim met Gen. Park and J. Smith on Monday. It cost 3.5 percent.')).toEqual([
      'Mr. Kim met Gen. Park and J. Smith on Monday.',
      'It cost 3.5 percent.',
    ])
    expect(texts('“Why now?” she asked. Nobody answered.')).toEqual([
      '“Why now?” she asked.',
      'Nobody answered.',
    ])
  })
})

describe('articleSentences', () => {
  it('gives article offsets, never across blocks', () => {
    const text = 'A short title\n\nOne is here. Two is there.\n\nThree'
    const blocks: Block[] = [
      { type: 'heading', level: 1, start: 0, end: 13 },
      { type: 'paragraph', start: 15, end: 41 },
      { type: 'paragraph', start: 43, end: 48 },
    ]
    const spans = articleSentences(text, blocks)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'A short title',
      'One is here.',
      'Two is there.',
      'Three',
    ])
    expect(spans[1]).toEqual({ start: 15, end: 27 })
    expect(sentenceAt(spans, 0)).toBe(0)
    expect(sentenceAt(spans, 27)).toBe(2)
    expect(sentenceAt(spans, 14)).toBe(1)
    expect(sentenceAt(spans, 999)).toBe(3)
  })
})

describe('stepCursor', () => {
  it('starts where asked, moves one sentence and stops at the ends', () => {
    let cursor = stepCursor(null, 4, 1, false, 2)
    expect(cursor).toEqual({ anchor: 2, focus: 2 })
    cursor = stepCursor(cursor, 4, 1, false, 0)
    expect(cursor).toEqual({ anchor: 3, focus: 3 })
    expect(stepCursor(cursor, 4, 1, false, 0)).toEqual({ anchor: 3, focus: 3 })
    expect(stepCursor({ anchor: 0, focus: 0 }, 4, -1, false, 0)).toEqual({ anchor: 0, focus: 0 })
    expect(stepCursor(null, 0, 1, false, 0)).toBeNull()
  })

  it('extends by moving the focus end; a move then leaves from the edge it goes past', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 6, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ]
    let cursor = stepCursor({ anchor: 1, focus: 1 }, 4, 1, true, 0)!
    expect(cursor).toEqual({ anchor: 1, focus: 2 })
    expect(cursorSpan(cursor, spans)).toEqual({ start: 6, end: 20 })
    cursor = stepCursor(stepCursor(cursor, 4, -1, true, 0), 4, -1, true, 0)!
    expect(cursor).toEqual({ anchor: 1, focus: 0 })
    expect(cursorSpan(cursor, spans)).toEqual({ start: 0, end: 10 })
    expect(stepCursor({ anchor: 1, focus: 2 }, 4, 1, false, 0)).toEqual({ anchor: 3, focus: 3 })
    expect(stepCursor({ anchor: 2, focus: 1 }, 4, -1, false, 0)).toEqual({ anchor: 0, focus: 0 })
  })
})
