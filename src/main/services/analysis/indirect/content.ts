/**
 * The content of a reported-speech attribution: which words of the sentence the cue attributes.
 * "X said (that) CONTENT." takes what follows the cue; "CONTENT, X said." and "CONTENT, said X."
 * take what precedes the speaker or the cue; "According to Y, CONTENT." takes what follows Y, and
 * "CONTENT, according to Y." what precedes the cue. All of it inside the cue's sentence.
 * The word lists and the fewest content words were chosen on PolNeAR dev (scripts/eval/attributions.ts).
 */
import type { Span } from '../../../../shared/model/analysis'
import type { Token } from '../tokens'

/** Fewest words a reported content has ("He said nothing." and "She said so." are not attributions). */
export const MIN_CONTENT_WORDS = 3

/** Words that stand for no content of their own after a cue ("said nothing", "said so"). */
const EMPTY_OBJECTS =
  /^(?:nothing|little|much|so|yes|no|goodbye|hello|otherwise|anything|something|it|this|that|more)$/

/** Adverbials of time or setting right after a cue ("said Tuesday that", "said in a statement"). */
const AFTER_CUE_TIME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|earlier|later|recently|last|this|week|month|year|on)$/

/** A clause after the cue that only says where or when, not what ("said in a statement on Tuesday"). */
const SETTING_START =
  /^(?:in|on|at|during|after|before|while|when|to|via|from|through|with|last|this|earlier|late|later)$/

/** The tokens of the sentence around token `i`: [first, end). */
function sentenceRange(tokens: Token[], i: number): [number, number] {
  const sentence = tokens[i].sentence
  let a = i
  while (a > 0 && tokens[a - 1].sentence === sentence) a--
  let b = i
  while (b < tokens.length && tokens[b].sentence === sentence) b++
  return [a, b]
}

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number'

