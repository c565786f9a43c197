import type { CodebookEntry } from '../../../../shared/model/codebook'
import { COLOR_HEX, stableGuid } from './ids'
import { type XmlNode, attrs } from './xml'

/** The codebook as nested `<Code>` elements (every Dossier code can code passages, so all are codable). */
export function codeElements(
  codebook: readonly CodebookEntry[],
  noteRefs: (codeId: string) => XmlNode[] = () => [],
): XmlNode[] {
  const byParent = new Map<string | null, CodebookEntry[]>()
  for (const code of codebook) byParent.set(code.parentId, [...(byParent.get(code.parentId) ?? []), code])
  const build = (parentId: string | null): XmlNode[] =>
    (byParent.get(parentId) ?? []).map((code) => {
      const element: XmlNode = attrs({
        guid: stableGuid('code', code.id),
        name: code.name,
        isCodable: true,
        color: COLOR_HEX[code.color],
      })
      if (code.description) element.Description = code.description
      const refs = noteRefs(code.id)
      if (refs.length) element.NoteRef = refs
      const under = build(code.id)
      if (under.length) element.Code = under
      return element
    })
  return build(null)
}
