import { type AnchoredAnnotation } from '../../../../../shared/model/annotation'
import { type CodebookEntry, effectiveColor } from '../../../../../shared/model/codebook'
import type { CodebookState } from './state'

export const selectedCode = (s: CodebookState): CodebookEntry | null =>
  s.codes.find((c) => c.id === s.selectedId) ?? null

/** The codes of one highlight, in order (codes no longer in the codebook left out). */
export function codesOf(
  s: Pick<CodebookState, 'codes' | 'articleCodes'>,
  annotationId: string,
): CodebookEntry[] {
  const ids = s.articleCodes.byAnnotation[annotationId] ?? []
  return ids.flatMap((id) => s.codes.filter((c) => c.id === id))
}

/** The highlights as the reader paints them: in their first code's colour when the setting is on. */
export function paintedAnnotations(
  s: Pick<CodebookState, 'codes' | 'articleCodes' | 'colorFollowsCode'>,
  annotations: AnchoredAnnotation[],
): AnchoredAnnotation[] {
  if (!s.colorFollowsCode) return annotations
  return annotations.map((a) => {
    const color = effectiveColor(a, codesOf(s, a.id))
    return color === a.color ? a : { ...a, color }
  })
}

/** Where a code may move: the top level (null) and every code outside its own subtree. */
export function moveTargets(codes: readonly CodebookEntry[], id: string): (CodebookEntry | null)[] {
  const start = codes.findIndex((c) => c.id === id)
  if (start < 0) return []
  let end = start + 1
  while (end < codes.length && codes[end].depth > codes[start].depth) end++
  return [null, ...codes.filter((_, i) => i < start || i >= end)]
}

/** The codes whose name contains the typed text (those starting with it first), for the coding box. */
export function matchingCodes(codes: readonly CodebookEntry[], typed: string, limit = 8): CodebookEntry[] {
  const key = typed.trim().toLocaleLowerCase()
  const name = (c: CodebookEntry) => c.name.toLocaleLowerCase()
  const starts = codes.filter((c) => name(c).startsWith(key))
  const contains = codes.filter((c) => !name(c).startsWith(key) && name(c).includes(key))
  return [...starts, ...contains].slice(0, limit)
}

/** Whether the typed text names a code already (ignoring letters' case), so Enter cannot create it again. */
export function exactCode(codes: readonly CodebookEntry[], typed: string): CodebookEntry | null {
  const key = typed.trim().replace(/\s+/g, ' ').toLocaleLowerCase()
  return codes.find((c) => c.name.toLocaleLowerCase() === key) ?? null
}

/** A code's name with its parents', as a path: "Framing / State media". */
export const codePath = (c: CodebookEntry): string => c.path.join(' / ')
