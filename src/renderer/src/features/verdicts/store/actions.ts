import type { Judgement } from '../../../../../shared/ipc/contract'
import type {
  BoardClaim,
  ClaimRef,
  Evidence,
  EvidenceInput,
  SameClaim,
} from '../../../../../shared/model/verdict'
import { api, errorMessage } from '../../../lib/api'
import { analysisActions } from '../../analysis/store/actions'
import { historyActions } from '../../history/store/actions'
import { layoutActions } from '../../layout/store/actions'
import { readerActions } from '../../reader/store/actions'
import { statusActions } from '../../status/store/actions'
import { workspaceActions } from '../../workspace/store/actions'
import {
  EVIDENCE_KIND_LABELS,
  RATING_LABELS,
  STATUS_LABELS,
  boardRequest,
  claimRef,
  currentJudgement,
  evidenceInput,
  nextJudgement,
} from './selectors'
import { type BoardFilter, type EditedClaim, useVerdictsStore } from './state'

const set = useVerdictsStore.setState
const get = useVerdictsStore.getState

// A pause in typing this long saves the conclusion, as notes are saved.
export const CONCLUSION_SAVE_MS = 800

// Answers to an older request are dropped when a newer one was made.
let marksSeq = 0
let editorSeq = 0
let boardSeq = 0
let marksLoad: Promise<void> = Promise.resolve()
let conclusionTimer: ReturnType<typeof setTimeout> | undefined
// The judgement changes still to send, in order.
let changeQueue: Promise<unknown> = Promise.resolve()

/** Runs a change; a refusal is shown in the editor and the status area, and answers false. */
async function attempt(change: () => Promise<void>): Promise<boolean> {
  try {
    await change()
    set({ editorError: null })
    return true
  } catch (error) {
    set({ editorError: errorMessage(error) })
    statusActions.alert(errorMessage(error))
    return false
  }
}

/** The label of a judgement change, as the status bar says it after an undo. */
function judgementLabel(before: Judgement, after: Judgement): string {
  if (after.rating && after.rating !== before.rating) return `Rating “${RATING_LABELS[after.rating]}” given`
  if (after.status !== before.status) return `Status “${STATUS_LABELS[after.status]}” set`
  if (after.conclusion !== before.conclusion) return 'Conclusion changed'
  return 'Rating cleared'
}

/** Undo of a judgement: back to the one before, or no verdict at all when there was none. */
async function restoreJudgement(before: Judgement | null, claim: ClaimRef): Promise<void> {
  if (before) await api.verdicts.judge(before)
  else await api.verdicts.unlink(claim)
  await verdictsActions.refresh()
}

/** One judgement change, from the state the changes before it left (see `verdictsActions.change`). */
async function applyChange(change: Partial<Omit<Judgement, 'claim'>>): Promise<boolean> {
  const { editing, verdict } = get()
  if (!editing) return false
  const before = verdict ? currentJudgement(editing, verdict) : null
  const current = currentJudgement(editing, verdict)
  const after = nextJudgement(current, change)
  const claim = claimRef(editing)
  return attempt(async () => {
    set({ verdict: await api.verdicts.judge(after) })
    historyActions.record({
      label: judgementLabel(current, after),
      undo: () => restoreJudgement(before, claim),
      redo: async () => {
        await api.verdicts.judge(after)
        await verdictsActions.refresh()
      },
    })
    await verdictsActions.refresh()
  })
}

