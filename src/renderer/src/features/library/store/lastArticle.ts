// Renderer-only preference, like the pane widths: which article to open again on the next start.
export const LAST_ARTICLE_STORAGE_KEY = 'dossier.lastArticle'

// Article ids are short; anything longer (or not a string) is not one of ours.
const MAX_ID_LENGTH = 200

/** The article opened last in an earlier session, if the stored value looks like an id. */
export function readLastArticle(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  let value: string | null | undefined
  try {
    value = storage?.getItem(LAST_ARTICLE_STORAGE_KEY)
  } catch {
    return null
  }
  return value && value.length <= MAX_ID_LENGTH && !/\s/.test(value) ? value : null
}

/** Remembers the open article (a full or disabled storage only loses the preference). */
export function rememberLastArticle(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(LAST_ARTICLE_STORAGE_KEY, id)
    else globalThis.localStorage?.removeItem(LAST_ARTICLE_STORAGE_KEY)
  } catch {
    // Nothing to tell the user: the next start opens no article, as before.
  }
}
