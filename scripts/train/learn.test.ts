import { describe, expect, it } from 'vitest'
import { claimScorer } from '../../src/main/services/analysis/claimModel'
import { sentenceCues } from '../../src/main/services/analysis/claims'
import {
  bestThreshold,
  calibrate,
  choose,
  CONFIGS,
  examples,
  fit,
  fitPlatt,
  folds,
  logit,
  modelFile,
  type Row,
} from './learn'

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Constructed sentences: amounts and dated deeds are Yes, wishes and thanks are No. */
const ROWS: Row[] = [
  ...['ferries', 'buses', 'trains', 'clinics', 'schools', 'bridges'].flatMap((thing, i) => [
    { text: `The council closed ${i + 3} ${thing} in Marlow in 2019.`, yes: true },
    { text: `Spending on ${thing} rose by ${10 + i} percent last year.`, yes: true },
    { text: `I want to thank everyone who cares about our ${thing}.`, yes: false },
    { text: `We have to believe in our ${thing} again.`, yes: false },
    { text: `What do you think about the ${thing}?`, yes: false },
  ]),
]

describe('folds', () => {
  it('cuts the examples into k runs of neighbours, in order, of nearly equal size', () => {
    const f = folds(11, 3)
    expect(f).toHaveLength(11)
    expect([...f].sort((a, b) => a - b)).toEqual(f)
    const sizes = [0, 1, 2].map((k) => f.filter((x) => x === k).length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
  })
})

describe('fitPlatt', () => {
  it('recovers the slope and offset of calibrated data', () => {
    const xs: number[] = []
    const ys: number[] = []
    for (let x = -4; x <= 4; x += 0.5) {
      const yes = Math.round(200 * sigmoid(1.5 * x - 0.5))
      for (let n = 0; n < 200; n++) {
        xs.push(x)
        ys.push(n < yes ? 1 : 0)
      }
    }
    const p = fitPlatt(xs, ys)
    expect(p.a).toBeCloseTo(1.5, 1)
    expect(p.b).toBeCloseTo(-0.5, 1)
  })
})

describe('bestThreshold', () => {
  it('falls between the scores of the two classes when they separate', () => {
    const t = bestThreshold([0.1, 0.2, 0.3, 0.7, 0.8], [0, 0, 0, 1, 1])
    expect(t).toBeGreaterThan(0.3)
    expect(t).toBeLessThanOrEqual(0.7)
  })
})

describe('fit', () => {
  it('learns to rank the Yes sentences above the No ones', () => {
    const data = examples(ROWS)
    const model = fit(data, { ngrams: { words: true, chars: false }, lambda: 0.3 })
    const yes = data.filter((e) => e.y).map((e) => logit(model, e))
    const no = data.filter((e) => !e.y).map((e) => logit(model, e))
    expect(Math.min(...yes)).toBeGreaterThan(Math.max(...no))
  })

  it('leaves the cues out when asked, learning from the n-grams alone', () => {
    const data = examples(ROWS)
    const model = fit(data, { ngrams: { words: true, chars: false }, lambda: 0.3, noCues: true })
    expect(model.cues.size).toBe(0)
    const yes = data.filter((e) => e.y).map((e) => logit(model, e))
    const no = data.filter((e) => !e.y).map((e) => logit(model, e))
    expect(Math.min(...yes)).toBeGreaterThan(Math.max(...no))
  })

  it('gives the same weights on every run', () => {
    const data = examples(ROWS)
    const config = { ngrams: { words: true, chars: true }, lambda: 1 }
    const a = fit(data, config)
    const b = fit(data, config)
    expect([...a.cues]).toEqual([...b.cues])
    expect(a.table).toEqual(b.table)
  })
})

describe('choose', () => {
  it('picks one of the candidates by out-of-fold F1, with a threshold on the grid, the same way every time', () => {
    const data = examples(ROWS)
    const choice = choose(data, 3)
    expect(CONFIGS).toContainEqual(choice.config)
    expect(choice.threshold).toBeGreaterThanOrEqual(0.05)
    expect(choice.threshold).toBeLessThanOrEqual(0.95)
    // The constructed Yes and No sentences differ in their cues, so held-out folds are learnable.
    expect(choice.innerF1).toBeGreaterThan(0.8)
    expect(choose(data, 3)).toEqual(choice)
  })
})

describe('modelFile', () => {
  it('writes a file the app scores exactly as the fitted model does', () => {
    const data = examples(ROWS)
    const config = { ngrams: { words: true, chars: true }, lambda: 1 }
    const model = fit(data, config)
    const platt = { a: 0.8, b: -0.3 }
    const file = JSON.parse(
      JSON.stringify(
        modelFile(
          model,
          { config, platt, threshold: 0.4, innerF1: 1, readerThreshold: 0.6 },
          { fittedOn: 'constructed rows' },
        ),
      ),
    )
    const app = claimScorer(file)
    expect(app.threshold).toBe(0.4)
    for (const [i, r] of ROWS.entries()) {
      const cues = sentenceCues(r.text).cues
      expect(app.logit(r.text, cues)).toBeCloseTo(logit(model, data[i]), 6)
      expect(app.score(r.text, cues)).toBeCloseTo(calibrate(platt, logit(model, data[i])), 6)
    }
  })
})
