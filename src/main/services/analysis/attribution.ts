/**
 * Attribution: finds cues (said, told CNN, according to …) and the speaker noun phrase beside
 * them — before the cue ("Putin said", "Leif-Eric Easley, professor …, told CNN") or after it
 * ("said the JCS", "according to Y"), or the clause subject of a participle ("…, chanting “…”") —
 * and resolves the phrase to a ledger entry: names via the ledger, pronouns to the last person of
 * their gender (compromise's first-name lists, gendered titles), titles ("the senator") to the
 * person holding them or else the last person named.
 */
import type { Span } from '../../../shared/model/analysis'
import { classifyName, tagsOf, type NamePhrase } from './entities'
import {
  ANONYMOUS_HEADS,
  CUE_GAP,
  DOCUMENT_WORDS,
  MEDIA,
  PRONOUNS,
  ROLE_NOUNS,
  STATE_MEDIA,
  STRONG_CUES,
  WEAK_CUES,
} from './lexicons'
import type { Token } from './tokens'
import { citedKind, keyOf, type Entry, type Ledger } from './sources'

export interface Context {
  text: string
  tokens: Token[]
  quoted: boolean[]
  /** The name phrase a token belongs to, if any. */
  phraseOf: (NamePhrase | undefined)[]
  ledger: Ledger
}

export interface Attribution {
  entry: Entry
  speaker: Span
  cue: Span
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'some',
  'several',
  'many',
  'two',
  'three',
  'four',
  'one',
  'other',
  'another',
  'most',
  'few',
  'all',
  'both',
  'senior',
  'top',
])
const NP_INNER = new Set([
  'of',
  'with',
  'for',
  'at',
  'from',
  'in',
  'on',
  'close',
  'to',
  'familiar',
  'the',
  'a',
  'an',
  'and',
  'state',
  'media',
  'run',
  'state-run',
  'official',
  'who',
  'spoke',
  'condition',
  'anonymity',
  'knowledge',
  'matter',
  'talks',
  'situation',
  'plans',
  'discussions',
  'campaign',
  'administration',
  'government',
  'department',
  'agency',
  'office',
  'party',
  'committee',
  'white',
  'house',
  'intelligence',
  'military',
  'defense',
  'security',
  'foreign',
  'press',
  'policy',
  'political',
  'national',
  'former',
  'senior',
  'top',
  'other',
  'some',
  'several',
  'many',
  'most',
  'two',
  'three',
  'four',
  'one',
  'local',
  'federal',
  'western',
  'u.s.',
  'us',
  'american',
  'chief',
  'deputy',
  'news',
  'agency',
  'report',
  'reports',
  'new',
  'recent',
  'latest',
  'his',
  'her',
  'their',
  'its',
  'nuclear',
  'international',
  'studies',
  'affairs',
  'economic',
  'public',
  'health',
  'law',
  'enforcement',
  'republican',
  'democratic',
  'gop',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'internal',
  'leaked',
  'court',
  'election',
  'polling',
  'survey',
  'groups',
  'group',
  'dozens',
  'hundreds',
  'thousands',
  'small',
  'large',
])

export const isCue = (t: Token): boolean => t.kind === 'word' && STRONG_CUES.has(t.lower)
export const isWeakCue = (t: Token): boolean => t.kind === 'word' && WEAK_CUES.has(t.lower)

function nounish(t: Token, i: number, ctx: Context): boolean {
  if (t.kind === 'number') return true
  if (t.kind !== 'word') return false
  if (t.cap || ctx.phraseOf[i]) return true
  return (
    ROLE_NOUNS.has(t.lower) ||
    ROLE_NOUNS.has(t.lower.replace(/s$/, '')) ||
    ANONYMOUS_HEADS.has(t.lower) ||
    DOCUMENT_WORDS.has(t.lower) ||
    t.lower === 'media' ||
    t.lower in PRONOUNS
  )
}

