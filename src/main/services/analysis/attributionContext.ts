/**
 * What attribution reads and what it finds: the article's tokens with their quote marks and name
 * phrases, the source ledger, and an attribution (the entry that speaks, the speaker mention, the
 * cue).
 */
import type { Span } from '../../../shared/model/analysis'
import type { NamePhrase } from './entities'
import type { Entry, Ledger } from './sources'
import type { Token } from './tokens'

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
