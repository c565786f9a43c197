/** Precision, recall and F1 as the evaluation scripts count and print them. */
import type { Span } from '../../src/shared/model/analysis'

export interface Prf {
  p: number
  r: number
  f: number
}

/** Precision from true/all predictions, recall from found/all gold items (they may differ under overlap matching). */
export const prf = (tpP: number, nP: number, tpR: number, nG: number): Prf => {
  const p = nP ? tpP / nP : 0
  const r = nG ? tpR / nG : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

export const fmt = (x: Prf): string => `P=${x.p.toFixed(3)} R=${x.r.toFixed(3)} F1=${x.f.toFixed(3)}`

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end
