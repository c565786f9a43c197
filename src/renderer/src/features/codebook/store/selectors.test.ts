import { describe, expect, it } from 'vitest'
import type { CodebookEntry } from '../../../../../shared/model/codebook'
import { annotation } from '../../../test/mockApi'
import { exactCode, matchingCodes, moveTargets, paintedAnnotations } from './selectors'

const entry = (
  id: string,
  name: string,
  depth = 0,
  color: CodebookEntry['color'] = 'blue',
): CodebookEntry => ({
  id,
  name,
  color,
  description: '',
  parentId: null,
  position: 0,
  createdAt: 'x',
  updatedAt: 'x',
  depth,
  path: [name],
  passages: 0,
  articles: 0,
})

const codes = [
  entry('a', 'Framing'),
  entry('a1', 'State media', 1),
  entry('a1x', 'Radio', 2),
  entry('b', 'Media bias', 0, 'pink'),
]

describe('codebook selectors', () => {
  it('paints a coded highlight in its first code’s colour only when the setting is on', () => {
    const notes = [annotation({ id: 'n1' }), annotation({ id: 'n2' })]
    const articleCodes = { articleId: 'a1', byAnnotation: { n1: ['b', 'a'] } }
    expect(paintedAnnotations({ codes, articleCodes, colorFollowsCode: false }, notes)).toBe(notes)
    const painted = paintedAnnotations({ codes, articleCodes, colorFollowsCode: true }, notes)
    expect(painted.map((a) => a.color)).toEqual(['pink', 'yellow'])
  })

  it('offers every place outside a code’s own subtree as where it may move', () => {
    expect(moveTargets(codes, 'a1').map((c) => c?.name ?? 'top')).toEqual(['top', 'Framing', 'Media bias'])
    expect(moveTargets(codes, 'gone')).toEqual([])
  })

  it('matches codes starting with the text typed first, then containing it; finds an exact name', () => {
    expect(matchingCodes(codes, 'MEDIA').map((c) => c.name)).toEqual(['Media bias', 'State media'])
    expect(exactCode(codes, '  state   MEDIA ')?.id).toBe('a1')
    expect(exactCode(codes, 'state')).toBeNull()
  })
})
