import { api, errorMessage } from '../../../lib/api'
import { notesActions } from '../../notes/store/actions'
import { annotationOver } from '../../notes/store/selectors'
import { useNotesStore } from '../../notes/store/state'
import { statusActions } from '../../status/store/actions'
import { claimNote, mentionNote, quoteNote, reportedNote } from '../lib/explain'
import { sourceById } from './selectors'
import type { ClaimFilter, Layer, SideTab } from './state'
import { CLAIM_THRESHOLD_KEY, useAnalysisStore } from './state'

const set = useAnalysisStore.setState
const get = useAnalysisStore.getState

// Matches the length of the flash animation in analysis.css.
const FLASH_MS = 1600
// The longest tag main accepts (schemas.ts).
const TAG_LENGTH = 100

// Answers for an article the user has since left are dropped.
let loadSeq = 0
let flashTimer: ReturnType<typeof setTimeout> | undefined
let flashSeq = 0

// Spans being added right now: a second click before main answers must not add them twice.
const adding = new Set<string>()

/**
 * Annotates a span once: when the notes already hold an annotation over exactly this span, it is
 * shown instead of a copy being made.
 */
async function annotate(start: number, end: number, fields: { note: string; tags: string[] }): Promise<void> {
  const { articleId } = get()
  if (!articleId) return
  const notes = useNotesStore.getState()
  const existing = notes.articleId === articleId ? annotationOver(notes.annotations, start, end) : undefined
  if (existing) return analysisActions.showInNotes(existing.id)
  const key = `${articleId}:${start}:${end}`
  if (adding.has(key)) return
  adding.add(key)
  try {
    const tags = fields.tags.map((t) => t.slice(0, TAG_LENGTH))
    const created = await notesActions.create({ articleId, start, end, note: fields.note, tags })
    if (created) statusActions.show('Added to notes.')
  } finally {
    adding.delete(key)
  }
}

export const analysisActions = {
  /** Loads the analysis of the article just opened (null: none is open). Never blocks the reader. */
  async load(articleId: string | null): Promise<void> {
    const seq = ++loadSeq
    clearTimeout(flashTimer)
    set({
      articleId,
      status: articleId ? 'loading' : 'idle',
      analysis: null,
      error: null,
      focusedSourceId: null,
      flash: null,
      rovingKey: null,
    })
    if (!articleId) return
    try {
      const analysis = await api.analysis.get(articleId)
      if (seq !== loadSeq) return
      set({ status: 'ready', analysis })
    } catch (error) {
      if (seq !== loadSeq) return
      set({ status: 'error', error: errorMessage(error) })
    }
  },

  setLayer(layer: Layer, on: boolean): void {
    set({ layers: { ...get().layers, [layer]: on } })
  },

  /** Sets the score from which the claim layer shows a sentence, and remembers it. */
  setClaimThreshold(claimThreshold: number): void {
    set({ claimThreshold })
    try {
      localStorage.setItem(CLAIM_THRESHOLD_KEY, String(claimThreshold))
    } catch {
      // Storage refused (private mode): the setting holds for this session only.
    }
  },

  setTab(tab: SideTab): void {
    if (get().tab !== tab) set({ tab })
  },

  /** Chooses a source in the Sources panel; choosing it again clears the choice. */
  chooseSource(id: string | null): void {
    set({ focusedSourceId: get().focusedSourceId === id ? null : id })
  },

  setClaimFilter(patch: Partial<ClaimFilter>): void {
    set({ claimFilter: { ...get().claimFilter, ...patch } })
  },

  /** Asks the reader to scroll to a claim and flash it. */
  revealClaim(id: string): void {
    analysisActions.revealKey(`claim:${id}`)
  },

  /** Asks the reader to scroll to a highlight (`claim:c3`, `verdict:10-42`) and flash it. */
  revealKey(key: string): void {
    clearTimeout(flashTimer)
    set({ flash: { key, seq: ++flashSeq } })
    flashTimer = setTimeout(() => set({ flash: null }), FLASH_MS)
  },

  setRovingKey(key: string | null): void {
    if (get().rovingKey !== key) set({ rovingKey: key })
  },

  /** Opens the Notes tab on an annotation: its passage flashes in the reader and its note takes the cursor. */
  showInNotes(annotationId: string): void {
    analysisActions.setTab('notes')
    notesActions.reveal(annotationId)
    notesActions.focusNote(annotationId)
  },

  /** Annotates a claim, with its score and reasons as the note. */
  async addClaimToNotes(id: string): Promise<void> {
    const claim = get().analysis?.claims.find((c) => c.id === id)
    if (claim) await annotate(claim.start, claim.end, claimNote(claim))
  },

  /** Annotates a quote, with its speaker as the note. */
  async addQuoteToNotes(id: string): Promise<void> {
    const { analysis } = get()
    const quote = analysis?.quotes.find((q) => q.id === id)
    if (quote) await annotate(quote.start, quote.end, quoteNote(sourceById(analysis, quote.sourceId)))
  },

  /** Annotates a reported statement (an indirect attribution), with its source as the note. */
  async addReportedToNotes(id: string): Promise<void> {
    const { analysis } = get()
    const reported = analysis?.attributions.find((a) => a.id === id)
    if (reported)
      await annotate(reported.start, reported.end, reportedNote(sourceById(analysis, reported.sourceId)))
  },

  /** Annotates one mention of a source. */
  async addMentionToNotes(sourceId: string, index: number): Promise<void> {
    const source = sourceById(get().analysis, sourceId)
    const mention = source?.mentions[index]
    if (source && mention) await annotate(mention.start, mention.end, mentionNote(source))
  },
}
