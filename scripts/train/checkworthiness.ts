/**
 * Fits the shipped check-worthiness model and writes src/main/services/analysis/claimWeights.json
 * and its two default thresholds, src/shared/model/claimThreshold.ts: the F1-best one, which
 * decides `checkworthy` (CLI, eval), and the precision-leaning F0.5-best one the reader starts at.
 *
 * Data: CheckThat! 2024 task 1 English dev (../shared, never copied). No openly licensed
 * check-worthiness set could be had through the package registries, so the weights are fitted on
 * dev; every choice (n-gram groups, L2 strength, Platt calibration, threshold) is made by 5-fold
 * cross-validation on dev in folds of neighbouring sentences, so mostly of whole debates (learn.ts).
 * Dev-test is not read. CheckThat!'s licence is non-commercial; the file's metadata says so.
 *
 * Run: npm run train:claims
 */
import { writeFileSync } from 'node:fs'
import { DEV, readCheckThat } from './checkThat'
import { choose, describe, examples, fit, K, modelFile } from './learn'

const OUT = 'src/main/services/analysis/claimWeights.json'
const THRESHOLD_OUT = 'src/shared/model/claimThreshold.ts'

function main(): void {
  const rows = readCheckThat(DEV)
  const data = examples(rows)
  console.log(`Choosing on ${DEV} (${rows.length} sentences) by ${K}-fold cross-validation (blocked):`)
  const choice = choose(data, K, console.log)
  console.log(
    `Chosen: ${describe(choice.config)}, threshold ${choice.threshold}, out-of-fold F1(Yes) ${choice.innerF1.toFixed(3)}; reader threshold (F0.5-best) ${choice.readerThreshold}`,
  )
  const model = fit(data, choice.config)
  const file = modelFile(model, choice, {
    model: 'logistic regression over sentence cues and hashed n-grams, Platt-calibrated',
    fittedOn: `CLEF CheckThat! 2024 task 1 English dev (${rows.length} sentences)`,
    choices: `n-gram groups, L2 strength, calibration and both thresholds chosen by ${K}-fold cross-validation on dev in blocks of neighbouring sentences (mostly whole debates held out); dev-test not used`,
    chosen: describe(choice.config),
    outOfFoldF1: Math.round(choice.innerF1 * 1000) / 1000,
    readerThreshold: choice.readerThreshold,
    readerThresholdNote:
      'the reader starts its Claims slider here: the F0.5-best threshold of the same out-of-fold scores on dev, leaning to precision; threshold (F1-best) decides checkworthy',
    outOfFoldF1Note:
      'F1(Yes) of the chosen candidate out of fold on dev: the best of several, so optimistic; npm run eval reports nested cross-validation, where the choice is made inside each fold',
    licence:
      'Fitted on CheckThat! data, whose licence is non-commercial; no openly licensed check-worthiness data could be obtained through the package registries. Refit on openly licensed data before commercial use.',
    caveat:
      'The cue patterns (claims.ts, claimFeatures.ts) were written while reading CheckThat! dev and dev-test, so figures on either are optimistic.',
    trainedBy: 'npm run train:claims (scripts/train/checkworthiness.ts)',
  })
  const json = JSON.stringify(file)
  writeFileSync(OUT, json + '\n')
  writeFileSync(
    THRESHOLD_OUT,
    `// Written by npm run train:claims (scripts/train/checkworthiness.ts) with the model's weights.
/**
 * The default check-worthiness cut-off: the F1-best threshold of the calibrated out-of-fold scores
 * on CheckThat! dev. It decides a claim's \`checkworthy\` (dossier analyze, score-claims, npm run eval).
 */
export const DEFAULT_CLAIM_THRESHOLD = ${file.threshold}

/**
 * Where the reader's Claims slider starts until the user moves it: the F0.5-best threshold of the
 * same out-of-fold scores on CheckThat! dev. It leans to precision so that the reader shows the
 * claims that matter, not nearly every sentence; the slider shows more on request.
 */
export const DEFAULT_READER_CLAIM_THRESHOLD = ${choice.readerThreshold}
`,
  )
  console.log(
    `Wrote ${OUT}: ${file.hashed.weights.length} hashed weights, ${Object.keys(file.cues).length} cue weights, ${(json.length / 1024).toFixed(0)} KB`,
  )
}

main()
