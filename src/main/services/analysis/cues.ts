/**
 * Cue finding: the verbs and phrases that introduce speech (said, told CNN, according to …,
 * released by …) and the attribution each one makes, with the speaker phrase read before the cue,
 * after an inverted cue or from the clause's subject.
 */
import type { Attribution, Context } from './attributionContext'
import { STRONG_CUES, WEAK_CUES } from './lexicons'
import { agentAfter, mainSubject, npForward, objectAfter, subjectBefore } from './nounPhrases'
import { speakerOf } from './speakers'
import type { Token } from './tokens'

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
    const np = npForward(ctx, cue + 2, t.sentence)
    if (!np) return null
    // "according to photos shared by North Korean state media": the agent.
    let [a, b] = np
    const agent = agentAfter(ctx, b, t.sentence)
    if (agent) [a, b] = agent
    const r = speakerOf(ctx, [a, b])
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
    const r = speakerOf(ctx, before)
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
