/**
 * Claim scoring benchmark: the median time to score 10,000 sentences (PolNeAR dev sentences,
 * repeated as needed) with the shipped model; the baseline, measured in the same run, is the
 * analysis tokenizer alone over the same sentences.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scoreSentence } from '../../src/main/services/analysis'
import { tokenize } from '../../src/main/services/analysis/tokens'
import { findSentences } from '../../src/shared/text/sentences'
import { medianOf, round } from './timing'

export interface ClaimsBench {
  sentences: number
  score10k: { ms: number }
  baseline: { tokenize10k: { ms: number } }
}

const COUNT = 10_000
const RUNS = 5

export function benchClaims(log: (line: string) => void): ClaimsBench {
  const dir = '../shared/data/attribution-dev/text'
  const pool = readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8')
      return findSentences(text).map((s) => text.slice(s.start, s.end))
    })
  const sentences = Array.from({ length: COUNT }, (_, i) => pool[i % pool.length])
  const spans = sentences.map((s) => [{ start: 0, end: s.length, index: 0, paragraph: 0 }])
  const score = medianOf(() => sentences.forEach((s) => scoreSentence(s)), RUNS, true)
  const tokens = medianOf(() => sentences.forEach((s, i) => tokenize(s, spans[i])), RUNS, true)
  log(
    `claims: scoring ${COUNT} sentences median ${score.toFixed(1)} ms (${RUNS} runs); tokenizer alone median ${tokens.toFixed(1)} ms`,
  )
  return { sentences: COUNT, score10k: { ms: round(score) }, baseline: { tokenize10k: { ms: round(tokens) } } }
}
