import { describe, expect, it } from 'vitest'
import { groupBlocks, headingTag } from './groupBlocks'

describe('groupBlocks', () => {
  it('groups consecutive list items of one kind', () => {
    const groups = groupBlocks([
      { type: 'paragraph', start: 0, end: 1 },
      { type: 'listItem', ordered: false, start: 3, end: 4 },
      { type: 'listItem', ordered: false, start: 6, end: 7 },
      { type: 'listItem', ordered: true, start: 9, end: 10 },
      { type: 'quote', start: 12, end: 13 },
      { type: 'listItem', start: 15, end: 16 },
    ])
    expect(
      groups.map((g) => (g.kind === 'list' ? `${g.ordered ? 'ol' : 'ul'}:${g.items.length}` : g.block.type)),
    ).toEqual(['paragraph', 'ul:2', 'ol:1', 'quote', 'ul:1'])
  })

  it('keeps h1 for the title', () => {
    expect([1, 2, 3, 6, 9, undefined].map(headingTag)).toEqual(['h2', 'h2', 'h3', 'h6', 'h6', 'h2'])
  })
})
