import { createHash } from 'node:crypto'
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../../shared/model/annotation'

/** Fixed so that exporting the same library twice gives every code, source and selection the same GUID. */
const NAMESPACE = 'dossier:refi-qda:'

/**
 * The REFI-QDA GUID of a Dossier object: a name-based UUID (version 5 layout, SHA-1 of `kind:id`), written in
 * upper case as the standard asks. Stable, so a re-export can be matched with an earlier one by another tool.
 */
export function stableGuid(kind: string, id: string): string {
  const hash = createHash('sha1').update(`${NAMESPACE}${kind}:${id}`).digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex').toUpperCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A GUID as a key: other tools write lower case or braces (`{5215cc69-…}`), which name the same object. */
export function guidKey(guid: string): string {
  return guid.replace(/[{}]/g, '').trim().toUpperCase()
}

/** The RGB each highlight colour is written as: one shade per colour, so an import maps it back to the same one. */
export const COLOR_HEX: Record<AnnotationColor, string> = {
  yellow: '#FFD54F',
  green: '#81C784',
  blue: '#64B5F6',
  pink: '#F48FB1',
  purple: '#BA68C8',
}

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) return null
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1]
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number]
}

/** The highlight colour nearest to another tool's RGB colour, or null when it has none (or not one we can read). */
export function nearestColor(hex: string | undefined): AnnotationColor | null {
  const target = hex ? rgb(hex) : null
  if (!target) return null
  let best: AnnotationColor = ANNOTATION_COLORS[0]
  let bestDistance = Infinity
  for (const color of ANNOTATION_COLORS) {
    const [r, g, b] = rgb(COLOR_HEX[color])!
    const distance = (r - target[0]) ** 2 + (g - target[1]) ** 2 + (b - target[2]) ** 2
    if (distance < bestDistance) [best, bestDistance] = [color, distance]
  }
  return best
}