function npWord(t: Token, i: number, ctx: Context): boolean {
  if (ctx.quoted[i]) return false
  if (t.kind === 'poss' || t.text === '-' || t.text === '’' || t.text === '&') return true
  if (t.kind === 'number') return true
  if (t.kind !== 'word') return false
  if (t.cap) return !STRONG_CUES.has(t.lower)
  return (
    nounish(t, i, ctx) ||
    NP_INNER.has(t.lower) ||
    DETERMINERS.has(t.lower) ||
    /^[a-z]+-[a-z]+$/.test(t.lower) ||
    (/(?:ing|ed)$/.test(t.lower) === false &&
      /^(?:senior|junior|top|former|longtime|veteran|prominent|leading|unnamed|anonymous|independent|outside|rival|conservative|liberal|progressive|russian|chinese|korean)$/.test(
        t.lower,
      ))
  )
}

/** Skips auxiliaries, adverbs and a time ("on Tuesday") backwards from `i`. */
function skipGapBack(tokens: Token[], i: number, sentence: number): number {
  while (i >= 0 && tokens[i].sentence === sentence) {
    const t = tokens[i]
    if (t.kind === 'word' && CUE_GAP.has(t.lower)) i--
    else if (
      // "He’s claiming", "she’d said": a contracted auxiliary after a pronoun
      (t.kind === 'poss' || /^[’'](?:s|d|ve|ll|re)$/.test(t.text)) &&
      i > 0 &&
      tokens[i - 1].lower in PRONOUNS
    )
      i--
    else if (
      t.kind === 'word' &&
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently)$/.test(
        t.lower,
      )
    ) {
      i--
      if (i >= 0 && /^(?:on|last|this|earlier)$/.test(tokens[i].lower)) i--
    } else break
  }
  return i
}

/** Skips a short parenthetical ending at `i` ("(R-Wis.)", "(D)") backwards. */
function skipParenBack(tokens: Token[], i: number, sentence: number): number {
  if (i < 0 || tokens[i].text !== ')') return i
  for (let j = i - 1; j >= 0 && i - j <= 6 && tokens[j].sentence === sentence; j--) {
    if (tokens[j].text === '(') return j - 1
    if (tokens[j].text === ')') break
  }
  return i
}

/** The noun phrase that ends at token `end` (inclusive), read backwards. */
function npBack(ctx: Context, end: number, sentence: number, max = 10): [number, number] | null {
  const { tokens } = ctx
  end = skipParenBack(tokens, end, sentence)
  const t = tokens[end]
  if (!t || t.sentence !== sentence || ctx.quoted[end]) return null
  if (t.kind === 'word' && t.lower in PRONOUNS) return [end, end + 1]
  if (!nounish(t, end, ctx)) return null
  let start = end
  while (
    start - 1 >= 0 &&
    end - start < max &&
    tokens[start - 1].sentence === sentence &&
    npWord(tokens[start - 1], start - 1, ctx)
  ) {
    if (tokens[start - 1].kind === 'word' && tokens[start - 1].lower in PRONOUNS && !tokens[start - 1].cap)
      break
    start--
  }
  // Leading prepositions and conjunctions are not part of it.
  while (start < end && /^(?:of|with|for|at|from|in|on|to|and|who|familiar|close)$/.test(tokens[start].lower))
    start++
  // A phrase with a lowercase inner word must begin at a determiner, a capital, or a noun.
  return [start, end + 1]
}

/** Reads a noun phrase forward from `i` (after an inverted cue: "said the JCS"). */
function npForward(ctx: Context, i: number, sentence: number, max = 9): [number, number] | null {
  const { tokens } = ctx
  let start = i
  while (
    start < tokens.length &&
    tokens[start].sentence === sentence &&
    /^(?:the|a|an)$/.test(tokens[start].lower)
  )
    start++
  if (start >= tokens.length || tokens[start].sentence !== sentence || ctx.quoted[start]) return null
  const first = tokens[start]
  if (first.kind === 'word' && first.lower in PRONOUNS) return [start, start + 1]
  let end = start
  while (
    end < tokens.length &&
    end - start < max &&
    tokens[end].sentence === sentence &&
    npWord(tokens[end], end, ctx)
  ) {
    const t = tokens[end]
    if (t.kind === 'word' && !t.cap && /^(?:who|which|that|in|on|at|to|and)$/.test(t.lower)) break
    if (t.kind === 'word' && t.lower in PRONOUNS && end > start) break
    end++
  }
  while (end > start && !nounish(tokens[end - 1], end - 1, ctx)) end--
  if (end <= i) return null
  return [i, end]
}

/** The subject of the cue at `cue`: the phrase before it, past an appositive. */
export function subjectBefore(ctx: Context, cue: number): [number, number] | null {
  const { tokens } = ctx
  const sentence = tokens[cue].sentence
  const k = skipGapBack(tokens, cue - 1, sentence)
  if (k < 0 || tokens[k].sentence !== sentence) return null
  if (tokens[k].text === ',') {
    // "Leif-Eric Easley, professor of … in Seoul, told CNN"
    let c = k - 1
    while (
      c >= 0 &&
      tokens[c].sentence === sentence &&
      k - c < 32 &&
      tokens[c].text !== ',' &&
      !ctx.quoted[c] &&
      !/^[“”"—–;:()]$/.test(tokens[c].text)
    )
      c--
    if (c >= 0 && tokens[c].text === ',' && tokens[c].sentence === sentence && c + 1 < k) {
      const np = npBack(ctx, c - 1, sentence)
      if (np && (np[1] - np[0] <= 6 || tokens[np[1] - 1].cap)) {
        const appositiveHasRole = tokens
          .slice(c + 1, Math.min(k, c + 8))
          .some((t) => ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower.replace(/s$/, '')))
        // "Quina Jones, 25, said" / "Trump, however, said": a name before any short appositive.
        const headPhrase = ctx.phraseOf[np[1] - 1]
        const named =
          !!headPhrase && (headPhrase.kind === 'person' || headPhrase.kind === 'unknown') && k - c <= 12
        const age = k - c === 2 && tokens[c + 1].kind === 'number'
        if (appositiveHasRole || headPhrase?.role || named || age) return np
      }
    }
    return null
  }
  if (tokens[k].kind === 'word' && /^(?:who|which|that)$/.test(tokens[k].lower)) {
    let j = k - 1
    if (j >= 0 && tokens[j].text === ',') j--
    return j >= 0 ? npBack(ctx, j, sentence) : null
  }
  return npBack(ctx, k, sentence)
}

/** The phrase after an inverted cue ("said Putin", "according to the report"). */
export function objectAfter(ctx: Context, cue: number): [number, number] | null {
  const sentence = ctx.tokens[cue].sentence
  return npForward(ctx, cue + 1, sentence)
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i'])

const FEMALE_WORDS =
  /\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|woman|wife|mother|daughter|sister|queen|princess|lady|mrs\.?|ms\.?|miss|grandmother|actress|widow|niece|aunt|girl|mom|first lady)\b/i
const MALE_WORDS =
  /\b(?:spokesman|congressman|chairman|businessman|man|husband|father|son|brother|king|prince|mr\.?|grandfather|actor|nephew|uncle|boy|dad)\b/i

/** The gender of a person entry: from the first name (compromise's lists) or a gendered title. */
export function genderOf(e: Entry): 'm' | 'f' | null {
  if (e.gender !== undefined) return e.gender
  let g: 'm' | 'f' | null = null
  const first = e.name.split(/\s+/)[0] ?? ''
  const tags = tagsOf(first)
  if (tags.includes('FemaleName')) g = 'f'
  else if (tags.includes('MaleName')) g = 'm'
  else if (e.role && FEMALE_WORDS.test(e.role)) g = 'f'
  else if (e.role && MALE_WORDS.test(e.role)) g = 'm'
  e.gender = g
  return g
}

const genderOfWord = (w: string): 'm' | 'f' | null =>
  FEMALE_WORDS.test(w) || /^(?:she|her)$/.test(w)
    ? 'f'
    : MALE_WORDS.test(w) || /^(?:he|him)$/.test(w)
      ? 'm'
      : null

const isPersonLike = (e: Entry): boolean =>
  e.kind === 'person' || (e.kind === 'unknown' && e.words.length <= 3)

/** Titles that, with "the", name a person already in the story ("the senator", "the nominee"). */
const COREF_TITLES = new Set(
  (
    'president|senator|governor|nominee|candidate|businessman|businesswoman|billionaire|mogul|' +
    'mayor|secretary|congressman|congresswoman|representative|speaker|chairman|chairwoman|' +
    'leader|chancellor|minister|premier|king|queen|senator-elect|president-elect|tycoon|' +
    'developer|star|host|general|judge|justice|ambassador|director|founder|ceo|vice|' +
    'lawmaker|democrat|republican|attorney|prosecutor|sheriff|chief|commander|pope|' +
    'candidate|contender|challenger|incumbent|front-runner|frontrunner|rival|opponent'
  ).split('|'),
)
const TITLE_ABBREVIATIONS: Record<string, string> = {
  senator: 'sen',
  representative: 'rep',
  congressman: 'rep',
  congresswoman: 'rep',
  governor: 'gov',
  general: 'gen',
}

/** Resolves a speaker phrase (token range) to a ledger entry and the mention it rests on. */
export function resolveSpeaker(
  ctx: Context,
  range: [number, number],
  cited = true,
): { entry: Entry; speaker: Span } | null {
  const { tokens, text, ledger } = ctx
  const a = range[0]
  let b = range[1]
  while (b > a && tokens[b - 1].kind === 'punct' && tokens[b - 1].text !== ')') b--
  if (b <= a) return null
  const span = { start: tokens[a].start, end: tokens[b - 1].end }
  const phraseText = text.slice(span.start, span.end)
  const last = tokens[b - 1]
  // Pronouns
  if (b - a === 1 && last.lower in PRONOUNS) {
    const p = last.lower
    const kind = PRONOUNS[p]
    if (p === 'i' || p === 'we') return null
    const want = genderOfWord(p)
    const entry =
      kind === 'singular-person'
        ? ledger.lastBefore(span.start, (e) => {
            if (!isPersonLike(e)) return false
            const g = genderOf(e)
            return !want || !g || g === want
          })
        : kind === 'plural'
          ? ledger.lastBefore(
              span.start,
              (e) =>
                e.kind === 'anonymous' ||
                e.kind === 'government' ||
                e.kind === 'organization' ||
                e.kind === 'media' ||
                e.kind === 'state media',
            )
          : ledger.lastBefore(
              span.start,
              (e) => e.kind !== 'person' && e.kind !== 'place' && e.kind !== 'unknown',
            )
    if (!entry) return null
    if (PERSON_PRONOUNS.has(p) && entry.kind === 'unknown') entry.kind = 'person'
    if (want && genderOf(entry) === null) entry.gender = want
    if (cited) entry.cited = true
    ledger.mention(entry, span)
    return { entry, speaker: span }
  }
  // A name at the head of the phrase: the last name phrase inside it.
  const lower = keyOf(phraseText)
  const headPhrase =
    ctx.phraseOf[b - 1] ?? (tokens[b - 1].kind === 'number' ? ctx.phraseOf[b - 2] : undefined)
  const mediaish =
    STATE_MEDIA.has(lower) ||
    MEDIA.has(lower) ||
    [...STATE_MEDIA].some((m) => m.includes(' ') && lower.endsWith(' ' + m))
  if (headPhrase && !(mediaish && headPhrase.start > span.start)) {
    const np = headPhrase
    // "A journalist with state media Russia 1": a role noun before a "with/at/from" phrase.
    const lead = tokens.slice(a, b).findIndex((t) => /^(?:with|at|from|for)$/.test(t.lower))
    const leadHasRole =
      lead > 0 &&
      tokens.slice(a, a + lead).some((t) => ROLE_NOUNS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower))
    if (leadHasRole && tokens[a + lead].start < np.start) {
      const kindInside = classifyName(np.text)
      const kind = kindInside === 'state media' || kindInside === 'media' ? kindInside : 'anonymous'
      const entry = ledger.add(capitalise(phraseText), kind, null, span)
      if (cited) entry.cited = true
      return { entry, speaker: span }
    }
    let entry = ledger.resolveName(np.text, np.start)
    if (!entry) entry = ledger.add(np.text, citedKind(np.kind, np.text.split(' ').length), np.role, np)
    if (cited) {
      entry.cited = true
      if (entry.kind === 'unknown' || entry.kind === 'place')
        entry.kind = citedKind(entry.kind, entry.words.length)
    }
    const head = { start: np.start, end: np.end }
    ledger.mention(entry, head)
    // Anonymous groups named by a place: "US officials", "Russian officials".
    if (np.end < span.end && ANONYMOUS_HEADS.has(last.lower)) {
      const group = ledger.add(phraseText.replace(/^(?:the)\s+/i, ''), 'anonymous', null, span)
      if (cited) group.cited = true
      return { entry: group, speaker: span }
    }
    return { entry, speaker: head }
  }
  // A known name or alias.
  const known = ledger.get(phraseText)
  if (known) {
    if (cited) known.cited = true
    ledger.mention(known, span)
    return { entry: known, speaker: span }
  }
  if (mediaish) {
    const entry = ledger.add(
      phraseText.replace(/^the\s+/i, ''),
      STATE_MEDIA.has(lower) || [...STATE_MEDIA].some((m) => m.includes(' ') && lower.endsWith(' ' + m))
        ? 'state media'
        : 'media',
      null,
      span,
    )
    if (cited) entry.cited = true
    return { entry, speaker: span }
  }
  // A title: "the North Korean leader", "the president".
  const headWord = last.lower
  const isRole = ROLE_NOUNS.has(headWord)
  const definite = /^(?:the|this|that)$/.test(tokens[a].lower) || tokens[a].cap
  if (isRole && definite) {
    let entry = ledger.byRole(phraseText, span.start)
    const abbreviation = TITLE_ABBREVIATIONS[headWord]
    if (!entry && abbreviation) entry = ledger.byRole(abbreviation + '.', span.start)
    if (!entry && /^(?:the|this|that)$/.test(tokens[a].lower) && COREF_TITLES.has(headWord)) {
      // "the senator said": the last person of that gender named before it.
      const want = genderOfWord(phraseText)
      entry = ledger.lastBefore(span.start, (e) => {
        if (e.kind !== 'person') return false
        const g = genderOf(e)
        return !want || !g || g === want
      })
    }
    if (entry) {
      if (cited) entry.cited = true
      ledger.mention(entry, span)
      return { entry, speaker: span }
    }
  }
  if (ANONYMOUS_HEADS.has(headWord) || isRole || DOCUMENT_WORDS.has(headWord)) {
    const kind = DOCUMENT_WORDS.has(headWord) && !ANONYMOUS_HEADS.has(headWord) ? 'document' : 'anonymous'
    const name = capitalise(phraseText.replace(/^(?:the)\s+/i, ''))
    const entry = ledger.add(name, kind, null, span)
    if (cited) entry.cited = true
    return { entry, speaker: span }
  }
  return null
}

