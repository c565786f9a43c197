// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Evidence, Verdict } from '../../../../../shared/model/verdict'
import { ApiError } from '../../../lib/api'
import { mockApi, resetMockApi } from '../../../test/mockApi'
import { historyActions } from '../../history/store/actions'
import { initialHistoryState, useHistoryStore } from '../../history/store/state'
import { initialStatusState, useStatusStore } from '../../status/store/state'
import { verdictsActions } from './actions'
import { initialVerdictsState, useVerdictsStore } from './state'

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/api')>()),
  api: (await import('../../../test/mockApi')).mockApi,
}))

const CLAIM = {
  articleId: 'a1',
  start: 25,
  end: 45,
  text: 'Talks lasted a week.',
  articleTitle: 'Port strike ends',
}
const REF = { articleId: 'a1', start: 25, end: 45 }

function verdict(over: Partial<Verdict> = {}): Verdict {
  return {
    id: 'v1',
    status: 'checked',
    rating: 'false',
    conclusion: '',
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    updatedBy: 'ana',
    claims: [],
    evidence: [],
    ...over,
  }
}

beforeEach(async () => {
  resetMockApi()
  useVerdictsStore.setState(initialVerdictsState, true)
  useHistoryStore.setState(initialHistoryState, true)
  useStatusStore.setState(initialStatusState, true)
  await verdictsActions.judge(CLAIM)
})

