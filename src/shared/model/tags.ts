/** A tag as the tag browser lists it. */
export interface TagCount {
  name: string
  /** Notes (annotations) carrying the tag. */
  annotations: number
  /** Articles with at least one of those notes. */
  articles: number
}

/** Notes put back in one call (undo of a rename or merge that changed more sends several). */
export const NOTES_PER_RESTORE = 5_000

/** A note's tags as they were before a rename or merge changed them: what undo puts back. */
export interface NoteTags {
  /** The note (annotation). */
  id: string
  tags: string[]
  updatedAt: string
}
