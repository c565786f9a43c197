import { createHash } from 'node:crypto'
import type { ImportedCode } from '../../../../shared/model/annotation'
import { codePath } from '../../codebook/codeNames'
import { ServiceError } from '../../errors'
import {
  VERDICT_RATINGS,
  VERDICT_STATUSES,
  type VerdictRating,
  type VerdictStatus,
  USER_NAME_MAX,
} from '../../../../shared/model/verdict'
import { STYLE_CLASS_PREFIX } from './model'

/** Where an annotation read from a file says it belongs, and the passage it targets. */
export interface IncomingTarget {
  /** Where the annotation says it belongs: URLs or `urn:sha256:` names. */
  sources: string[]
  exact: string
  prefix: string
  suffix: string
  position: { start: number; end: number } | null
}

/** One annotation read from a W3C or Hypothesis file, before it is placed on an article. */
export interface IncomingAnnotation extends IncomingTarget {
  /** Stable across imports of the same file, so importing it again updates rather than duplicates. */
  id: string
  note: string
  tags: string[]
  codes: ImportedCode[]
  color: string | null
  created: string | null
  modified: string | null
}

/** A verdict read from an `assessing` annotation, as Dossier's export writes them, before its claim is placed. */
export interface IncomingVerdict extends IncomingTarget {
  status: VerdictStatus
  rating: VerdictRating | null
  conclusion: string
  /** The annotation's creator, who the verdict is recorded as changed by; null when it names none. */
  by: string | null
}

/** What a file holds: highlights and notes, and verdicts on claims. */
export interface AnnotationFile {
  annotations: IncomingAnnotation[]
  verdicts: IncomingVerdict[]
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)

const UUID = /^urn:uuid:([0-9a-f-]{1,64})$/i

/** An id for an annotation from elsewhere: its own UUID when it has one, else a hash of where it came from. */
function stableId(kind: string, ownId: string | null, fallback: unknown): string {
  const uuid = ownId && UUID.exec(ownId)
  if (uuid) return uuid[1]
  const hex = createHash('sha256')
    .update(`${kind}\u0000${ownId ?? JSON.stringify(fallback)}`)
    .digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/**
 * Reads a W3C Web Annotation document (one Annotation, a list, an AnnotationPage or an AnnotationCollection with
 * its pages embedded) or a Hypothesis JSON export (`rows`, or a list of rows). Verdicts (`assessing`) belong to
 * claims, not highlights: they are read apart, and those whose rating or status cannot be read are left out. A
 * file that holds neither annotations nor verdicts is a readable error naming it.
 */
export function parseAnnotationFile(fileName: string, text: string): AnnotationFile {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new ServiceError('import-failed', `“${fileName}” is not JSON (${(error as Error).message}).`)
  }
  const found: IncomingAnnotation[] = []
  const verdicts: IncomingVerdict[] = []
  const seen = new Set<unknown>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isObject(node) || seen.has(node)) return
    seen.add(node)
    const type = asArray(node.type)
    if (type.includes('Annotation')) {
      if (!asArray(node.motivation).includes('assessing')) found.push(fromW3c(node))
      else {
        const verdict = verdictOf(node)
        if (verdict) verdicts.push(verdict)
      }
    } else if (type.includes('AnnotationCollection')) {
      visit(node.first)
      visit(node.morePages)
    } else if (type.includes('AnnotationPage')) {
      visit(node.items)
    } else if (Array.isArray(node.rows)) {
      visit(node.rows)
    } else if ('uri' in node && Array.isArray(node.target)) {
      found.push(fromHypothesis(node))
    }
  }
  visit(doc)
  // Refused whether or not the annotation fits an article now: one kept unplaced is coded when it is placed.
  const nameless = found.flatMap((a) => a.codes).find((c) => codePath(c.label).length === 0)
  if (nameless) {
    throw new ServiceError(
      'import-failed',
      `“${fileName}” holds an annotation that names a code without a name (“${nameless.label}”).`,
    )
  }
  if (found.length === 0 && verdicts.length === 0 && !isEmptyCollection(doc)) {
    throw new ServiceError(
      'import-failed',
      `“${fileName}” holds no W3C Web Annotations and is not a Hypothesis export.`,
    )
  }
  return { annotations: found, verdicts }
}

function isEmptyCollection(doc: unknown): boolean {
  return isObject(doc) && (asArray(doc.type).includes('AnnotationCollection') || Array.isArray(doc.rows))
}

