// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleAnalysis } from '../../../../../shared/ipc/contract'
import { ApiError } from '../../../lib/api'
import { analysis, annotation, mockApi, resetMockApi, stored } from '../../../test/mockApi'
import { notesActions } from '../../notes/store/actions'
import { initialNotesState, useNotesStore } from '../../notes/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { analysisActions } from './actions'
import { initialAnalysisState, useAnalysisStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const state = () => useAnalysisStore.getState()

beforeEach(() => {
  resetMockApi()
  useAnalysisStore.setState(initialAnalysisState, true)
  useNotesStore.setState(initialNotesState, true)
  useStatusStore.setState(initialStatusState, true)
})

describe('loading', () => {
  it('shows "loading" at once, then the analysis', async () => {
    mockApi.analysis.get.mockResolvedValue(analysis())
    const loading = analysisActions.load('a1')
    expect(state()).toMatchObject({ articleId: 'a1', status: 'loading', analysis: null })
    await loading
    expect(mockApi.analysis.get).toHaveBeenCalledWith('a1')
    expect(state().status).toBe('ready')
    expect(state().analysis?.claims).toHaveLength(3)
  })

  it('ignores the answer for an article no longer open', async () => {
    let answerFirst: (a: ArticleAnalysis) => void = () => {}
    mockApi.analysis.get
      .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(analysis({ claims: [] }))
    const first = analysisActions.load('a1')
    await analysisActions.load('a2')
    answerFirst(analysis())
    await first
    expect(state()).toMatchObject({ articleId: 'a2', status: 'ready' })
    expect(state().analysis?.claims).toEqual([])
  })

  it('shows the message of a failure, and resets when no article is open', async () => {
    mockApi.analysis.get.mockRejectedValue(new ApiError('internal', 'The analysis could not be made.'))
    await analysisActions.load('a1')
    expect(state()).toMatchObject({ status: 'error', error: 'The analysis could not be made.' })
    await analysisActions.load(null)
    expect(state()).toMatchObject({ status: 'idle', articleId: null, error: null })
    expect(mockApi.analysis.get).toHaveBeenCalledTimes(1)
  })
})

describe('choices kept for the session', () => {
  it('toggles layers, tabs and the claim filter, and keeps them across articles', async () => {
    analysisActions.setLayer('claims', false)
    analysisActions.setTab('sources')
    analysisActions.setClaimFilter({ text: 'port' })
    await analysisActions.load('a2')
    expect(state().layers).toEqual({ claims: false, quotes: true, sources: true, attributions: true })
    expect(state().tab).toBe('sources')
    expect(state().claimFilter).toEqual({ all: false, text: 'port', reason: '' })
  })

  it('chooses a source, and clears it when chosen again or when another article opens', async () => {
    analysisActions.chooseSource('s1')
    expect(state().focusedSourceId).toBe('s1')
    analysisActions.chooseSource('s1')
    expect(state().focusedSourceId).toBeNull()
    analysisActions.chooseSource('s2')
    await analysisActions.load('a3')
    expect(state().focusedSourceId).toBeNull()
  })

  it('flashes a claim, then stops', () => {
    vi.useFakeTimers()
    analysisActions.revealClaim('c2')
    expect(state().flash?.key).toBe('claim:c2')
    vi.advanceTimersByTime(2000)
    expect(state().flash).toBeNull()
    vi.useRealTimers()
  })
})

describe('add to notes', () => {
  beforeEach(async () => {
    mockApi.analysis.get.mockResolvedValue(analysis())
    notesActions.load('a1', '', [])
    await analysisActions.load('a1')
  })

  it('annotates a claim with its score and reasons', async () => {
    const created = annotation({ id: 'n7', position: { type: 'TextPositionSelector', start: 25, end: 45 } })
    mockApi.annotations.create.mockResolvedValue(stored(created))
    await analysisActions.addClaimToNotes('c2')
    expect(mockApi.annotations.create).toHaveBeenCalledWith({
      articleId: 'a1',
      start: 25,
      end: 45,
      note: 'Claim (score 0.93): quantity, time, units check: 650 kilometers (400 miles) agree',
      tags: ['claim'],
    })
    expect(useNotesStore.getState().annotations.map((a) => a.id)).toEqual(['n7'])
    expect(useStatusStore.getState().messages).toEqual(['Added to notes.'])
  })

  it('never adds the same passage twice, not even on a second click before main answers', async () => {
    analysisActions.setTab('claims')
    let answer: (a: ReturnType<typeof stored>) => void = () => {}
    mockApi.annotations.create.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const first = analysisActions.addClaimToNotes('c2')
    const second = analysisActions.addClaimToNotes('c2')
    answer(stored(annotation({ id: 'n7', position: { type: 'TextPositionSelector', start: 25, end: 45 } })))
    await Promise.all([first, second])
    expect(mockApi.annotations.create).toHaveBeenCalledTimes(1)

    await analysisActions.addClaimToNotes('c2')
    expect(mockApi.annotations.create).toHaveBeenCalledTimes(1)
    expect(useNotesStore.getState().annotations.map((a) => a.id)).toEqual(['n7'])
    expect(useNotesStore.getState().flash?.id).toBe('n7')
    expect(state().tab).toBe('notes')
  })

  it.each([
    [
      'a quote with its speaker',
      () => analysisActions.addQuoteToNotes('q1'),
      [25, 37],
      'Quote: Dockers (organization, the port workers)',
      ['quote', 'Dockers'],
    ],
    [
      'a mention with its source',
      () => analysisActions.addMentionToNotes('s2', 1),
      [60, 66],
      'Source: Officials (anonymous)',
      ['source', 'Officials'],
    ],
    [
      'a reported statement with its source',
      () => analysisActions.addReportedToNotes('a1'),
      [8, 22],
      'Reported speech: Officials (anonymous)',
      ['reported speech', 'Officials'],
    ],
  ] as const)('annotates %s', async (_what, add, [start, end], note, tags) => {
    mockApi.annotations.create.mockResolvedValue(stored(annotation()))
    await add()
    expect(mockApi.annotations.create).toHaveBeenLastCalledWith({
      articleId: 'a1',
      start,
      end,
      note,
      tags: [...tags],
    })
  })
})
