import type { BoardRequest, Judgement } from '../../../../../shared/ipc/contract'
import type {
  BoardClaim,
  ClaimRef,
  Evidence,
  EvidenceInput,
  SameClaim,
  Verdict,
  VerdictRating,
  VerdictStatus,
} from '../../../../../shared/model/verdict'
import type { BoardFilter } from './state'

export const STATUS_LABELS: Record<VerdictStatus, string> = {
  'to-check': 'To check',
  checking: 'Checking',
  checked: 'Checked',
}

export const RATING_LABELS: Record<VerdictRating, string> = {
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  'mostly-false': 'Mostly false',
  false: 'False',
  unverifiable: 'Unverifiable',
}

/** A judged claim as the reader marks it: outlined by rating (or status while unrated), with a label to read out. */
export interface VerdictSpan {
  key: string
  layer: 'verdict'
  start: number
  end: number
  /** The rating, or the status while there is none: picks the mark's colour. */
  tone: VerdictRating | VerdictStatus
  label: string
}

/** "Claim checked: mostly false", "Claim to check". */
export function verdictLabel(status: VerdictStatus, rating: VerdictRating | null): string {
  const base = status === 'to-check' ? 'Claim to check' : `Claim ${status}`
  return rating ? `${base}: ${RATING_LABELS[rating].toLowerCase()}` : base
}

/** The reader's marks for an article's judged claims. */
export function verdictSpans(marks: BoardClaim[]): VerdictSpan[] {
  return marks
    .filter((m) => m.end > m.start)
    .map((m) => ({
      key: `verdict:${m.start}-${m.end}`,
      layer: 'verdict',
      start: m.start,
      end: m.end,
      tone: m.rating ?? m.status,
      label: verdictLabel(m.status, m.rating),
    }))
}

/** The judged claim at exactly this span, if any. */
export function markAt(marks: BoardClaim[], start: number, end: number): BoardClaim | undefined {
  return marks.find((m) => m.start === start && m.end === end)
}

/** A claim reference as the IPC takes it: the highlight's id only when there is one. */
export function claimRef(claim: ClaimRef): ClaimRef {
  const { articleId, start, end, annotationId } = claim
  return annotationId ? { articleId, start, end, annotationId } : { articleId, start, end }
}

/** The verdict's judgement as it stands (a claim not judged yet is "to check"). */
export function currentJudgement(claim: ClaimRef, verdict: Verdict | null): Judgement {
  return {
    claim: claimRef(claim),
    status: verdict?.status ?? 'to-check',
    rating: verdict?.rating ?? null,
    conclusion: verdict?.conclusion ?? '',
  }
}

/**
 * The judgement after choosing a status or a rating, kept within the workflow's rules: a claim still to check has
 * no rating, so choosing a rating moves it on to "checking", and going back to "to check" clears the rating.
 */
export function nextJudgement(
  current: Judgement,
  change: { status?: VerdictStatus; rating?: VerdictRating | null; conclusion?: string },
): Judgement {
  const next = { ...current, ...change }
  if (change.status === 'to-check') next.rating = null
  else if (change.rating && next.status === 'to-check') next.status = 'checking'
  else if (change.rating === null && next.status === 'checked') next.status = 'checking'
  return next
}

/** What to send to add an evidence item again (undo of a removal). */
export function evidenceInput(evidence: Evidence): EvidenceInput {
  const note = evidence.note || undefined
  switch (evidence.kind) {
    case 'url':
      return { kind: 'url', url: evidence.url, note }
    case 'file':
      return { kind: 'file', fileName: evidence.fileName, note }
    case 'passage':
      // The passage's article was deleted: its quote is kept as a note.
      return evidence.articleId
        ? { kind: 'passage', articleId: evidence.articleId, start: evidence.start, end: evidence.end, note }
        : { kind: 'note', note: [`“${evidence.exact}”`, evidence.note].filter(Boolean).join('\n') }
    default:
      return { kind: 'note', note: evidence.note }
  }
}

/** What an evidence item is, in a few words: its address, file, passage or note. */
export function evidenceSummary(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'url':
      return evidence.url
    case 'file':
      return evidence.fileName
    case 'passage':
      return `“${evidence.exact}”`
    default:
      return evidence.note
  }
}

/**
 * Where a passage given as evidence comes from, named by its article's title (the passage is usually from
 * another article than the claim's, so the quote alone does not say where to look); null for other kinds.
 */
export function evidenceSource(
  evidence: Evidence,
  titleOf: (articleId: string) => string | undefined,
): string | null {
  if (evidence.kind !== 'passage') return null
  if (!evidence.articleId) return 'From an article since deleted'
  const title = titleOf(evidence.articleId)
  return title ? `From “${title}”` : null
}

export const EVIDENCE_KIND_LABELS: Record<Evidence['kind'], string> = {
  url: 'Web address',
  passage: 'Passage',
  file: 'File',
  note: 'Note',
}

/** The other articles stating the claim, each once (the first, best matching sentence). */
export function sameArticles(same: SameClaim[]): SameClaim[] {
  const seen = new Set<string>()
  return same.filter((s) => !seen.has(s.articleId) && seen.add(s.articleId))
}

/** "Also in 1 article", "Also in 3 articles". */
export function alsoIn(count: number): string {
  return `Also in ${count} ${count === 1 ? 'article' : 'articles'}`
}

/** Whether the verdict already covers this sentence of another article. */
export function isLinked(
  verdict: Verdict | null,
  claim: { articleId: string; start: number; end: number },
): boolean {
  return !!verdict?.claims.some(
    (c) => c.articleId === claim.articleId && c.start === claim.start && c.end === claim.end,
  )
}

/** The board's question for the filter chosen. */
export function boardRequest(filter: BoardFilter): BoardRequest {
  const request: BoardRequest = {
    scope: filter.caseId ? { kind: 'case', caseId: filter.caseId } : { kind: 'library' },
  }
  if (filter.status) request.status = filter.status
  if (filter.rating) request.rating = filter.rating
  return request
}

/** "1 claim", "4 claims". */
export function claimCount(n: number): string {
  return `${n} ${n === 1 ? 'claim' : 'claims'}`
}
