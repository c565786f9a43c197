/**
 * Bounds on the work one import may cause. Files come from anywhere, and a small file can be
 * built to make a parser run for hours or fill the memory (nesting, zip bombs, huge pages), so
 * each reader stops at these and says why.
 */
export const IMPORT_LIMITS = {
  /**
   * Deepest element nesting read from HTML. jsdom's parser slows quadratically with depth and its
   * recursive tree operations overflow the stack near 10,000; Readability's work grows faster
   * still (500 levels: 9 s). Real pages stay well under 100.
   */
  htmlDepth: 256,
  /** Deepest nesting of tables (Readability: 100 levels take 2 s, 500 take 77 s). */
  htmlTableDepth: 24,
  /** Elements the HTML parser may create by re-opening unclosed formatting (100,000 of them: 9 s). */
  htmlReconstructed: 50_000,
  /** Attribute values longer than this (inlined images, SingleFile's data) are dropped before parsing. */
  attributeChars: 4096,
  /** EPUB: total bytes inflated from the archive, and the entries it may list. */
  epubInflatedBytes: 200 * 1024 * 1024,
  epubEntries: 10_000,
  /** PDF: pages read, and the time reading may take before it is given up. */
  pdfPages: 2000,
  pdfMillis: 30_000,
  /** Characters of article text kept from one file (about 2,500 book pages). */
  textChars: 5_000_000,
} as const

export const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024))
