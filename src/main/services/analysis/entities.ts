/**
 * Named entities: capitalised phrases found with a token scan, classified with compromise's own
 * lexicon (first and last names, places, demonyms, honorifics) and Dossier's lexicons (government
 * bodies, news agencies, state media, think tanks, universities). Also the role a text gives a
 * person: a preceding title ("Russian President Vladimir Putin") or an appositive
 * ("Leif-Eric Easley, professor of … in Seoul,").
 */
import nlp from 'compromise'
import type { SourceKind, Span } from '../../../shared/model/analysis'
import {
  GOVERNMENT_NAMES,
  GOVERNMENT_WORDS,
  MEDIA,
  MEDIA_WORDS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
  STATE_MEDIA,
} from './lexicons'
import type { Token } from './tokens'

export type EntityKind = Exclude<SourceKind, 'anonymous' | 'document'> | 'place' | 'unknown'

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

function phraseKind(words: string[]): EntityKind {
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
function roleBefore(tokens: Token[], first: number): [number, number] | null {
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
function appositiveAfter(tokens: Token[], last: number): [number, number] | null {
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

/** The role names a person (a professor, a spokesman), not a body. */
export function personRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/).slice(0, 6)
  return words.some((w) => isRoleNoun(w) && w !== 'source' && w !== 'person')
}
