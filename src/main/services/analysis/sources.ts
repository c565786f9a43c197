/**
 * The source ledger of one article: every person, body or outlet the article names or cites,
 * with its kind, role and mentions, and the coreference that joins mentions to it (surname →
 * full name, acronym → full name, title → the person who holds it, pronoun → last person named).
 */
import type { Source, SourceKind, Span } from '../../../shared/model/analysis'
import type { EntityKind } from './entities'

export type LedgerKind = SourceKind | 'place' | 'unknown'

export interface Entry {
  name: string
  kind: LedgerKind
  role: string | null
  mentions: Span[]
  keys: Set<string>
  words: string[]
  /** Cited as a source (speaker, agent of a report), not merely named. */
  cited: boolean
  order: number
  /** Grammatical gender when known (from a first name, a title, or a pronoun that named it). */
  gender?: 'm' | 'f' | null
}

export const keyOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/[.,]+$/, '')
    .trim()

const wordsOf = (name: string): string[] =>
  keyOf(name)
    .split(/[\s]+/)
    .filter((w) => w && w !== "'s")

export class Ledger {
  readonly entries: Entry[] = []
  private readonly byKey = new Map<string, Entry>()
  /** All mentions, in text order once `seal()` ran. */
  private timeline: { pos: number; entry: Entry }[] = []
  private sealed = false

  get(name: string): Entry | undefined {
    return this.byKey.get(keyOf(name))
  }

  add(name: string, kind: LedgerKind, role: string | null, span: Span | null): Entry {
    const key = keyOf(name)
    let entry = this.byKey.get(key)
    if (!entry) {
      entry = {
        name,
        kind,
        role,
        mentions: [],
        keys: new Set([key]),
        words: wordsOf(name),
        cited: false,
        order: span?.start ?? Infinity,
      }
      this.entries.push(entry)
      this.byKey.set(key, entry)
    } else {
      if (!entry.role && role) entry.role = role
      if ((entry.kind === 'unknown' || entry.kind === 'place') && kind !== 'unknown' && kind !== 'place')
        entry.kind = kind
    }
    if (span) this.mention(entry, span)
    return entry
  }

  alias(entry: Entry, alias: string): void {
    const key = keyOf(alias)
    if (!this.byKey.has(key)) this.byKey.set(key, entry)
    entry.keys.add(key)
  }

  mention(entry: Entry, span: Span): void {
    if (entry.mentions.some((m) => m.start === span.start && m.end === span.end)) return
    entry.mentions.push(span)
    entry.order = Math.min(entry.order, span.start)
    this.timeline.push({ pos: span.start, entry })
    if (this.sealed) this.timeline.sort((a, b) => a.pos - b.pos)
  }

  seal(): void {
    this.timeline.sort((a, b) => a.pos - b.pos)
    this.sealed = true
  }

  /** A person whose name has this word (a surname, or a Korean family name), most recent first. */
  person(word: string, pos: number): Entry | undefined {
    if (/^[A-Z]{2,}$/.test(word) || word.length < 3) return undefined
    const w = keyOf(word)
    let best: Entry | undefined
    let bestScore = -1
    for (const e of this.entries) {
      if (e.kind !== 'person' || e.words.length < 2) continue
      const last = e.words[e.words.length - 1] === w
      const first = e.words[0] === w
      if (!last && !first) continue
      const recent = this.lastMentionBefore(e, pos)
      const score = (last ? 2e9 : first ? 1e9 : 0) + (recent < 0 ? 0 : recent) + (recent >= 0 ? 5e8 : 0)
      if (score > bestScore) {
        best = e
        bestScore = score
      }
    }
    return best
  }

  /** The entry named `name`, allowing a shorter or longer form of a person's name. */
  resolveName(name: string, pos: number): Entry | undefined {
    const direct = this.get(name)
    if (direct) return direct
    const words = wordsOf(name)
    if (words.length === 1) return this.person(words[0], pos)
    const last = words[words.length - 1]
    for (const e of this.entries)
      if (e.kind === 'person' && e.words[e.words.length - 1] === last && e.words[0] === words[0]) return e
    return undefined
  }

  /** The start of the entry's last mention before `pos`, or -1. */
  lastMentionBefore(e: Entry, pos: number): number {
    let best = -1
    for (const m of e.mentions) if (m.start < pos && m.start > best) best = m.start
    return best
  }

  /** The last entry mentioned before `pos` that satisfies `ok`. */
  lastBefore(pos: number, ok: (e: Entry) => boolean): Entry | undefined {
    let lo = 0
    let hi = this.timeline.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.timeline[mid].pos < pos) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= 0 && lo - i < 400; i--)
      if (ok(this.timeline[i].entry)) return this.timeline[i].entry
    return undefined
  }

  /** A description ("the North Korean leader", "the president") that names a known person. */
  byRole(description: string, pos: number): Entry | undefined {
    const d = keyOf(description)
    const dw = d.split(' ')
    const head = dw[dw.length - 1]
    let best: Entry | undefined
    let bestPos = -2
    for (const e of this.entries) {
      if (!e.role || e.kind !== 'person') continue
      const r = keyOf(e.role)
      const rw = r.split(' ')
      const match = r === d || r.endsWith(' ' + d) || (rw.includes(head) && dw.every((w) => rw.includes(w)))
      if (!match) continue
      const p = this.lastMentionBefore(e, pos)
      if (p > bestPos) {
        best = e
        bestPos = p
      }
    }
    return best
  }

  /** Joins "state media" into "North Korean state media" and the like. */
  mergeSuffixes(): void {
    for (const short of [...this.entries]) {
      if (short.kind !== 'anonymous' && short.kind !== 'state media' && short.kind !== 'media') continue
      const key = keyOf(short.name)
      const long = this.entries.find(
        (e) =>
          e !== short &&
          e.kind === short.kind &&
          keyOf(e.name).endsWith(' ' + key) &&
          keyOf(e.name).split(' ').length <= key.split(' ').length + 2,
      )
      if (!long) continue
      for (const m of short.mentions)
        if (!long.mentions.some((x) => x.start === m.start)) long.mentions.push(m)
      for (const k of short.keys) {
        long.keys.add(k)
        this.byKey.set(k, long)
      }
      long.cited ||= short.cited
      long.order = Math.min(long.order, short.order)
      this.entries.splice(this.entries.indexOf(short), 1)
    }
  }

  /**
   * The ledger as the article's sources, in order of first mention, with ids: the people it names,
   * and the bodies, outlets, groups and documents it cites. A body only named ("UN sanctions", the
   * outlet someone "told") is a subject of the story, not a source of it.
   */
  sources(): { sources: Source[]; idOf: Map<Entry, string> } {
    const idOf = new Map<Entry, string>()
    const keep = this.entries
      .filter((e) => {
        if (e.kind === 'unknown' || e.kind === 'place') return false
        return e.kind === 'person' || e.cited
      })
      .sort((a, b) => a.order - b.order)
    const sources = keep.map((e, i): Source => {
      const id = `s${i + 1}`
      idOf.set(e, id)
      return {
        id,
        name: e.name,
        kind: e.kind as SourceKind,
        role: e.role,
        mentions: [...e.mentions]
          .sort((a, b) => a.start - b.start)
          .map((m) => ({ start: m.start, end: m.end })),
      }
    })
    return { sources, idOf }
  }
}

/** When a cited name turns out to be a place or unknown phrase, what kind of source it is. */
export function citedKind(kind: EntityKind | LedgerKind, words: number): LedgerKind {
  if (kind === 'place') return 'government'
  if (kind === 'unknown') return words <= 3 ? 'person' : 'organization'
  return kind
}
