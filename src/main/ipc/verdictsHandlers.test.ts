import { userInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { BoardClaim, Evidence, SameClaim, Verdict } from '../../shared/model/verdict'
import { importBytes } from '../services/articles/imports'
import { openArticle } from '../services/articles/read'
import { handlerHarness } from '../../test-support/handlerHarness'

/* The verdicts channels, called as the window calls them: through validation. */

const encode = (s: string) => new TextEncoder().encode(s)
const SHARED = 'The missile flew 650 kilometres before falling into the sea.'
const ipc = handlerHarness('dossier-verdicts-ipc-')
const { call } = ipc

async function claimOf(fileName: string, body: string) {
  const { id } = await importBytes(ipc.library, fileName, encode(body))
  const text = openArticle(ipc.library, id!).article.text
  const start = text.indexOf(SHARED)
  return { articleId: id!, start, end: start + SHARED.length }
}

describe('the verdicts channels', () => {
  it('judge, add and remove evidence, find the same claim, link, list the board, unlink', async () => {
    const a = await claimOf('alpha.txt', `Launch report\n\nOfficials spoke. ${SHARED} Markets fell.`)
    const b = await claimOf('beta.txt', `Second report\n\nIt was a test. ${SHARED}`)
    expect(await call('verdicts:ofClaim', { claim: a })).toBeNull()

    const judged = await call<Verdict>('verdicts:judge', {
      claim: a,
      status: 'checked',
      rating: 'false',
      conclusion: ' Radar shows 420 km. ',
    })
    // Who is the OS user main runs as: the window sends no name.
    expect(judged).toMatchObject({ status: 'checked', rating: 'false', conclusion: 'Radar shows 420 km.' })
    expect(judged.updatedBy).toBe(userInfo().username)

    const url = await call<Evidence>('verdicts:addEvidence', {
      verdictId: judged.id,
      evidence: { kind: 'url', url: 'https://example.org/radar', note: 'Radar track' },
    })
    expect(url).toMatchObject({ kind: 'url', url: 'https://example.org/radar', addedBy: userInfo().username })
    const note = await call<Evidence>('verdicts:addEvidence', {
      verdictId: judged.id,
      evidence: { kind: 'note', note: 'Asked the ministry.' },
    })
    await call('verdicts:removeEvidence', { id: note.id })
    expect((await call<Verdict>('verdicts:ofClaim', { claim: a })).evidence.map((e) => e.id)).toEqual([
      url.id,
    ])
    expect(await ipc.dispatch('verdicts:removeEvidence', { id: note.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })

    const same = await call<SameClaim[]>('verdicts:sameClaims', { claim: a })
    expect(same.map((s) => [s.articleId, s.text])).toEqual([[b.articleId, SHARED]])
    const linked = await call<Verdict>('verdicts:link', { verdictId: judged.id, claim: b })
    expect(linked.claims.map((c) => c.articleId).sort()).toEqual([a.articleId, b.articleId].sort())

    const board = await call<BoardClaim[]>('verdicts:board', { scope: { kind: 'library' }, rating: 'false' })
    expect(board.map((r) => [r.articleTitle, r.rating, r.evidence, r.linkedClaims])).toEqual([
      ['Launch report', 'false', 1, 2],
      ['Second report', 'false', 1, 2],
    ])
    expect(await call('verdicts:board', { scope: { kind: 'library' }, rating: 'true' })).toEqual([])
    expect(
      (await call<BoardClaim[]>('verdicts:ofArticle', { articleId: b.articleId })).map((r) => r.start),
    ).toEqual([b.start])

    await call('verdicts:unlink', { claim: b })
    expect(await call('verdicts:ofClaim', { claim: b })).toBeNull()
    expect(await ipc.dispatch('verdicts:unlink', { claim: b })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That claim has no verdict to take it out of.' },
    })
  })

  it('answers a checked claim without a rating with a message for the person', async () => {
    const a = await claimOf('alpha.txt', `Launch report\n\n${SHARED}`)
    expect(
      await ipc.dispatch('verdicts:judge', {
        claim: a,
        status: 'checked',
        rating: null,
        conclusion: '',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Give the claim a rating before marking it as checked.' },
    })
  })
})
