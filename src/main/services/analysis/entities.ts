/**
 * Named entities: capitalised phrases found with a token scan, each with its kind (nameKinds.ts),
 * the role the text gives it (roles.ts) and an acronym given after it ("(JCS)").
 */
import type { Span } from '../../../shared/model/analysis'
import { GOVERNMENT_NAMES, MEDIA, ROLE_NOUNS, STATE_MEDIA } from './lexicons'
import { isDemonym, isFirstName, isLastName, phraseKind, tagsOf, type EntityKind } from './nameKinds'
import { appositiveAfter, personRole, roleBefore, TITLE_WORDS } from './roles'
import type { Token } from './tokens'

export { classifyName, tagsOf, type EntityKind } from './nameKinds'
export { personRole } from './roles'

export interface NamePhrase extends Span {
  text: string
  /** Token indices [first, last). */
  first: number
  last: number
  kind: EntityKind
  role: string | null
  /** An acronym given in parentheses right after the name: "(JCS)". */
  alias: (Span & { text: string }) | null
  /** Tokens of the role/appositive, which name no sources themselves. */
  roleTokens: [number, number] | null
}

const PROPER_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Country',
  'City',
  'Region',
  'Place',
  'Organization',
  'Demonym',
  'ProperNoun',
  'Honorific',
  'Abbreviation',
  'SportsTeam',
  'Acronym',
])

/** A capitalised word that is an ordinary word written at a sentence start. */
function isCommonWord(lower: string): boolean {
  if (COMMON_OPENERS.has(lower)) return true
  const tags = tagsOf(lower)
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t))
}

const COMMON_OPENERS = new Set(
  (
    'the|a|an|in|on|at|as|and|but|or|if|when|while|after|before|during|since|this|that|these|those|' +
    'his|her|their|its|our|my|he|she|it|they|we|i|you|there|here|what|why|how|who|where|which|' +
    'for|from|with|without|by|to|of|about|over|under|despite|although|though|because|so|yet|still|' +
    'meanwhile|however|also|even|then|now|some|many|most|all|both|each|every|no|not|one|two|' +
    'analysts|officials|experts|critics|sources|video|images|photos|space|inside|outside|asked|' +
    'moscow’s|us|u.s.|mr|mrs|ms|dr|read|related|advertisement|watch|see|click|update|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|' +
    'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan.|feb.|aug.|sept.|sep.|oct.|nov.|dec.'
  ).split('|'),
)

const TIME_WORDS = new Set(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan.|feb.|aug.|sept.|sep.|oct.|nov.|dec.|today|yesterday|tonight|christmas|easter'.split(
    '|',
  ),
)

const PLACE_OPENERS = new Set([
  'north',
  'south',
  'east',
  'west',
  'new',
  'united',
  'saudi',
  'hong',
  'sri',
  'el',
  'los',
  'san',
  'las',
  'great',
  'central',
  'western',
  'eastern',
  'northern',
  'southern',
])

const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'von',
  'van',
  'der',
  'bin',
  'al',
  'la',
  'du',
  'da',
  'del',
  'on',
  'and',
  'the',
])

const isNameToken = (t: Token): boolean =>
  (t.cap && (t.kind === 'word' || t.kind === 'number')) || /^(?:al-|el-|bin|ibn|van|von|de)$/.test(t.lower)