const capitalise = (s: string): string => s

/** Finds the attribution of a cue at token `cue`: subject before, or inverted phrase after. */
export function attributionAt(ctx: Context, cue: number): Attribution | null {
  const { tokens } = ctx
  const t = tokens[cue]
  let cueEnd = cue + 1
  // "according to X"
  if (t.lower === 'according') {
    if (tokens[cue + 1]?.lower !== 'to') return null
    const np = npForward(ctx, cue + 2, t.sentence)
    if (!np) return null
    // "according to photos shared by North Korean state media": the agent.
    let [a, b] = np
    const agent = findAgent(ctx, b, t.sentence)
    if (agent) [a, b] = agent
    const r = resolveSpeaker(ctx, [a, b])
    return r ? { ...r, cue: { start: t.start, end: tokens[cue + 1].end } } : null
  }
  // "told CNN", "told reporters"
  if (
    /^(?:told|tells|tell)$/.test(t.lower) &&
    tokens[cue + 1] &&
    (tokens[cue + 1].cap || /^(?:reporters|me|us|him|her|them|the|a|an)$/.test(tokens[cue + 1].lower))
  ) {
    cueEnd = cue + 2
    while (
      cueEnd < tokens.length &&
      tokens[cueEnd].sentence === t.sentence &&
      tokens[cueEnd].cap &&
      cueEnd - cue < 5
    )
      cueEnd++
  }
  const cueSpan = { start: t.start, end: tokens[cueEnd - 1].end }
  const before = subjectBefore(ctx, cue)
  if (before) {
    const r = resolveSpeaker(ctx, before)
    if (r) return { ...r, cue: cueSpan }
  }
  // Inverted: ", said Putin" / "said the JCS"
  const prev = tokens[cue - 1]
  if (
    !before &&
    (!prev || prev.sentence !== t.sentence || /^[,”"—–:;]$/.test(prev.text) || ctx.quoted[cue - 1])
  ) {
    const after = objectAfter(ctx, cue)
    if (after) {
      const r = resolveSpeaker(ctx, after)
      if (r) return { ...r, cue: cueSpan }
    }
  }
  // A participle: "Protesters marched downtown, chanting “…”" — the clause's subject.
  if (!before && /ing$/.test(t.lower)) {
    const subject = mainSubject(ctx, t.sentence, cue)
    if (subject) {
      const r = resolveSpeaker(ctx, subject)
      if (r) return { ...r, cue: cueSpan }
    }
  }
  return null
}

const INTRO_WORDS = new Set(
  (
    'on|in|at|after|before|during|when|while|as|late|early|last|earlier|later|speaking|asked|' +
    'since|until|for|from|with|without|despite|although|though|if|once|following|amid|' +
    'addressing|appearing|writing|responding|according'
  ).split('|'),
)

/** The subject of the sentence's main clause, if it ends before token `limit`. */
export function mainSubject(ctx: Context, sentence: number, limit: number): [number, number] | null {
  const { tokens } = ctx
  let i = limit
  while (i > 0 && tokens[i - 1].sentence === sentence) i--
  while (i < limit && (/^[“”"‘’(—–-]$/.test(tokens[i].text) || ctx.quoted[i])) i++
  if (i < limit && /^(?:but|and|so|yet|still|meanwhile|however|instead|now|then)$/.test(tokens[i].lower)) {
    i++
    if (tokens[i]?.text === ',') i++
  }
  if (i < limit && INTRO_WORDS.has(tokens[i].lower)) {
    // An introductory phrase up to its comma.
    let c = i + 1
    // (a comma inside a closing quote counts: On "Face the Nation," Sanders …)
    const ends = (k: number): boolean =>
      tokens[k].text === ',' && (!ctx.quoted[k] || /^[”"]$/.test(tokens[k + 1]?.text ?? ''))
    while (c < limit && c - i < 20 && !ends(c)) c++
    if (c >= limit || !ends(c)) return null
    i = c + 1
    while (i < limit && /^[”"’]$/.test(tokens[i].text)) i++
  }
  if (i >= limit) return null
  const np = npForward(ctx, i, sentence, 10)
  if (!np || np[1] > limit) return null
  // The phrase must be followed by its verb (or an appositive), not by more of a clause.
  return np
}

/** "… shared by North Korean state media": the phrase after "by". */
function findAgent(ctx: Context, from: number, sentence: number): [number, number] | null {
  const { tokens } = ctx
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    if (tokens[i].sentence !== sentence) return null
    if (tokens[i].lower === 'by' || tokens[i].lower === 'from') return npForward(ctx, i + 1, sentence)
  }
  return null
}

/** Agents of reports: "released by the Kremlin", "shared by North Korean state media". */
export function agentAttributions(ctx: Context, i: number): Attribution | null {
  const t = ctx.tokens[i]
  if (
    !/^(?:released|shared|published|issued|posted|provided|broadcast|aired|obtained|reported|cited|distributed|disclosed|announced|conducted|commissioned)$/.test(
      t.lower,
    )
  )
    return null
  if (ctx.tokens[i + 1]?.lower !== 'by') return null
  const np = npForward(ctx, i + 2, t.sentence)
  if (!np) return null
  const r = resolveSpeaker(ctx, np)
  return r ? { ...r, cue: { start: t.start, end: ctx.tokens[i + 1].end } } : null
}