function selectors(target: unknown): {
  quote: Json | null
  position: Json | null
  source: string | null
  style: string | null
} {
  const targets = asArray(target)
  for (const t of targets) {
    if (typeof t === 'string') continue
    if (!isObject(t)) continue
    const all = asArray(t.selector).filter(isObject)
    const quote = all.find((s) => s.type === 'TextQuoteSelector') ?? null
    const position = all.find((s) => s.type === 'TextPositionSelector') ?? null
    const style =
      asArray(t.styleClass)
        .map(str)
        .find((c) => c?.startsWith(STYLE_CLASS_PREFIX)) ?? null
    return { quote, position, source: str(t.source) ?? str(t.id), style }
  }
  return { quote: null, position: null, source: targets.map(str).find(Boolean) ?? null, style: null }
}

function place(quote: Json | null, position: Json | null) {
  const start = position && Number(position.start)
  const end = position && Number(position.end)
  return {
    exact: str(quote?.exact) ?? '',
    prefix: str(quote?.prefix) ?? '',
    suffix: str(quote?.suffix) ?? '',
    position:
      Number.isSafeInteger(start) && Number.isSafeInteger(end) && end! > start! && start! >= 0
        ? { start: start!, end: end! }
        : null,
  }
}

function fromW3c(node: Json): IncomingAnnotation {
  const { quote, position, source, style } = selectors(node.target)
  const notes: string[] = []
  const tags: string[] = []
  const codes: IncomingAnnotation['codes'] = []
  for (const body of asArray(node.body).concat(asArray(node.bodyValue))) {
    if (typeof body === 'string') {
      notes.push(body)
      continue
    }
    if (!isObject(body)) continue
    const purpose = asArray(body.purpose)
    if (purpose.includes('classifying') && isObject(body.source)) {
      const label = str(body.source.label)
      if (label) codes.push({ id: str(body.source.id)?.match(UUID)?.[1] ?? null, label })
    } else if (purpose.includes('tagging') && str(body.value)) {
      tags.push(str(body.value)!)
    } else if (str(body.value)) {
      notes.push(str(body.value)!)
    }
  }
  return {
    id: stableId('w3c', str(node.id), node),
    sources: source ? [source] : [],
    ...place(quote, position),
    note: notes.join('\n\n'),
    tags,
    codes,
    color: style && style.slice(STYLE_CLASS_PREFIX.length),
    created: str(node.created),
    modified: str(node.modified),
  }
}

/** A Hypothesis row: `uri`, `text` (the note), `tags`, `target[].selector[]`. */
function fromHypothesis(row: Json): IncomingAnnotation {
  const { quote, position, source } = selectors(row.target)
  const uri = str(row.uri)
  return {
    id: stableId('hypothesis', str(row.id), row),
    sources: [...new Set([uri, source].filter((s): s is string => !!s))],
    ...place(quote, position),
    note: str(row.text) ?? '',
    tags: asArray(row.tags)
      .map(str)
      .filter((t): t is string => !!t),
    codes: [],
    color: null,
    created: str(row.created),
    modified: str(row.updated),
  }
}

const isRating = (v: unknown): v is VerdictRating => VERDICT_RATINGS.includes(v as VerdictRating)
const isStatus = (v: unknown): v is VerdictStatus => VERDICT_STATUSES.includes(v as VerdictStatus)

/**
 * A verdict from an `assessing` annotation. Its body reads "<rating or status>: <conclusion>" as the export writes
 * it; the status comes from Dossier's own `verdict` key when the file has it, else a rating is read as checked.
 */
function verdictOf(node: Json): IncomingVerdict | null {
  const { quote, position, source } = selectors(node.target)
  const value =
    asArray(node.body)
      .concat(asArray(node.bodyValue))
      .map((b) => (typeof b === 'string' ? b : isObject(b) ? str(b.value) : null))
      .find((v): v is string => v !== null) ?? ''
  const head = /^([a-z-]+)(?::\s*([\s\S]*))?$/.exec(value.trim())
  const kept = isObject(node.verdict) ? node.verdict : null
  let status: VerdictStatus
  let rating: VerdictRating | null
  if (kept && isStatus(kept.status) && (kept.rating === null || isRating(kept.rating))) {
    status = kept.status
    rating = kept.rating
  } else if (head && isRating(head[1])) {
    status = 'checked'
    rating = head[1]
  } else if (head && isStatus(head[1])) {
    status = head[1]
    rating = null
  } else return null
  // Who is recorded as having changed it: the creator's name when it is one line of a name's length.
  const creator = (isObject(node.creator) ? str(node.creator.name) : null)?.trim()
  const by = creator && creator.length <= USER_NAME_MAX && !/\p{Cc}/u.test(creator) ? creator : null
  return {
    sources: source ? [source] : [],
    ...place(quote, position),
    status,
    rating,
    conclusion: head && head[1] === (rating ?? status) ? (head[2] ?? '').trim() : value.trim(),
    by,
  }
}
