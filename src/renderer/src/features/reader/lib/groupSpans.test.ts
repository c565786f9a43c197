import { describe, expect, it } from 'vitest'
import { createGroupSplitter, splitByGroup } from './groupSpans'

const groups = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 21, end: 30 },
]
const span = (s: { start: number; end: number }) => s

describe('splitByGroup', () => {
  it('puts each range in every group it touches, and none in a group it only borders', () => {
    const a = { start: 2, end: 4 }
    const across = { start: 8, end: 25 }
    const atEdge = { start: 20, end: 21 }
    const lists = splitByGroup(groups, [a, across, atEdge], span)
    expect(lists).toEqual([[a, across], [across], [across]])
  })

  it('leaves out what answers no range and empty ranges', () => {
    const lists = splitByGroup(
      groups,
      [
        { start: 5, end: 5 },
        { start: 1, end: 3, hidden: true },
      ],
      (s) => ('hidden' in s ? null : s),
    )
    expect(lists).toEqual([[], [], []])
  })
})

describe('createGroupSplitter', () => {
  it('hands back the same array for a group whose ranges did not change, and a new one where they did', () => {
    const split = createGroupSplitter<{ start: number; end: number; color: string }>()
    const first = split(
      groups,
      [
        { start: 1, end: 3, color: 'yellow' },
        { start: 12, end: 14, color: 'yellow' },
      ],
      span,
    )
    // The same highlights made anew (as a selector does), one of them recoloured.
    const second = split(
      groups,
      [
        { start: 1, end: 3, color: 'yellow' },
        { start: 12, end: 14, color: 'green' },
      ],
      span,
    )
    expect(second[0]).toBe(first[0])
    expect(second[2]).toBe(first[2])
    expect(second[1]).not.toBe(first[1])
    expect(second[1][0].color).toBe('green')
  })
})
