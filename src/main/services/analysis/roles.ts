/**
 * The role a text gives a person: a title before the name ("Russian President Vladimir Putin",
 * "North Korean leader Kim Jong Un") or an appositive after it ("Leif-Eric Easley, professor of …
 * in Seoul,").
 */
import { isDemonym, isPlaceWord } from './nameKinds'
import { ROLE_NOUNS } from './lexicons'
import type { Token } from './tokens'

/** Capitalised title words that may open a name phrase ("President Obama"). */
export const TITLE_WORDS = new Set(
  (
    'president|vice|prime|minister|secretary|sen.|sen|senator|rep.|rep|representative|gov.|gov|governor|' +
    'gen.|general|dr.|dr|mr.|mr|mrs.|mrs|ms.|ms|chairman|chairwoman|leader|chief|foreign|defense|defence|' +
    'deputy|former|king|queen|pope|judge|justice|speaker|majority|minority|attorney|commander|adm.|' +
    'admiral|col.|colonel|lt.|lieutenant|sgt.|sergeant|capt.|captain|mayor|ambassador|director|press|' +
    'spokesman|spokeswoman|professor|prof.|sheikh|prince|princess|crown|emperor|chancellor|premier|' +
    'state|first|lady|house|senate|supreme|leader|sir|dame|lord|rev.|reverend|father|sister|brother|' +
    'candidate|nominee|congressman|congresswoman|treasury|interior|homeland|security|national|' +
    'acting|then-president|then-candidate|presidential|democratic|republican|gop|labor|commerce|' +
    'energy|health|education|agriculture|transportation|veterans|affairs|white|campaign|manager'
  ).split('|'),
)

const ROLE_MODIFIERS = new Set(
  (
    'former|top|senior|junior|chief|deputy|vice|acting|interim|assistant|associate|executive|' +
    'managing|general|national|security|foreign|defense|defence|press|campaign|communications|' +
    'policy|political|military|intelligence|state|federal|local|regional|international|' +
    'presidential|prime|supreme|north|south|then|longtime|veteran|leading|independent|' +
    'democratic|republican|gop|party|white|house|senate|u.s.|us|american|head|election|' +
    'research|finance|economic|trade|energy|health|legal|district|county|city|high-ranking|' +
    'high|ranking|majority|minority|staff|of|the'
  ).split('|'),
)

function isRoleNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/s$/, ''))
}

/** A title right before token `first`: "Russian President", "North Korean leader". */
export function roleBefore(tokens: Token[], first: number): [number, number] | null {
  const sentence = tokens[first].sentence
  let i = first - 1
  let sawRole = false
  let start = first
  while (i >= 0 && tokens[i].sentence === sentence && first - i <= 7) {
    const t = tokens[i]
    if (t.kind === 'poss' && i - 1 >= 0 && tokens[i - 1].cap) {
      i--
      start = i
      i--
      continue
    }
    if (t.kind !== 'word' && t.text !== '-') break
    const role = isRoleNoun(t.lower) || TITLE_WORDS.has(t.lower)
    const ok =
      role ||
      ROLE_MODIFIERS.has(t.lower) ||
      (t.cap &&
        (isDemonym(t.text) || isPlaceWord(t.text) || TITLE_WORDS.has(t.lower) || /^[A-Z]/.test(t.text)))
    if (!ok) break
    if (t.lower === 'the' || t.lower === 'of') {
      if (!sawRole) break
      // "the" only inside: "chairman of the Joint Chiefs"
      if (t.lower === 'the') break
    }
    if (isRoleNoun(t.lower) || (t.cap && TITLE_WORDS.has(t.lower) && ROLE_NOUNS.has(t.lower))) sawRole = true
    if (isRoleNoun(t.lower)) sawRole = true
    start = i
    i--
  }
  if (!sawRole || start >= first) return null
  // A leading capitalised word that is an ordinary word at the sentence start is not part of it.
  while (start < first && (tokens[start].lower === 'of' || tokens[start].lower === 'the')) start++
  return start < first ? [start, first] : null
}

/** An appositive after token `last - 1`: ", professor of international studies at … ," */
export function appositiveAfter(tokens: Token[], last: number): [number, number] | null {
  const comma = tokens[last]
  if (!comma || comma.text !== ',') return null
  const sentence = comma.sentence
  let i = last + 1
  const begin = i
  let sawRole = false
  while (i < tokens.length && tokens[i].sentence === sentence && i - begin < 30) {
    const t = tokens[i]
    if (
      t.text === ',' ||
      t.text === ';' ||
      t.text === '.' ||
      t.text === ')' ||
      t.text === '—' ||
      t.text === '–'
    )
      break
    if (t.text === '”' || t.text === '“' || t.text === '"') return null
    if (i - begin < 6 && isRoleNoun(t.lower)) sawRole = true
    if (
      i === begin &&
      (t.cap || /^(?:who|which|that|said|says|told|and|but|according|in|on|at|as|when)$/.test(t.lower))
    )
      return null
    if (/^(?:could|would|was|were|is|are|has|have|had|be|been|will|can|said|says|did|does)$/.test(t.lower))
      return null
    i++
  }
  if (!sawRole || i === begin) return null
  let start = begin
  while (start < i && /^(?:a|an|the)$/.test(tokens[start].lower)) start++
  return start < i ? [start, i] : null
}

/** The role names a person (a professor, a spokesman), not a body. */
export function personRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/).slice(0, 6)
  return words.some((w) => isRoleNoun(w) && w !== 'source' && w !== 'person')
}
