import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../../shared/model/article'
import { articleSentences, cursorSpan, sentenceAt, stepCursor } from './sentences'

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

  it('cuts sentences as the analysis does: titles, initials and quoted questions stay inside', () => {
    const text =
      'Mr. Kim met Gen. Park and J. Smith. “Why now?” she asked.\n\nSEOUL — It cost 3.5 percent. Done.'
    const blocks: Block[] = [
      { type: 'paragraph', start: 0, end: 57 },
      { type: 'paragraph', start: 59, end: 93 },
    ]
    const spans = articleSentences(text, blocks)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Kim met Gen. Park and J. Smith.',
      '“Why now?” she asked.',
      'It cost 3.5 percent.',
      'Done.',
    ])
    // The dateline is in no sentence; a cursor starting there takes the sentence after it.
    expect(sentenceAt(spans, 59)).toBe(2)
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
