// Written by npm run train:claims (scripts/train/checkworthiness.ts) with the model's weights.
/**
 * The default check-worthiness cut-off: the F1-best threshold of the calibrated out-of-fold scores
 * on CheckThat! dev. It decides a claim's `checkworthy` (dossier analyze, score-claims, npm run eval).
 */
export const DEFAULT_CLAIM_THRESHOLD = 0.31

/**
 * Where the reader's Claims slider starts until the user moves it: the F0.5-best threshold of the
 * same out-of-fold scores on CheckThat! dev. It leans to precision so that the reader shows the
 * claims that matter, not nearly every sentence; the slider shows more on request.
 */
export const DEFAULT_READER_CLAIM_THRESHOLD = 0.62
