/**
 * Noun-phrase grammar for attribution: the phrase before a cue ("Putin said", "Leif-Eric Easley,
 * professor …, told CNN"), after an inverted cue ("said the JCS"), the agent after "by" ("released
 * by the Kremlin") and the subject of a sentence's main clause. Phrases are token ranges
 * [start, end); no phrase crosses a sentence or enters a quote.
 */
import type { Context } from './attributionContext'
import {
  ANONYMOUS_HEADS,
  BODY_HEADS,
  CUE_GAP,
  DOCUMENT_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  STRONG_CUES,
} from './lexicons'
import type { Token } from './tokens'

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

function nounish(t: Token, i: number, ctx: Context): boolean {
  if (t.kind === 'number') return true
  if (t.kind !== 'word') return false
  if (t.cap || ctx.phraseOf[i]) return true
  return (
    ROLE_NOUNS.has(t.lower) ||
    ROLE_NOUNS.has(t.lower.replace(/s$/, '')) ||
    ANONYMOUS_HEADS.has(t.lower) ||
    DOCUMENT_WORDS.has(t.lower) ||
    BODY_HEADS.has(t.lower) ||
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
  // "9/11 widow", "the 34-year-old mother"
  if (/^\p{N}/u.test(t.text)) return true
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

/** A manner adverb between a speaker and the cue: "Gingrich cynically dismissed …". */
const adverb = (t: Token, i: number, tokens: Token[]): boolean =>
  !t.cap &&
  /^[a-z]{4,}ly$/.test(t.lower) &&
  !ROLE_NOUNS.has(t.lower) &&
  !ANONYMOUS_HEADS.has(t.lower) &&
  i > 0 &&
  tokens[i - 1].kind === 'word'

/** Skips auxiliaries, adverbs and a time ("on Tuesday") backwards from `i`. */
function skipGapBack(tokens: Token[], i: number, sentence: number): number {
  while (i >= 0 && tokens[i].sentence === sentence) {
    const t = tokens[i]
    if (t.kind === 'word' && (CUE_GAP.has(t.lower) || adverb(t, i, tokens))) i--
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
  return [start, end + 1]
}

/** Reads a noun phrase forward from `i` (after an inverted cue: "said the JCS"). */
export function npForward(ctx: Context, i: number, sentence: number, max = 9): [number, number] | null {
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
  // Determiners alone ("said the weather service": no noun the grammar knows) are no phrase.
  if (end <= start) return null
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
        // "China, Pyongyang’s only ally, said": any name before a described appositive.
        const described =
          !!headPhrase &&
          headPhrase.last === np[1] &&
          (/^(?:the|a|an|its|their|his|her)$/.test(tokens[c + 1].lower) || tokens[c + 2]?.kind === 'poss')
        if (appositiveHasRole || headPhrase?.role || named || age || described) return np
        // Two appositives: "Scott Pruitt, the attorney general of Oklahoma, one of the states …,
        // said" — the first describes the name before it.
        const roleBeforeComma = tokens.slice(np[0], np[1]).some((t) => ROLE_NOUNS.has(t.lower))
        if (roleBeforeComma && np[0] >= 2 && tokens[np[0] - 1].text === ',') {
          const name = ctx.phraseOf[np[0] - 2]
          if (name && (name.kind === 'person' || name.kind === 'unknown')) return [name.first, name.last]
        }
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
  return np
}

/** "… shared by North Korean state media": the phrase after a "by" or "from" within 4 tokens. */
export function agentAfter(ctx: Context, from: number, sentence: number): [number, number] | null {
  const { tokens } = ctx
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    if (tokens[i].sentence !== sentence) return null
    if (tokens[i].lower === 'by' || tokens[i].lower === 'from') return npForward(ctx, i + 1, sentence)
  }
  return null
}
