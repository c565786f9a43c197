import type { Block } from '../../../../../shared/model/article'
import { findSentences } from '../../../../../shared/text/sentences'

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

/**
 * Every sentence of the article in text order, cut where the analysis engine cuts them (each block
 * is one paragraph to the shared splitter, so a sentence never runs across blocks). A dateline
 * opening a block ("SEOUL, South Korea — ") belongs to no sentence, as in the analysis.
 */
export function articleSentences(text: string, blocks: readonly Block[]): SentenceSpan[] {
  const paragraphs = blocks.map((block, index) => ({ start: block.start, end: block.end, index }))
  return findSentences(text, paragraphs).map(({ start, end }) => ({ start, end }))
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
