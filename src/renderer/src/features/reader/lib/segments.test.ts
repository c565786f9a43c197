import { describe, expect, it } from 'vitest'
import { annotation } from '../../../test/mockApi'
import { segmentText } from './segments'

const at = (id: string, start: number, end: number, anchored = true) =>
  annotation({ id, position: { type: 'TextPositionSelector', start, end }, anchored })

const shape = (segments: ReturnType<typeof segmentText>) =>
  segments.map((s) => [s.start, s.end, s.annotations.map((a) => a.id).join('+')])

describe('segmentText', () => {
  it('leaves a block without annotations whole', () => {
    expect(shape(segmentText(10, 20, []))).toEqual([[10, 20, '']])
  })

  it('splits at every boundary of overlapping annotations, outermost first', () => {
    const segments = segmentText(0, 20, [at('b', 5, 15), at('a', 2, 8), at('c', 6, 7)])
    expect(shape(segments)).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 6, 'a+b'],
      [6, 7, 'a+b+c'],
      [7, 8, 'a+b'],
      [8, 15, 'b'],
      [15, 20, ''],
    ])
  })

  it('clips annotations that run across blocks and skips the ones elsewhere', () => {
    expect(shape(segmentText(10, 20, [at('x', 0, 12), at('y', 18, 40), at('z', 30, 35)]))).toEqual([
      [10, 12, 'x'],
      [12, 18, ''],
      [18, 20, 'y'],
    ])
  })

  it('orders identical ranges stably and leaves un-anchored ones out', () => {
    expect(shape(segmentText(0, 5, [at('q', 0, 5), at('p', 0, 5), at('gone', 1, 2, false)]))).toEqual([
      [0, 5, 'p+q'],
    ])
  })
})
