/**
 * Paragraphs, sentences and tokens of a text, as UTF-16 ranges into it. Paragraphs are lines
 * (Dossier separates them by one blank line; raw text may use single line breaks). Sentences
 * never cross a paragraph; a period after an abbreviation (Gen., Sen., a.m., U.S.) does not end
 * one unless a usual sentence opener follows.
 */
import type { Span } from '../../../shared/model/analysis'
import { MAYBE_FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from './lexicons'

export interface Paragraph extends Span {
  index: number
}

export interface Sentence extends Span {
  index: number
  paragraph: number
}

export type TokenKind = 'word' | 'number' | 'punct' | 'poss'

export interface Token extends Span {
  text: string
  lower: string
  kind: TokenKind
  /** Starts with an upper-case letter. */
  cap: boolean
  sentence: number
}

export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const line = /[^\n]+/g
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index
    let end = start + m[0].length
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length })
  }
  return paragraphs
}

const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»'])
const OPENERS = /[\p{Lu}\p{N}“"‘'([«¿¡]/u
const DATELINE =
  /^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\p{L}.'’-]*){0,4}\s*(?:\([^)]{1,40}\))?\s*[—–]|\([A-Z][A-Za-z ]{1,30}\)\s*[—–])\s*/u

/** The word before position `i` (a period's position), without the period. */
function wordBefore(text: string, i: number): string {
  let j = i
  while (j > 0 && !/[\s(“"‘[]/.test(text[j - 1])) j--
  return text.slice(j, i)
}

function wordAfter(text: string, i: number): string {
  const m = /^[“"‘'(]*([\p{L}\p{N}’'-]+)/u.exec(text.slice(i, i + 40))
  return m ? m[1] : ''
}

/** True when the period at `i` (followed by a space and an opener at `next`) ends a sentence. */
function periodEnds(text: string, i: number, next: number): boolean {
  const before = wordBefore(text, i)
  const lower = before.toLowerCase()
  if (!before) return true
  if (/^\p{Lu}$/u.test(before)) return false // an initial: J. Edgar Hoover
  const following = wordAfter(text, next).toLowerCase()
  if (MAYBE_FINAL_ABBREVIATIONS.has(lower)) return SENTENCE_OPENERS.has(following)
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_OPENERS.has(following) // U.S, a.m
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return false
  if (/^\d+$/.test(before) && /^\d/.test(following)) return false
  return true
}

/** Sentences of one paragraph range. */
function splitParagraph(text: string, p: Paragraph, out: Sentence[]): void {
  let start = p.start
  const dateline = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)))
  if (dateline && p.start + dateline[0].length < p.end) start = p.start + dateline[0].length
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s])) s++
    while (e > s && /\s/.test(text[e - 1])) e--
    if (e > s) out.push({ start: s, end: e, index: out.length, paragraph: p.index })
  }
  for (let i = start; i < p.end; i++) {
    const c = text[i]
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue
    let j = i + 1
    while (j < p.end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++
    while (j < p.end && CLOSERS.has(text[j])) j++
    if (j >= p.end) break
    if (!/\s/.test(text[j])) continue
    let k = j
    while (k < p.end && /\s/.test(text[k])) k++
    if (k >= p.end || !OPENERS.test(text[k])) continue
    if (c === '.' && j === i + 1 && !periodEnds(text, i, k)) continue
    push(j)
    start = k
    i = k - 1
  }
  push(p.end)
}

export function findSentences(text: string, paragraphs: Paragraph[] = findParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = []
  for (const p of paragraphs) splitParagraph(text, p, sentences)
  return sentences
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