export const verdictsActions = {
  /** Loads the judged claims of the article the reader opened (null: none), so that the reader marks them. */
  loadArticle(articleId: string | null): Promise<void> {
    const seq = ++marksSeq
    set({ articleId, marks: [] })
    marksLoad = (async () => {
      if (!articleId) return
      try {
        const marks = await api.verdicts.ofArticle(articleId)
        if (seq === marksSeq) set({ marks })
      } catch (error) {
        if (seq === marksSeq) statusActions.alert(errorMessage(error))
      }
    })()
    return marksLoad
  },

  /** Waits for the open article's judged claims. */
  marksLoaded(): Promise<void> {
    return marksLoad
  },

  /** Opens the verdict editor on a claim (from the Claims tab, a highlight, or the board). */
  async judge(claim: EditedClaim): Promise<void> {
    await verdictsActions.flushConclusion()
    set({
      editing: claim,
      verdict: null,
      same: [],
      editorStatus: 'loading',
      editorError: null,
      conclusionDraft: null,
      pending: null,
      confirmingRemoval: null,
    })
    layoutActions.reveal('side')
    analysisActions.setTab('verdict')
    await verdictsActions.loadEditor()
  },

  closeEditor(): void {
    void verdictsActions.flushConclusion()
    set({
      editing: null,
      verdict: null,
      same: [],
      editorStatus: 'idle',
      editorError: null,
      conclusionDraft: null,
      pending: null,
    })
  },

  /** Fetches the edited claim's verdict and the same claim in other articles. */
  async loadEditor(): Promise<void> {
    const { editing } = get()
    if (!editing) return
    const seq = ++editorSeq
    try {
      const ref = claimRef(editing)
      const [verdict, same] = await Promise.all([api.verdicts.ofClaim(ref), api.verdicts.sameClaims(ref)])
      if (seq === editorSeq) set({ verdict, same, editorStatus: 'ready' })
    } catch (error) {
      if (seq === editorSeq) set({ editorStatus: 'error', editorError: errorMessage(error) })
    }
  },

  /** After a change: the editor's verdict, the reader's marks and the board, as main now has them. */
  async refresh(): Promise<void> {
    const { articleId, boardStatus } = get()
    await Promise.all([
      verdictsActions.loadEditor(),
      verdictsActions.loadArticle(articleId),
      boardStatus === 'idle' ? Promise.resolve() : verdictsActions.loadBoard(),
    ])
  },

  /**
   * Sends the edited claim's judgement with `change` applied, and records it for undo. Changes run
   * one after another, each from what the one before saved: a rating picked and "Checked" clicked
   * straight after must reach main as one judgement with both, not as "checked" without a rating.
   */
  change(change: Partial<Omit<Judgement, 'claim'>>): Promise<boolean> {
    const { editing, verdict, pending } = get()
    if (!editing) return Promise.resolve(false)
    const shown = nextJudgement(pending ?? currentJudgement(editing, verdict), change)
    set({ pending: shown })
    const run = changeQueue.then(() => applyChange(change))
    changeQueue = run.catch(() => false)
    // The last change queued clears what is shown as pending: from then on the saved verdict is shown.
    void changeQueue.then(() => {
      if (get().pending === shown) set({ pending: null })
    })
    return run
  },

  /** Keeps the conclusion as typed and saves it after a pause. */
  editConclusion(text: string): void {
    set({ conclusionDraft: text })
    clearTimeout(conclusionTimer)
    conclusionTimer = setTimeout(() => void verdictsActions.flushConclusion(), CONCLUSION_SAVE_MS)
  },

  /** Saves a conclusion still being typed (leaving the field, another claim, closing). */
  async flushConclusion(): Promise<void> {
    clearTimeout(conclusionTimer)
    const { conclusionDraft, verdict, editing } = get()
    if (conclusionDraft === null || !editing) return
    set({ conclusionDraft: null })
    if (conclusionDraft.trim() === (verdict?.conclusion ?? '')) return
    const saved = await verdictsActions.change({ conclusion: conclusionDraft })
    if (!saved) set({ conclusionDraft })
  },

  /** The verdict's id, judging the claim "to check" first when it has none yet. */
  async ensureVerdict(): Promise<string | null> {
    const existing = get().verdict
    if (existing) return existing.id
    if (!(await verdictsActions.change({ status: 'to-check' }))) return null
    return get().verdict?.id ?? null
  },

  /** Adds an evidence item to the edited claim's verdict; answers whether it was added. */
  async addEvidence(input: EvidenceInput): Promise<boolean> {
    if (!get().editing) return false
    const verdictId = await verdictsActions.ensureVerdict()
    if (!verdictId) return false
    return attempt(async () => {
      let id = (await api.verdicts.addEvidence(verdictId, input)).id
      historyActions.record({
        label: `${EVIDENCE_KIND_LABELS[input.kind]} evidence added`,
        undo: async () => {
          await api.verdicts.removeEvidence(id)
          await verdictsActions.refresh()
        },
        redo: async () => {
          id = (await api.verdicts.addEvidence(verdictId, input)).id
          await verdictsActions.refresh()
        },
      })
      statusActions.show('Evidence added.')
      await verdictsActions.refresh()
    })
  },

  askRemoval(evidenceId: string): void {
    set({ confirmingRemoval: evidenceId })
  },

  cancelRemoval(): void {
    set({ confirmingRemoval: null })
  },

  /** Removes the evidence item waiting for confirmation. */
  async confirmRemoval(): Promise<void> {
    const { confirmingRemoval: id, verdict } = get()
    const evidence: Evidence | undefined = verdict?.evidence.find((e) => e.id === id)
    set({ confirmingRemoval: null })
    if (!evidence || !verdict) return
    const input = evidenceInput(evidence)
    let current = evidence.id
    await attempt(async () => {
      await api.verdicts.removeEvidence(current)
      historyActions.record({
        label: `${EVIDENCE_KIND_LABELS[evidence.kind]} evidence removed`,
        undo: async () => {
          current = (await api.verdicts.addEvidence(verdict.id, input)).id
          await verdictsActions.refresh()
        },
        redo: async () => {
          await api.verdicts.removeEvidence(current)
          await verdictsActions.refresh()
        },
      })
      statusActions.show('Evidence removed.')
      await verdictsActions.refresh()
    })
  },

  /** Links the same claim in another article to this verdict, so that one verdict covers both. */
  async link(same: SameClaim): Promise<void> {
    const verdictId = await verdictsActions.ensureVerdict()
    if (!verdictId) return
    const claim = { articleId: same.articleId, start: same.start, end: same.end }
    await attempt(async () => {
      await api.verdicts.link(verdictId, claim)
      historyActions.record({
        label: `Claim in “${same.title}” linked`,
        undo: async () => {
          await api.verdicts.unlink(claim)
          await verdictsActions.refresh()
        },
        redo: async () => {
          await api.verdicts.link(verdictId, claim)
          await verdictsActions.refresh()
        },
      })
      statusActions.show(`Linked: one verdict now covers the claim in “${same.title}”.`)
      await verdictsActions.refresh()
    })
  },

  /** Takes a linked claim out of the verdict; the verdict keeps its other claims. */
  async unlink(claim: ClaimRef, title: string): Promise<void> {
    const verdict = get().verdict
    if (!verdict || verdict.claims.length < 2) return
    const ref = claimRef(claim)
    await attempt(async () => {
      await api.verdicts.unlink(ref)
      historyActions.record({
        label: `Claim in “${title}” unlinked`,
        undo: async () => {
          await api.verdicts.link(verdict.id, ref)
          await verdictsActions.refresh()
        },
        redo: async () => {
          await api.verdicts.unlink(ref)
          await verdictsActions.refresh()
        },
      })
      statusActions.show(`Unlinked the claim in “${title}”.`)
      await verdictsActions.refresh()
    })
  },

  /** Opens an article at a claim: the reader shows it and its mark flashes. */
  async openClaim(claim: { articleId: string; start: number; end: number }): Promise<void> {
    await readerActions.open(claim.articleId)
    await verdictsActions.marksLoaded()
    analysisActions.revealKey(`verdict:${claim.start}-${claim.end}`)
  },

  /** Fetches the board for the filter chosen. */
  async loadBoard(): Promise<void> {
    const seq = ++boardSeq
    if (get().boardStatus !== 'ready') set({ boardStatus: 'loading' })
    try {
      const board = await api.verdicts.board(boardRequest(get().boardFilter))
      if (seq === boardSeq) set({ board, boardStatus: 'ready', boardError: null })
    } catch (error) {
      if (seq === boardSeq) set({ boardStatus: 'error', boardError: errorMessage(error) })
    }
  },

  async setBoardFilter(patch: Partial<BoardFilter>): Promise<void> {
    set({ boardFilter: { ...get().boardFilter, ...patch } })
    await verdictsActions.loadBoard()
  },

  /** Shows the Claims board in the centre. */
  async showBoard(): Promise<void> {
    workspaceActions.show('claims')
    await verdictsActions.loadBoard()
  },

  /** Opens the board row's article at its claim, with the claim in the verdict editor. */
  async openRow(row: BoardClaim): Promise<void> {
    await verdictsActions.openClaim(row)
    await verdictsActions.judge({
      articleId: row.articleId,
      start: row.start,
      end: row.end,
      annotationId: row.annotationId,
      text: row.text,
      articleTitle: row.articleTitle,
    })
  },
}
