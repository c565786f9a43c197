/** A tag as the tag browser lists it. */
export interface TagCount {
  name: string
  /** Notes (annotations) carrying the tag. */
  annotations: number
  /** Articles with at least one of those notes. */
  articles: number
}