/** Named-entity phrases of the text outside quotes (`quoted[i]` marks token i as quoted). */
export function findNamePhrases(text: string, tokens: Token[], quoted: boolean[]): NamePhrase[] {
  const out: NamePhrase[] = []
  const inRole = new Uint8Array(tokens.length)
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (quoted[i] || !isNameToken(t) || TIME_WORDS.has(t.lower)) {
      i++
      continue
    }
    const sentenceStart =
      i === 0 ||
      tokens[i - 1].sentence !== t.sentence ||
      /^[“‘(—–-]$/.test(tokens[i - 1].text) ||
      // a straight mark opens only when glued to the word: `"Pence` (not `," Pence said`)
      (tokens[i - 1].text === '"' && tokens[i - 1].end === t.start)
    let j = i + 1
    while (j < tokens.length && tokens[j].sentence === t.sentence && !quoted[j]) {
      const u = tokens[j]
      if (isNameToken(u) && !TIME_WORDS.has(u.lower)) {
        j++
        continue
      }
      if (
        u.kind === 'number' &&
        /^\d{1,2}$/.test(u.text) &&
        STATE_MEDIA.has(tokens[j - 1].lower + ' ' + u.text)
      ) {
        j++
        continue
      }
      // "Joint Chiefs of Staff", "Carnegie Endowment for International Peace"
      if (
        CONNECTORS.has(u.lower) &&
        u.lower !== 'and' &&
        j + 1 < tokens.length &&
        isNameToken(tokens[j + 1]) &&
        !quoted[j + 1]
      ) {
        j += 1
        continue
      }
      if (
        u.lower === 'the' &&
        CONNECTORS.has(tokens[j - 1].lower) &&
        j + 1 < tokens.length &&
        isNameToken(tokens[j + 1])
      ) {
        j++
        continue
      }
      if (u.kind === 'poss' && j + 1 < tokens.length && isNameToken(tokens[j + 1]) && !quoted[j + 1]) {
        // "South Korea’s Joint Chiefs of Staff": join when what follows is a body of state.
        let k = j + 1
        while (
          k < tokens.length &&
          (isNameToken(tokens[k]) ||
            (CONNECTORS.has(tokens[k].lower) && k + 1 < tokens.length && isNameToken(tokens[k + 1])))
        )
          k++
        const tail = tokens.slice(j + 1, k).map((x) => x.text)
        const tailKind = phraseKind(tail)
        if (tailKind === 'government' && tail.length > 1) {
          j = k
          continue
        }
      }
      break
    }
    // Trim connectors at the end.
    while (j - 1 > i && CONNECTORS.has(tokens[j - 1].lower)) j--
    let first = i
    // Drop an ordinary word written capitalised at a sentence start ("During", "Analysts").
    if (
      sentenceStart &&
      isCommonWord(tokens[first].lower) &&
      !PLACE_OPENERS.has(tokens[first].lower) &&
      !STATE_MEDIA.has(tokens[first].lower) &&
      !MEDIA.has(tokens[first].lower) &&
      !GOVERNMENT_NAMES.has(tokens[first].lower)
    ) {
      first++
      while (first < j && CONNECTORS.has(tokens[first].lower)) first++
    }
    if (first >= j) {
      i = j
      continue
    }
    // Leading titles and demonyms: "Russian President Vladimir Putin".
    let titleEnd = first
    while (
      titleEnd < j - 1 &&
      (TITLE_WORDS.has(tokens[titleEnd].lower) ||
        isDemonym(tokens[titleEnd].text) ||
        /^(?:North|South)$/.test(tokens[titleEnd].text))
    )
      titleEnd++
    const rest = tokens.slice(titleEnd, j).map((x) => x.text)
    if (
      titleEnd > first &&
      rest.length >= 1 &&
      tokens
        .slice(first, titleEnd)
        .some(
          (x) =>
            TITLE_WORDS.has(x.lower) &&
            (ROLE_NOUNS.has(x.lower) ||
              /^(?:sen\.|rep\.|gov\.|gen\.|dr\.|mr\.|mrs\.|ms\.|president|senator|governor|secretary|minister|chancellor|premier|king|queen|pope|judge|justice|speaker|mayor|ambassador|director|chairman|chairwoman|leader|chief|commander|admiral|general|professor|prof\.|prince|princess|sheikh|sir|dame|lord|congressman|congresswoman|candidate|nominee|rev\.|adm\.|col\.|lt\.|sgt\.|capt\.)$/.test(
                x.lower,
              )),
        ) &&
      (isFirstName(rest[0]) ||
        isLastName(rest[rest.length - 1]) ||
        phraseKind(rest) === 'person' ||
        phraseKind(rest) === 'unknown')
    ) {
      // keep the title out of the name; roleBefore picks it up
    } else titleEnd = first
    if (titleEnd >= j) {
      i = j
      continue
    }
    const words = tokens.slice(titleEnd, j).map((x) => x.text)
    if (words.length === 1 && /^(?:I|A|The|An|It|We|He|She|They|Mr|Mrs|Ms|Dr)$/.test(words[0])) {
      i = j
      continue
    }
    let kind = phraseKind(words)
    let role: string | null = null
    let roleTokens: [number, number] | null = null
    const before = roleBefore(tokens, titleEnd)
    const appos = appositiveAfter(tokens, j)
    if (before && !inRole[titleEnd]) {
      role = text.slice(tokens[before[0]].start, tokens[before[1] - 1].end)
      roleTokens = before
    } else if (appos) {
      role = text.slice(tokens[appos[0]].start, tokens[appos[1] - 1].end)
      roleTokens = appos
      for (let k = appos[0]; k < appos[1]; k++) inRole[k] = 1
    }
    if (role && (kind === 'unknown' || (kind === 'place' && words.length > 1)) && personRole(role))
      kind = 'person'
    let alias: NamePhrase['alias'] = null
    if (
      tokens[j]?.text === '(' &&
      tokens[j + 2]?.text === ')' &&
      /^[A-Z][A-Z0-9&.]{1,7}$/.test(tokens[j + 1].text)
    ) {
      const a = tokens[j + 1]
      alias = { start: a.start, end: a.end, text: a.text }
    }
    if (!inRole[titleEnd])
      out.push({
        start: tokens[titleEnd].start,
        end: tokens[j - 1].end,
        text: text.slice(tokens[titleEnd].start, tokens[j - 1].end),
        first: titleEnd,
        last: j,
        kind,
        role,
        alias,
        roleTokens,
      })
    i = j
  }
  return out
}
