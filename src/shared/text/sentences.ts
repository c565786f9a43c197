/**
 * Paragraphs and sentences of a text, as UTF-16 ranges into it. Paragraphs are lines (Dossier
 * separates them by one blank line; raw text may use single line breaks). Sentences never cross a
 * paragraph. A period after an initial or a title (J. Smith, Gen. Park) does not end one, nor one
 * after a.m. or U.S. unless a usual sentence opener follows. Shared so that the analysis engine and
 * the reader's sentence cursor cut the text at the same places.
 */
import type { Span } from '../model/analysis'

export interface Paragraph extends Span {
  index: number
}

export interface Sentence extends Span {
  index: number
  paragraph: number
}

const set = (words: string): Set<string> =>
  new Set(
    words
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean),
  )

/** Abbreviations after which a period does not end a sentence (lower case, without the dot). */
export const NON_FINAL_ABBREVIATIONS = set(
  'mr|mrs|ms|dr|prof|gen|sen|rep|gov|lt|col|sgt|capt|cmdr|adm|maj|cpl|pvt|gens|sens|reps|pres|supt|' +
    'insp|det|rev|fr|hon|st|mt|ft|no|nos|vol|vols|fig|figs|approx|est|dept|univ|jan|feb|mar|apr|' +
    'jun|jul|aug|sep|sept|oct|nov|dec|vs|v|cf|al|ave|blvd|rd|gov|atty|ald|sec|messrs|mmes|msgr|' +
    'e\\.g|i\\.e|a\\.k\\.a|ca|pp|p|op|ed|eds|sen|amb|rt|sr|jr|inc|corp|co|ltd|bros',
)

/** Abbreviations that may end a sentence when a usual sentence opener follows. */
export const MAYBE_FINAL_ABBREVIATIONS = set('jr|sr|inc|corp|co|ltd|bros|etc|a.m|p.m|u.s|u.k|u.n|d.c|e.u')

/** Words that usually open a sentence: after "U.S." or "a.m." they mark a new one. */
export const SENTENCE_OPENERS = set(
  'the|a|an|he|she|it|they|we|i|you|but|and|in|on|at|this|that|these|those|there|his|her|their|' +
    'its|our|my|after|before|when|while|if|as|so|yet|however|meanwhile|still|also|for|with|since|' +
    'during|some|many|most|no|one|two|what|why|how|who|where|earlier|later|last|on|among|despite',
)

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
