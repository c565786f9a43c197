/** The longest case name, in characters: a name is read in a narrow pane, not a paragraph. */
export const CASE_NAME_MAX = 120

/**
 * A case (Zotero's collection, Hunchly's case): a named set of articles. An article can be in
 * several cases or in none ("Unfiled").
 */
export interface Case {
  id: string
  name: string
  createdAt: string
  /** When the case was last renamed or had articles added or removed. */
  updatedAt: string
  /** How many articles are in it. */
  articles: number
}

/** An article's place in a case, as a deleted case keeps it. */
export interface CaseMember {
  articleId: string
  addedAt: string
}

/** A case as it was deleted, with its articles: what is needed to put it back (undo). */
export interface DeletedCase extends Case {
  members: CaseMember[]
}
