/**
 * Bumped whenever extraction changes what it produces, so stored articles can be re-extracted.
 * A module of its own so that the store and the app's main process can read it without loading
 * the readers (jsdom, linkedom, Readability, pdf.js).
 */
export const EXTRACTOR_VERSION = 7
