/** How an article's normalised text is divided into the blocks the reader shows. */
export type BlockType = 'paragraph' | 'heading' | 'listItem' | 'quote'

/**
 * One block of the article body: a UTF-16 range of `Article.text`. Blocks are separated in the
 * text by exactly one blank line ("\n\n"), so `text.slice(start, end)` is the block's own text.
 */
export interface Block {
  type: BlockType
  start: number
  end: number
  /** Heading level 1–6 (headings only). */
  level?: number
  /** True for items of a numbered list (list items only). */
  ordered?: boolean
}

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'pdf' | 'epub'

/** What an importer extracts from a file, before it is stored. */
export interface ExtractedArticle {
  format: ArticleFormat
  title: string | null
  byline: string | null
  publisher: string | null
  published: string | null
  lang: string | null
  url: string | null
  /** When the page was saved, where the file says (an MHTML `Date`, a SingleFile stamp). */
  captured?: string | null
  /**
   * When the file itself was made, where it says (a PDF's CreationDate): often the day someone
   * printed the page, so never a publication date.
   */
  documentDate?: string | null
  /** Normalised body text: NFC, `\n` line ends, blocks separated by one blank line. */
  text: string
  blocks: Block[]
}

/** An article as listed in the library. */
export interface ArticleSummary {
  id: string
  title: string
  publisher: string | null
  published: string | null
  importedAt: string
  fileName: string
  annotations: number
}

/** An article as the reader opens it. */
export interface Article extends ArticleSummary {
  format: ArticleFormat
  byline: string | null
  lang: string | null
  url: string | null
  sha256: string
  capturedAt: string | null
  /** When the file itself was made (a PDF's CreationDate); never shown or sorted as `published`. */
  documentDate: string | null
  /** The older copy of the same URL that this article is a newer capture of. */
  previousVersionId: string | null
  /** The extractor version that produced `text`; older than the app's means it can be re-extracted. */
  extractorVersion: number
  text: string
  blocks: Block[]
  memo: string
}
