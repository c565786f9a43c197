import type { TextSpan } from '../../reader/store/state'

/** The most matches the find box marks: enough for any real article, bounded for a one-letter search. */
export const FIND_LIMIT = 5_000

// Marks left after NFD decomposition: accents and other combining characters.
const COMBINING = /\p{M}/gu
const COMBINING_AT = /^\p{M}$/u

/** One character folded for comparison: lower case, without accents ("É" → "e", "ß" stays "ß"). */
function fold(char: string): string {
  return char.normalize('NFD').replace(COMBINING, '').toLowerCase()
}

interface Folded {
  text: string
  /** For each UTF-16 unit of `text`, the offset in the original text of the character it came from. */
  origin: number[]
}

function foldWithOffsets(text: string): Folded {
  let folded = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const f = fold(char)
    folded += f
    for (let i = 0; i < f.length; i++) origin.push(offset)
    offset += char.length
  }
  return { text: folded, origin }
}

/**
 * Every place `query` occurs in `text`, ignoring case and accents, as UTF-16 offsets into `text`, in order
 * and never overlapping; at most FIND_LIMIT of them. A space in the query matches any one white-space
 * character, so a phrase is found across a line break.
 */
export function findMatches(text: string, query: string): TextSpan[] {
  const needle = fold(query.trim().replace(/\s+/g, ' '))
  if (!needle) return []
  const haystack = foldWithOffsets(text.replace(/\s/g, ' '))
  const spans: TextSpan[] = []
  let from = 0
  while (spans.length < FIND_LIMIT) {
    const at = haystack.text.indexOf(needle, from)
    if (at < 0) break
    const last = at + needle.length - 1
    // The match ends after the whole original character its last folded unit came from.
    const lastOrigin = haystack.origin[last]
    let end = lastOrigin + String.fromCodePoint(text.codePointAt(lastOrigin) ?? 0).length
    // Combining marks after it fold to nothing, but belong to the letter they follow.
    while (end < text.length && COMBINING_AT.test(text[end])) end++
    spans.push({ start: haystack.origin[at], end })
    from = at + needle.length
  }
  return spans
}
