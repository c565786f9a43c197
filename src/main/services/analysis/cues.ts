/**
 * Cue finding: the verbs and phrases that introduce speech (said, told CNN, according to …,
 * released by …) and the attribution each one makes, with the speaker phrase read before the cue,
 * after an inverted cue or from the clause's subject.
 */
import type { Attribution, Context } from './attributionContext'
import { ANONYMOUS_HEADS, DOCUMENT_WORDS, PRONOUNS, STRONG_CUES, WEAK_CUES } from './lexicons'
import { agentAfter, mainSubject, npForward, objectAfter, subjectBefore } from './nounPhrases'
import { speakerOf } from './speakers'
import type { Token } from './tokens'

const TELL = /^(?:told|tells|tell|telling)$/

/** A strong cue: attributes whatever follows it in the sentence ("said", "warned"). */
export const isCue = (t: Token): boolean => t.kind === 'word' && STRONG_CUES.has(t.lower)
/** A weak cue: attributes only a quote right beside it ("called it “…”", "asked,"). */
export const isWeakCue = (t: Token): boolean => t.kind === 'word' && WEAK_CUES.has(t.lower)
/** Finds the attribution of a cue at token `cue`: subject before, or inverted phrase after. */

export function attributionAt(ctx: Context, cue: number): Attribution | null {
  const { tokens } = ctx
  const t = tokens[cue]
  let cueEnd = cue + 1
  // A passive cue names its agent after "by": "was announced by the White House".
  if (tokens[cue + 1]?.lower === 'by' && tokens[cue + 1].sentence === t.sentence) {
    const agent = agentAttributions(ctx, cue)
    if (agent) return agent
  }
  // "according to X"
  if (t.lower === 'according') {
    if (tokens[cue + 1]?.lower !== 'to') return null
    const cueSpan = { start: t.start, end: tokens[cue + 1].end }
    const np = npForward(ctx, cue + 2, t.sentence)
    if (np) {
      // "according to photos shared by North Korean state media": the agent.
      let [a, b] = np
      const agent = agentAfter(ctx, b, t.sentence)
      if (agent) [a, b] = agent
      const r = speakerOf(ctx, [a, b])
      if (r) return { ...r, cue: cueSpan }
    }
    // "according to conservative talk radio host Rush Limbaugh,": a description ending in a name.
    const named = describedName(ctx, cue + 2, t.sentence)
    const r = named && speakerOf(ctx, named)
    return r ? { ...r, cue: cueSpan } : null
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
  const before = documentIssuer(ctx, subjectBefore(ctx, cue))
  if (before === 'none') return null
  if (before) {
    const r = speakerOf(ctx, before)
    if (r) return { ...r, cue: cueSpan }
  }
  // Inverted: ", said Putin" / "said the JCS". Never after "told": what follows is who heard it.
  const prev = tokens[cue - 1]
  if (
    !before &&
    !TELL.test(t.lower) &&
    (!prev || prev.sentence !== t.sentence || /^[,”"—–:;]$/.test(prev.text) || ctx.quoted[cue - 1])
  ) {
    const after = objectAfter(ctx, cue)
    // "China, …, said it was": a pronoun after the cue is the subject of what was said, unless
    // the cue follows the quote itself (“…,” said he).
    const pronounAfter = after && after[1] - after[0] === 1 && tokens[after[0]].lower in PRONOUNS
    const afterQuote =
      !!prev &&
      (/^[”"]$/.test(prev.text) || ctx.quoted[cue - 1] || /^[”"]$/.test(tokens[cue - 2]?.text ?? ''))
    if (after && (!pronounAfter || afterQuote)) {
      const r = speakerOf(ctx, after)
      if (r) return { ...r, cue: cueSpan }
    }
  }
  // A participle: "Protesters marched downtown, chanting “…”" — the clause's subject.
  if (!before && /ing$/.test(t.lower)) {
    const subject = mainSubject(ctx, t.sentence, cue)
    if (subject) {
      const r = speakerOf(ctx, subject)
      if (r) return { ...r, cue: cueSpan }
    }
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
  const r = speakerOf(ctx, np)
  return r ? { ...r, cue: { start: t.start, end: ctx.tokens[i + 1].end } } : null
}

const ISSUING = /^(?:issued|released|sent|posted|published|put|made|gave|signed|wrote)$/

/**
 * A document as the subject of a cue: "the Council issued a statement calling …" speaks for the
 * one who issued it, and "in a statement announcing …" is no subject at all ('none': the cue is
 * not this one).
 */
function documentIssuer(ctx: Context, range: [number, number] | null): [number, number] | null | 'none' {
  if (!range) return null
  const { tokens } = ctx
  const head = tokens[range[1] - 1]
  if (!DOCUMENT_WORDS.has(head.lower) || ANONYMOUS_HEADS.has(head.lower)) return range
  let v = range[0] - 1
  if (v >= 0 && /^(?:in|from|with)$/.test(tokens[v].lower)) return 'none'
  if (v >= 0 && tokens[v].lower === 'out') v--
  if (v < 0 || !ISSUING.test(tokens[v].lower) || tokens[v].sentence !== head.sentence) return range
  return subjectBefore(ctx, v) ?? range
}

/**
 * A phrase from `from` to the end of a name, before any comma, within 10 tokens: a description
 * with words the noun-phrase grammar does not know, closed by the name it describes.
 */
function describedName(ctx: Context, from: number, sentence: number): [number, number] | null {
  const { tokens } = ctx
  for (let i = from; i < tokens.length && i - from < 10 && tokens[i].sentence === sentence; i++) {
    if (ctx.quoted[i] || /^[,;:.“”"()—–]$/.test(tokens[i].text)) return null
    const phrase = ctx.phraseOf[i]
    if (phrase && phrase.last - 1 === i && !(tokens[i + 1] && ctx.phraseOf[i + 1])) {
      const next = tokens[i + 1]
      if (!next || next.sentence !== sentence || /^[,;:.)]$/.test(next.text)) return [from, i + 1]
    }
  }
  return null
}
