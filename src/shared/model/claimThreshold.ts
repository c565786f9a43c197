// Written by npm run train:claims (scripts/train/checkworthiness.ts) with the model's weights.
/** The default check-worthiness cut-off: the F1-best threshold of the calibrated out-of-fold scores on CheckThat! dev. */
export const DEFAULT_CLAIM_THRESHOLD = 0.31
