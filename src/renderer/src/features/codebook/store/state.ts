import { create } from 'zustand'
import type {
  CodeArticleCount,
  CodebookEntry,
  CodedPassage,
  CodePair,
} from '../../../../../shared/model/codebook'

/** What the "code this passage as…" box codes: the selected text of an article, or a highlight. */
export type CodingTarget =
  | { kind: 'selection'; articleId: string; start: number; end: number }
  | { kind: 'annotation'; annotationId: string }

export interface CodebookState {
  /** The whole codebook in tree order, with its counts. */
  codes: CodebookEntry[]
  /** The code the Codes view shows. */
  selectedId: string | null
  /** The code view lists the passages of the codes under the selected one too. */
  includeChildren: boolean
  passages: CodedPassage[]
  counts: CodeArticleCount[]
  pairs: CodePair[]
  /** The codes of the open article's highlights, by highlight id, each list in order. */
  articleCodes: { articleId: string | null; byAnnotation: Record<string, string[]> }
  /** The reader paints a coded highlight in its first code's colour (kept in localStorage). */
  colorFollowsCode: boolean
  /** The name field open to create a code (under `parentId`, or at the top for null). */
  creating: { parentId: string | null } | null
  /** Why the last create, rename or move was refused, shown beside the field. */
  editError: string | null
  /** The code waiting for the person to confirm its deletion. */
  confirmingDelete: string | null
  /** The coding box, while it is open. */
  coding: CodingTarget | null
}

export const COLOR_FOLLOWS_KEY = 'dossier.codebook.colorFollowsCode'

function storedColorFollows(): boolean {
  try {
    return globalThis.localStorage?.getItem(COLOR_FOLLOWS_KEY) === 'true'
  } catch {
    return false
  }
}

export const initialCodebookState: CodebookState = {
  codes: [],
  selectedId: null,
  includeChildren: false,
  passages: [],
  counts: [],
  pairs: [],
  articleCodes: { articleId: null, byAnnotation: {} },
  colorFollowsCode: false,
  creating: null,
  editError: null,
  confirmingDelete: null,
  coding: null,
}

export const useCodebookStore = create<CodebookState>()(() => ({
  ...initialCodebookState,
  colorFollowsCode: storedColorFollows(),
}))
