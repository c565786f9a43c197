/**
 * What attribution reads and what it finds: the article's tokens with their quote marks and name
 * phrases, the source ledger with every name registered, and an attribution (the entry that
 * speaks, the speaker mention, the cue).
 */
import type { Span } from '../../../shared/model/analysis'
import { findParagraphs, findSentences, type Sentence } from '../../../shared/text/sentences'
import { findNamePhrases, type NamePhrase } from './entities'
import { findQuoteSegments, type QuoteSegment } from './quoteMarks'
import { Ledger, type Entry } from './sources'
import { tokenize, type Token } from './tokens'

export interface Context {
  text: string
  tokens: Token[]
  quoted: boolean[]
  /** The name phrase a token belongs to, if any. */
  phraseOf: (NamePhrase | undefined)[]
  ledger: Ledger
}

export interface Attribution {
  entry: Entry
  speaker: Span
  cue: Span
}

/** An article read for attribution: its sentences, quote segments and the context over them. */
export interface ArticleReading {
  ctx: Context
  sentences: Sentence[]
  segments: QuoteSegment[]
}

/** Tokenises a text, marks its quotes, finds its names and registers them in a sealed ledger. */
export function readArticle(text: string): ArticleReading {
  const paragraphs = findParagraphs(text)
  const sentences = findSentences(text, paragraphs)
  const tokens = tokenize(text, sentences)
  const segments = findQuoteSegments(text, paragraphs)

  // Which tokens lie inside quotes (marks themselves are not quoted).
  const quoted = new Array<boolean>(tokens.length).fill(false)
  {
    let k = 0
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      while (k < segments.length && segments[k].end <= t.start) k++
      if (k < segments.length && t.start >= segments[k].start && t.end <= segments[k].end) quoted[i] = true
    }
  }

  // Names, registered in the ledger: full names first so that surnames find them.
  const phrases = findNamePhrases(text, tokens, quoted)
  const phraseOf = new Array<NamePhrase | undefined>(tokens.length)
  for (const p of phrases) for (let i = p.first; i < p.last; i++) phraseOf[i] = p
  const ledger = new Ledger()
  const ordered = [...phrases].sort((a, b) => score(b) - score(a) || a.start - b.start)
  for (const p of ordered) {
    const words = p.text.split(/\s+/).length
    let entry: Entry | undefined
    if (words === 1 || p.kind === 'unknown') entry = ledger.resolveName(p.text, p.start)
    if (!entry) entry = ledger.add(p.text, p.kind, p.role, null)
    else if (p.role && !entry.role) entry.role = p.role
    ledger.mention(entry, { start: p.start, end: p.end })
    if (p.alias) {
      ledger.alias(entry, p.alias.text)
    }
  }
  ledger.seal()

  return { ctx: { text, tokens, quoted, phraseOf, ledger }, sentences, segments }
}

/** Registration order: people's full names first, then longer names, so short forms find them. */
function score(p: NamePhrase): number {
  const words = p.text.split(/\s+/).length
  if (p.kind === 'person') return 10 + words
  if (p.kind === 'unknown') return words >= 2 ? 3 : 0
  return words >= 2 ? 5 + words : 4
}
