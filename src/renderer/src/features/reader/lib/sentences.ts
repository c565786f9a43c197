import type { Block } from '../../../../../shared/model/article'

/** A sentence as UTF-16 offsets into `Article.text` (end exclusive), white space trimmed. */
export interface SentenceSpan {
  start: number
  end: number
}

/**
 * The keyboard's reading cursor: the sentence the selection started from and the one it has
 * reached (indexes into the article's sentences). Equal when one sentence is selected.
 */
export interface SentenceCursor {
  anchor: number
  focus: number
}

// Titles and abbreviations that come before a name or a number: a full stop after them does not
// end the sentence ("Gen. Park", "No. 4"). Ones that often end a sentence (U.S., etc.) are left out.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr sen rep gov pres rev st mt no nos vs fig approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
)

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Whether the break after `piece` is one that Unicode's sentence rules get wrong for news text. */
function falseBreak(piece: string, next: string): boolean {
  // A sentence does not start in lower case: `“Why?” she asked.` is one sentence.
  if (/^[\s"'“‘(]*\p{Ll}/u.test(next)) return true
  const last = /(?:^|[\s(])(\p{L}+)\.\s*$/u.exec(piece)
  if (!last) return false
  // An initial ("J. Smith") or a title ("Gen. Park").
  return last[1].length === 1 && /\p{Lu}/u.test(last[1]) ? true : ABBREVIATIONS.has(last[1].toLowerCase())
}

/** The sentences of one block's text, as offsets from the block's start, trimmed. */
export function splitSentences(text: string): SentenceSpan[] {
  const pieces: SentenceSpan[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1]
    if (previous && falseBreak(text.slice(previous.start, previous.end), segment))
      previous.end = index + segment.length
    else pieces.push({ start: index, end: index + segment.length })
  }
  const spans: SentenceSpan[] = []
  for (let { start, end } of pieces) {
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) spans.push({ start, end })
  }
  return spans
}

/** Every sentence of the article in text order; a sentence never runs across blocks. */
export function articleSentences(text: string, blocks: readonly Block[]): SentenceSpan[] {
  return blocks.flatMap((block) =>
    splitSentences(text.slice(block.start, block.end)).map((s) => ({
      start: block.start + s.start,
      end: block.start + s.end,
    })),
  )
}

/** The index of the sentence at `offset`, or of the next one when it falls between sentences. */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): number {
  const at = sentences.findIndex((s) => s.end > offset)
  return at < 0 ? sentences.length - 1 : at
}

/**
 * Moves the cursor one sentence (`direction` 1 forward, -1 back). A move selects the single
 * sentence past the current selection's edge; `extend` moves only the focus end, as Shift does
 * with the arrow keys. With no cursor yet, the cursor starts on sentence `from`.
 */
export function stepCursor(
  cursor: SentenceCursor | null,
  count: number,
  direction: 1 | -1,
  extend: boolean,
  from: number,
): SentenceCursor | null {
  if (count === 0) return null
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i))
  if (!cursor) {
    const start = clamp(from)
    return { anchor: start, focus: start }
  }
  if (extend) return { anchor: cursor.anchor, focus: clamp(cursor.focus + direction) }
  const edge = direction > 0 ? Math.max(cursor.anchor, cursor.focus) : Math.min(cursor.anchor, cursor.focus)
  const next = clamp(edge + direction)
  return { anchor: next, focus: next }
}

/** The text the cursor covers, from its first sentence's start to its last one's end. */
export function cursorSpan(cursor: SentenceCursor, sentences: readonly SentenceSpan[]): SentenceSpan {
  const first = sentences[Math.min(cursor.anchor, cursor.focus)]
  const last = sentences[Math.max(cursor.anchor, cursor.focus)]
  return { start: first.start, end: last.end }
}