/** [a, b) without leading or trailing punctuation (a closing quote mark stays when its opener is in). */
function trim(tokens: Token[], a: number, b: number): [number, number] {
  while (a < b && !isWord(tokens[a]) && !/^[“"‘(]$/.test(tokens[a].text)) a++
  while (b > a && !isWord(tokens[b - 1])) {
    const t = tokens[b - 1].text
    if (/^[”"’)]$/.test(t) && tokens.slice(a, b - 1).some((x) => /^[“"‘(]$/.test(x.text))) break
    b--
  }
  return [a, b]
}

const words = (tokens: Token[], a: number, b: number): Token[] => tokens.slice(a, b).filter(isWord)

/** Words that open a phrase of setting, not a statement: "During the debate, X said …". */
const SETTING_BEFORE =
  /^(?:of|for|by|with|during|in|on|at|from|as|after|before|since|while|when|amid|despite)$/
/** Words that open a complement of the cue, not a statement: "X said of his plan", "reported by". */
const COMPLEMENT_AFTER = /^(?:of|by|during|from|in|on|at)$/

/** Whether [a, b) reads as what someone said: enough words, not opening with `notFirst`. */
function substantive(tokens: Token[], a: number, b: number, notFirst: RegExp): boolean {
  const w = words(tokens, a, b)
  return w.length >= MIN_CONTENT_WORDS && !notFirst.test(w[0].lower)
}

/** Whether [a, b) is only an adverbial of setting, up to the sentence end ("in a statement on Tuesday"). */
function onlySetting(tokens: Token[], a: number, b: number): boolean {
  const w = words(tokens, a, b)
  if (!w.length) return true
  if (!SETTING_START.test(w[0].lower) && !AFTER_CUE_TIME.test(w[0].lower)) return false
  // "said on Tuesday that …": a content clause follows the setting.
  return !tokens.slice(a, b).some((t) => t.lower === 'that' || t.text === ',' || t.text === ':')
}

const toSpan = (tokens: Token[], range: [number, number] | null): Span | null =>
  range && range[1] > range[0] ? { start: tokens[range[0]].start, end: tokens[range[1] - 1].end } : null

/** The words before token `limit` in the sentence, when a comma (or dash) separates them from it. */
function before(tokens: Token[], first: number, limit: number): [number, number] | null {
  let k = limit - 1
  // "“…,” he said" and "''…,'' he said": the comma sits inside the closing mark (one or two characters).
  let marks = 0
  while (marks < 2 && k - 1 >= first && /^[”"’']$/.test(tokens[k].text)) {
    k--
    marks++
  }
  if (k < first || !/^[,—–―]$/.test(tokens[k].text)) return null
  const range = trim(tokens, first, k)
  return substantive(tokens, ...range, SETTING_BEFORE) ? range : null
}

/** The words after token `from` to the sentence end, past an adverbial of time ("said Tuesday that"). */
function after(tokens: Token[], from: number, end: number): [number, number] | null {
  let a = from
  while (a < end && /^[,:—–―]$/.test(tokens[a].text)) a++
  if (onlySetting(tokens, a, end)) return null
  // "says at a campaign stop in Toledo, Ohio, that …": past the setting to its "that".
  if (a < end && SETTING_START.test(tokens[a].lower)) {
    let k = a
    while (k < end && k - a < 15 && tokens[k].lower !== 'that') k++
    if (k < end && tokens[k].lower === 'that') a = k
  }
  while (a < end && AFTER_CUE_TIME.test(tokens[a].lower) && tokens[a].lower !== 'that') a++
  const range = trim(tokens, a, end)
  const w = words(tokens, ...range)
  if (w.length && EMPTY_OBJECTS.test(w[0].lower) && w.length <= 2) return null
  // "called it “a provocation”": a quoted name given to something, which the quotes layer shows.
  if (
    /^(?:it|them|him|her|this|that)$/.test(tokens[range[0]]?.lower ?? '') &&
    /^[“"‘]$/.test(tokens[range[0] + 1]?.text ?? '')
  )
    return null
  // "saying to Putin, …", "said to reporters": the addressee, with what was said elsewhere.
  if (w.length > 1 && w[0].lower === 'to' && (w[1].cap || ADDRESSEES.test(w[1].lower))) return null
  return substantive(tokens, ...range, COMPLEMENT_AFTER) ? range : null
}

/** Words that may follow an inverted speaker ("…, said Smith, who …", "said Smith in a statement"). */
const AFTER_INVERTED =
  /^(?:who|which|in|on|at|of|during|after|before|from|with|to|for|and|according|adding|saying|told|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/

/** Whether the phrase ending before token `next` goes on as a clause ("parents still want …"). */
function opensClause(tokens: Token[], next: number, end: number): boolean {
  const t = tokens[next]
  if (!t || next >= end || t.kind !== 'word' || AFTER_INVERTED.test(t.lower)) return false
  return words(tokens, next, end).length >= 2
}

/** Who a cue may address ("said to reporters"). */
const ADDRESSEES = /^(?:reporters|journalists|him|her|them|me|us|the|a|an)$/

/** Words a sentence may open with before its attribution ("But according to …"). */
const OPENERS = /^(?:but|and|so|yet|still|meanwhile|however|now|then|also)$/

/**
 * The content attributed by the cue at tokens [cue, cueEnd) whose speaker spans [speakerFirst,
 * speakerEnd) (token indices; the speaker may stand before or after the cue), or null.
 */
export function contentOf(
  tokens: Token[],
  cue: number,
  cueEnd: number,
  speaker: [number, number] | null,
): Span | null {
  const [first, end] = sentenceRange(tokens, cue)
  if (tokens[cue].lower === 'according') {
    const lead = words(tokens, first, cue).filter((t) => !OPENERS.test(t.lower))
    if (lead.length === 0) {
      // "According to Y, CONTENT": past the first comma after Y.
      let k = speaker ? speaker[1] : cueEnd
      while (k < end && tokens[k].text !== ',') k++
      return k < end ? toSpan(tokens, after(tokens, k + 1, end)) : null
    }
    return toSpan(tokens, before(tokens, first, cue))
  }
  if (speaker && speaker[0] >= cueEnd) {
    // "…, said he cannot comment", "said parents still want …": the phrase after the cue is
    // the subject of the content, not an inverted speaker.
    if (opensClause(tokens, speaker[1], end)) return toSpan(tokens, after(tokens, cueEnd, end))
    // Inverted: "CONTENT, said X." (or, sentence-initial, "Said X: CONTENT").
    const b = before(tokens, first, cue)
    if (b) return toSpan(tokens, b)
    return cue === first ? toSpan(tokens, after(tokens, speaker[1], end)) : null
  }
  const subjectStart = speaker ? speaker[0] : cue
  // "CONTENT, X said." or "CONTENT, X said on Tuesday."
  const afterCue = after(tokens, cueEnd, end)
  const beforeSpeaker = before(tokens, first, subjectStart)
  if (beforeSpeaker && (!afterCue || tokens[cueEnd]?.text === ',')) return toSpan(tokens, beforeSpeaker)
  return toSpan(tokens, afterCue)
}
