/**
 * What kind of name a capitalised phrase is — person, government body, news outlet, state media,
 * organisation, place — from compromise's own lexicon (first and last names, places, demonyms)
 * and Dossier's lexicons (government bodies, news agencies, state media, think tanks).
 */
import nlp from 'compromise'
import type { SourceKind } from '../../../shared/model/analysis'
import {
  GOVERNMENT_NAMES,
  GOVERNMENT_WORDS,
  MEDIA,
  MEDIA_WORDS,
  ORGANIZATION_WORDS,
  STATE_MEDIA,
} from './lexicons'

export type EntityKind = Exclude<SourceKind, 'anonymous' | 'document'> | 'place' | 'unknown'

type Lexicon = Record<string, string | string[]>
let lexicon: Lexicon | null = null
function lex(): Lexicon {
  if (!lexicon) {
    const model = (nlp as unknown as { model: () => { one: { lexicon: Lexicon } } }).model()
    lexicon = model.one.lexicon
  }
  return lexicon
}

export function tagsOf(word: string): string[] {
  const t = lex()[word.toLowerCase()]
  return t === undefined ? [] : Array.isArray(t) ? t : [t]
}

const has = (word: string, ...tags: string[]): boolean => tagsOf(word).some((t) => tags.includes(t))

export const isFirstName = (w: string): boolean =>
  has(w, 'FirstName', 'MaleName', 'FemaleName') || has(w.split('-')[0], 'FirstName', 'MaleName', 'FemaleName')
export const isLastName = (w: string): boolean => has(w, 'LastName', 'Person')
export const isPlaceWord = (w: string): boolean =>
  has(w, 'Country', 'City', 'Region', 'Place', 'Demonym', 'Continent')
export const isDemonym = (w: string): boolean =>
  has(w, 'Demonym') ||
  /^(?:U\.?S\.?|US|American|British|European|Western|Eastern|Soviet|Democratic|Republican|GOP|Conservative|Labour|Liberal)$/.test(
    w,
  )

/** The kind of a name phrase, given as its words. */
export function phraseKind(words: string[]): EntityKind {
  const lower = words
    .join(' ')
    .toLowerCase()
    .replace(/\s+([’']s)\b/g, '$1')
    .replace(/^the /, '')
  if (STATE_MEDIA.has(lower)) return 'state media'
  for (const entry of STATE_MEDIA)
    if (lower.endsWith(' ' + entry) && entry.includes(' ')) return 'state media'
  if (MEDIA.has(lower)) return 'media'
  if (GOVERNMENT_NAMES.has(lower)) return 'government'
  const ws = lower.split(' ')
  const lastWord = ws[ws.length - 1]
  for (let n = 4; n >= 1; n--)
    for (let i = 0; i + n <= ws.length; i++) {
      const gram = ws.slice(i, i + n).join(' ')
      if (n >= 2 && GOVERNMENT_WORDS.has(gram)) return 'government'
    }
  if (
    words.length >= 2 &&
    isFirstName(words[0]) &&
    !isPlaceWord(words[0]) &&
    !ws.some((w) => ORGANIZATION_WORDS.has(w))
  )
    return 'person'
  if (ws.some((w) => ORGANIZATION_WORDS.has(w)) && !MEDIA_WORDS.has(lastWord)) return 'organization'
  if (MEDIA_WORDS.has(lastWord) && ws.length > 1) return 'media'
  if (
    ws.some(
      (w) =>
        GOVERNMENT_WORDS.has(w) &&
        ![
          'house',
          'office',
          'court',
          'council',
          'mission',
          'command',
          'forces',
          'guard',
          'department',
        ].includes(w),
    )
  )
    return 'government'
  if (ws.some((w) => ['department', 'council', 'command', 'office', 'court'].includes(w))) return 'government'
  if (words.length >= 2 && isFirstName(words[0]) && !isPlaceWord(words[0])) return 'person'
  if (words.length >= 2 && isLastName(words[words.length - 1])) return 'person'
  if (words.length === 1 && (isLastName(words[0]) || has(words[0], 'Person'))) return 'person'
  if (words.every((w) => isPlaceWord(w) || /^(?:North|South|East|West|New|San|Los|Saint|St\.)$/.test(w)))
    return 'place'
  if (words.length === 1 && has(words[0], 'Organization')) return 'organization'
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0])) return 'organization'
  return 'unknown'
}

export function classifyName(name: string): EntityKind {
  return phraseKind(name.split(/\s+/))
}
