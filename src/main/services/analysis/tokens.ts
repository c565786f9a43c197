/**
 * Tokens of a text's sentences, as UTF-16 ranges into it: words (with inner dots and hyphens),
 * numbers, possessive ’s and punctuation. Sentences come from `shared/text/sentences`.
 */
import type { Span } from '../../../shared/model/analysis'
import {
  MAYBE_FINAL_ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
  type Sentence,
} from '../../../shared/text/sentences'

export type TokenKind = 'word' | 'number' | 'punct' | 'poss'

export interface Token extends Span {
  text: string
  lower: string
  kind: TokenKind
  /** Starts with an upper-case letter. */
  cap: boolean
  sentence: number
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.&\-/][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu

/** Tokens of the text: words (with inner dots and hyphens), numbers, possessive ’s, punctuation. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = []
  for (const s of sentences) {
    TOKEN.lastIndex = s.start
    for (let m = TOKEN.exec(text); m && m.index < s.end; m = TOKEN.exec(text)) {
      let word = m[0]
      const start = m.index
      const parts: [string, number, TokenKind?][] = []
      if (/[\p{L}\p{N}]/u.test(word[0])) {
        let trailingDot = false
        if (word.endsWith('.') && word.length > 1) {
          const bare = word.slice(0, -1).toLowerCase()
          const keep =
            /^\p{L}$/u.test(bare) ||
            bare.includes('.') ||
            NON_FINAL_ABBREVIATIONS.has(bare) ||
            MAYBE_FINAL_ABBREVIATIONS.has(bare)
          // A sentence-final abbreviation keeps its dot; anything else gives it back.
          if (!keep || (m.index + word.length === s.end && !bare.includes('.') && bare.length > 3)) {
            word = word.slice(0, -1)
            trailingDot = true
          }
        }
        const poss = /^(.+?)([’']s)$/u.exec(word)
        if (poss && (/^\p{Lu}/u.test(word) || /^(?:he|she|it|that|there|what|who)$/.test(poss[1]))) {
          parts.push([poss[1], start])
          parts.push([poss[2], start + poss[1].length, 'poss'])
        } else parts.push([word, start])
        if (trailingDot) parts.push(['.', start + word.length, 'punct'])
      } else parts.push([word, start, 'punct'])
      for (const [t, at, forced] of parts) {
        const kind: TokenKind = forced ?? (/^\p{N}[\p{N},.]*$/u.test(t) ? 'number' : 'word')
        tokens.push({
          start: at,
          end: at + t.length,
          text: t,
          lower: t.toLowerCase(),
          kind,
          cap: /^\p{Lu}/u.test(t),
          sentence: s.index,
        })
      }
    }
  }
  return tokens
}
