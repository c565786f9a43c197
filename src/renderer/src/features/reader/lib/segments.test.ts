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

describe('segmentText with analysis layers', () => {
  const layer = (key: string, l: 'claim' | 'quote' | 'mention', start: number, end: number) => ({
    key,
    layer: l,
    start,
    end,
  })
  const layered = (segments: ReturnType<typeof segmentText>) =>
    segments.map((s) => [
      s.start,
      s.end,
      s.layers.map((p) => `${p.span.key}${p.first ? '<' : ''}${p.last ? '>' : ''}`).join('+'),
      s.annotations.map((a) => a.id).join('+'),
    ])

  it('cuts at layer and annotation boundaries alike; claims wrap quotes wrap mentions', () => {
    const segments = segmentText(
      0,
      20,
      [at('n', 4, 12)],
      [layer('mention:s1:0', 'mention', 2, 6), layer('claim:c1', 'claim', 0, 20), layer('quote:q1', 'quote', 2, 10)],
    )
    expect(layered(segments)).toEqual([
      [0, 2, 'claim:c1<', ''],
      [2, 4, 'claim:c1+quote:q1<+mention:s1:0<', ''],
      [4, 6, 'claim:c1+quote:q1+mention:s1:0>', 'n'],
      [6, 10, 'claim:c1+quote:q1>', 'n'],
      [10, 12, 'claim:c1', 'n'],
      [12, 20, 'claim:c1>', ''],
    ])
  })

  it('orders spans with the same range by layer, and clips them to the block', () => {
    const segments = segmentText(5, 10, [], [layer('quote:q', 'quote', 0, 8), layer('claim:c', 'claim', 0, 8)])
    expect(layered(segments)).toEqual([
      [5, 8, 'claim:c>+quote:q>', ''],
      [8, 10, '', ''],
    ])
  })

  it('cuts at search matches too, giving each run the index of the match it lies in', () => {
    const matches = [
      { start: 0, end: 3 },
      { start: 12, end: 16 },
      { start: 18, end: 25 },
      { start: 40, end: 44 },
    ]
    // The block is 10..20: the first match ends before it, the third runs past its end, the last is elsewhere.
    const segments = segmentText(10, 20, [at('a', 14, 19)], [], matches)
    expect(segments.map((s) => [s.start, s.end, s.annotations.map((a) => a.id).join('+'), s.match])).toEqual([
      [10, 12, '', -1],
      [12, 14, '', 1],
      [14, 16, 'a', 1],
      [16, 18, 'a', -1],
      [18, 19, 'a', 2],
      [19, 20, '', 2],
    ])
  })
})