describe('judging a claim', () => {
  it('opens the editor on the claim with its verdict and the same claim elsewhere', async () => {
    mockApi.verdicts.ofClaim.mockResolvedValue(verdict())
    mockApi.verdicts.sameClaims.mockResolvedValue([
      { articleId: 'a2', title: 'B', start: 0, end: 20, text: 'Talks lasted a week.', similarity: 1 },
    ])
    await verdictsActions.judge(CLAIM)
    expect(mockApi.verdicts.ofClaim).toHaveBeenLastCalledWith(REF)
    expect(useVerdictsStore.getState()).toMatchObject({ editorStatus: 'ready', verdict: { id: 'v1' } })
    expect(useVerdictsStore.getState().same).toHaveLength(1)
  })

  it('gives a rating (moving a claim still to check on to checking), and undo takes the verdict away again', async () => {
    mockApi.verdicts.judge.mockResolvedValue(verdict({ status: 'checking', rating: 'false' }))
    expect(await verdictsActions.change({ rating: 'false' })).toBe(true)
    const judged = { claim: REF, status: 'checking', rating: 'false', conclusion: '' }
    expect(mockApi.verdicts.judge).toHaveBeenLastCalledWith(judged)
    expect(useHistoryStore.getState().undoStack).toHaveLength(1)

    expect(await historyActions.step('undo')).toBe(true)
    // There was no verdict before: undo takes the claim out of it, which deletes it.
    expect(mockApi.verdicts.unlink).toHaveBeenCalledWith(REF)
    expect(useStatusStore.getState().messages).toEqual(['Undone: Rating “False” given.'])
    expect(await historyActions.step('redo')).toBe(true)
    expect(mockApi.verdicts.judge).toHaveBeenLastCalledWith(judged)
  })

  it('sends a rating and "checked" chosen in quick succession one after the other, the second with the rating', async () => {
    let saveRating = (_v: Verdict) => {}
    mockApi.verdicts.judge
      .mockImplementationOnce(() => new Promise<Verdict>((resolve) => (saveRating = resolve)))
      .mockResolvedValueOnce(verdict({ status: 'checked', rating: 'mostly-true' }))
    // After each save the editor reads the verdict back from main.
    mockApi.verdicts.ofClaim
      .mockResolvedValueOnce(verdict({ status: 'checking', rating: 'mostly-true' }))
      .mockResolvedValue(verdict({ status: 'checked', rating: 'mostly-true' }))
    const rating = verdictsActions.change({ rating: 'mostly-true' })
    const checked = verdictsActions.change({ status: 'checked' })
    // Both show at once, before main has saved either.
    expect(useVerdictsStore.getState().pending).toMatchObject({ status: 'checked', rating: 'mostly-true' })
    await vi.waitFor(() => expect(mockApi.verdicts.judge).toHaveBeenCalledTimes(1))
    saveRating(verdict({ status: 'checking', rating: 'mostly-true' }))
    expect(await rating).toBe(true)
    expect(await checked).toBe(true)
    expect(mockApi.verdicts.judge).toHaveBeenLastCalledWith({
      claim: REF,
      status: 'checked',
      rating: 'mostly-true',
      conclusion: '',
    })
    await vi.waitFor(() => expect(useVerdictsStore.getState().pending).toBeNull())
    expect(useVerdictsStore.getState().verdict).toMatchObject({ status: 'checked', rating: 'mostly-true' })
  })

  it('undoes a change of an existing verdict by sending the judgement it had', async () => {
    mockApi.verdicts.ofClaim.mockResolvedValue(
      verdict({ status: 'checking', rating: 'mixed', conclusion: 'Old.' }),
    )
    await verdictsActions.loadEditor()
    mockApi.verdicts.judge.mockResolvedValue(verdict())
    await verdictsActions.change({ status: 'to-check' })
    expect(mockApi.verdicts.judge).toHaveBeenLastCalledWith({
      claim: REF,
      status: 'to-check',
      rating: null,
      conclusion: 'Old.',
    })
    await historyActions.step('undo')
    expect(mockApi.verdicts.judge).toHaveBeenLastCalledWith({
      claim: REF,
      status: 'checking',
      rating: 'mixed',
      conclusion: 'Old.',
    })
    expect(mockApi.verdicts.unlink).not.toHaveBeenCalled()
  })

  it('saves the conclusion after a pause in typing, once', async () => {
    vi.useFakeTimers()
    try {
      mockApi.verdicts.judge.mockResolvedValue(verdict({ conclusion: 'Radar says 420 km.' }))
      verdictsActions.editConclusion('Radar')
      verdictsActions.editConclusion('Radar says 420 km.')
      expect(mockApi.verdicts.judge).not.toHaveBeenCalled()
      await vi.runOnlyPendingTimersAsync()
      expect(mockApi.verdicts.judge).toHaveBeenCalledTimes(1)
      expect(mockApi.verdicts.judge).toHaveBeenLastCalledWith({
        claim: REF,
        status: 'to-check',
        rating: null,
        conclusion: 'Radar says 420 km.',
      })
      expect(useHistoryStore.getState().undoStack.map((e) => e.lane === 'library' && e.step.label)).toEqual([
        'Conclusion changed',
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows a refusal in the editor and the status area, recording nothing', async () => {
    mockApi.verdicts.judge.mockRejectedValue(
      new ApiError('invalid-request', 'Give the claim a rating before marking it as checked.'),
    )
    expect(await verdictsActions.change({ status: 'checked' })).toBe(false)
    expect(useVerdictsStore.getState().editorError).toBe(
      'Give the claim a rating before marking it as checked.',
    )
    expect(useStatusStore.getState().alerts).toEqual([
      'Give the claim a rating before marking it as checked.',
    ])
    expect(useHistoryStore.getState().undoStack).toEqual([])
  })
})

describe('evidence', () => {
  const url: Evidence = {
    id: 'e1',
    kind: 'url',
    url: 'https://example.org/radar',
    note: 'Track',
    addedBy: 'ana',
    addedAt: 'x',
  }

  beforeEach(async () => {
    mockApi.verdicts.ofClaim.mockResolvedValue(verdict())
    await verdictsActions.loadEditor()
  })

  it('adds an item; undo removes it and redo adds it again under its new id', async () => {
    mockApi.verdicts.addEvidence.mockResolvedValueOnce(url).mockResolvedValueOnce({ ...url, id: 'e2' })
    expect(await verdictsActions.addEvidence({ kind: 'url', url: url.url, note: 'Track' })).toBe(true)
    expect(mockApi.verdicts.addEvidence).toHaveBeenCalledWith('v1', {
      kind: 'url',
      url: url.url,
      note: 'Track',
    })
    await historyActions.step('undo')
    expect(mockApi.verdicts.removeEvidence).toHaveBeenLastCalledWith('e1')
    await historyActions.step('redo')
    await historyActions.step('undo')
    expect(mockApi.verdicts.removeEvidence).toHaveBeenLastCalledWith('e2')
  })

  it('judges the claim "to check" first when it has no verdict yet', async () => {
    mockApi.verdicts.ofClaim.mockResolvedValueOnce(null)
    await verdictsActions.loadEditor()
    const started = verdict({ id: 'v9', status: 'to-check', rating: null })
    mockApi.verdicts.judge.mockResolvedValue(started)
    mockApi.verdicts.ofClaim.mockResolvedValue(started)
    mockApi.verdicts.addEvidence.mockResolvedValue({ ...url, kind: 'note', id: 'e3' })
    await verdictsActions.addEvidence({ kind: 'note', note: 'Asked the ministry.' })
    expect(mockApi.verdicts.judge).toHaveBeenCalledWith({
      claim: REF,
      status: 'to-check',
      rating: null,
      conclusion: '',
    })
    expect(mockApi.verdicts.addEvidence).toHaveBeenCalledWith('v9', {
      kind: 'note',
      note: 'Asked the ministry.',
    })
  })

  it('removes only once confirmed; undo adds the same item back', async () => {
    mockApi.verdicts.ofClaim.mockResolvedValue(verdict({ evidence: [url] }))
    await verdictsActions.loadEditor()
    await verdictsActions.confirmRemoval()
    expect(mockApi.verdicts.removeEvidence).not.toHaveBeenCalled()
    verdictsActions.askRemoval('e1')
    await verdictsActions.confirmRemoval()
    expect(mockApi.verdicts.removeEvidence).toHaveBeenCalledWith('e1')
    mockApi.verdicts.addEvidence.mockResolvedValue({ ...url, id: 'e5' })
    await historyActions.step('undo')
    expect(mockApi.verdicts.addEvidence).toHaveBeenCalledWith('v1', {
      kind: 'url',
      url: url.url,
      note: 'Track',
    })
    expect(useStatusStore.getState().messages).toEqual(['Undone: Web address evidence removed.'])
  })
})

describe('the same claim in other articles', () => {
  const same = {
    articleId: 'a2',
    title: 'Dock report',
    start: 10,
    end: 30,
    text: 'Talks lasted a week.',
    similarity: 0.9,
  }

  it('links it to the verdict; undo unlinks it, redo links it again', async () => {
    mockApi.verdicts.ofClaim.mockResolvedValue(verdict())
    await verdictsActions.loadEditor()
    mockApi.verdicts.link.mockResolvedValue(verdict())
    await verdictsActions.link(same)
    const ref = { articleId: 'a2', start: 10, end: 30 }
    expect(mockApi.verdicts.link).toHaveBeenCalledWith('v1', ref)
    await historyActions.step('undo')
    expect(mockApi.verdicts.unlink).toHaveBeenCalledWith(ref)
    await historyActions.step('redo')
    expect(mockApi.verdicts.link).toHaveBeenCalledTimes(2)
  })

  it('unlinks a linked claim; undo links it back', async () => {
    const claims = [REF, { articleId: 'a2', start: 10, end: 30 }].map((c) => ({
      ...c,
      quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' },
      annotationId: null,
      anchored: true,
    }))
    mockApi.verdicts.ofClaim.mockResolvedValue(verdict({ claims }))
    await verdictsActions.loadEditor()
    await verdictsActions.unlink(same, same.title)
    expect(mockApi.verdicts.unlink).toHaveBeenCalledWith({ articleId: 'a2', start: 10, end: 30 })
    await historyActions.step('undo')
    expect(mockApi.verdicts.link).toHaveBeenCalledWith('v1', { articleId: 'a2', start: 10, end: 30 })
  })
})

describe('the board', () => {
  it('asks for the case, status and rating chosen', async () => {
    await verdictsActions.setBoardFilter({ caseId: 'c1', rating: 'false' })
    expect(mockApi.verdicts.board).toHaveBeenLastCalledWith({
      scope: { kind: 'case', caseId: 'c1' },
      rating: 'false',
    })
    await verdictsActions.setBoardFilter({ caseId: null, rating: null, status: 'checking' })
    expect(mockApi.verdicts.board).toHaveBeenLastCalledWith({
      scope: { kind: 'library' },
      status: 'checking',
    })
    expect(useVerdictsStore.getState().boardStatus).toBe('ready')
  })
})
