/** Checks an analysis against the sample article's hand-made expectations (tests and eval). */
import type { Analysis } from '../shared/model/analysis'
import { checkUnitPairs } from '../main/services/analysis/numbers'
import { keyOf } from '../main/services/analysis/sources'
import type { SampleExpectation } from './sample'

export interface CheckResult {
  what: string
  ok: boolean
  detail: string
}

const bare = (s: string): string => s.replace(/[\s,.;:!?’'”"]+$/u, '').trim()

export function checkSample(expected: SampleExpectation, text: string, analysis: Analysis): CheckResult[] {
  const out: CheckResult[] = []
  const byId = new Map(analysis.sources.map((s) => [s.id, s]))
  for (const e of expected.sources) {
    const s = analysis.sources.find((x) => keyOf(x.name) === keyOf(e.name))
    const mentions = s ? s.mentions.map((m) => keyOf(text.slice(m.start, m.end))) : []
    const missingAlias = (e.aliases ?? []).filter((a) => !mentions.includes(keyOf(a)))
    const ok =
      !!s && s.kind === e.kind && (e.role === undefined || s.role === e.role) && missingAlias.length === 0
    out.push({
      what: `source ${e.name}`,
      ok,
      detail: s ? `kind=${s.kind} role=${s.role} missing aliases=${missingAlias.join(',')}` : 'not found',
    })
  }
  const expectedNames = new Set(expected.sources.map((e) => keyOf(e.name)))
  const extra = analysis.sources.filter((s) => !expectedNames.has(keyOf(s.name))).map((s) => s.name)
  out.push({
    what: 'no sources beyond the expected ones',
    ok: extra.length === 0,
    detail: `${analysis.sources.length} found, ${expected.sources.length} expected; extra: ${extra.join(', ') || 'none'}`,
  })
  for (const e of expected.quotes) {
    const q = analysis.quotes.find((x) => bare(x.text).startsWith(bare(e.text)))
    const speaker = q?.sourceId ? byId.get(q.sourceId)?.name : undefined
    out.push({
      what: `quote “${e.text.slice(0, 40)}…”`,
      ok: !!q && speaker !== undefined && keyOf(speaker) === keyOf(e.speaker),
      detail: q ? `speaker=${speaker ?? 'none'}` : 'not found',
    })
  }
  const claimAt = (phrase: string) => {
    const at = text.indexOf(phrase)
    return at < 0 ? undefined : analysis.claims.find((c) => c.start <= at && at + phrase.length <= c.end)
  }
  for (const phrase of expected.claims.mustInclude) {
    const c = claimAt(phrase)
    out.push({
      what: `claim must include “${phrase.slice(0, 40)}…”`,
      ok: !!c?.checkworthy,
      detail: c ? `score=${c.score}` : 'no claim spans it',
    })
  }
  for (const phrase of expected.claims.mustNotInclude) {
    const c = claimAt(phrase)
    out.push({
      what: `claim must not include “${phrase.slice(0, 40)}…”`,
      ok: !c?.checkworthy,
      detail: c ? `score=${c.score}` : 'no claim spans it',
    })
  }
  const pairs = checkUnitPairs(text)
  for (const n of expected.claims.numbers) {
    const pair = pairs.find((p) => p.text.includes(n.text) || n.text.includes(p.text))
    out.push({
      what: `numbers ${n.text}`,
      ok: !!pair?.consistent,
      detail: pair ? `converted=${pair.converted}` : 'not found',
    })
  }
  return out
}
