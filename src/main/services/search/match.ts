/**
 * Compiles a parsed query into FTS5 MATCH strings. Every word goes in as a double-quoted string of folded
 * tokens (letters and digits only), columns come from a fixed list and the operators are written here, so
 * nothing the person typed is read by FTS5 as syntax.
 *
 * FTS5 has no "everything except": NOT only subtracts from something. So a node compiles to a set written
 * as `pos` minus `neg`, where a null `pos` means every article; the search runs a query like `-draft` as
 * "all articles not matching draft".
 */
import type { QueryNode } from './query'

interface Compiled {
  /** What to match; null means every article. */
  pos: string | null
  /** What to leave out of `pos`; null means nothing. */
  neg: string | null
}

export interface MatchPlan {
  /** MATCH string the articles must satisfy; null when the words leave every article in. */
  match: string | null
  /** MATCH string of articles to leave out (only when `match` is null). */
  exclude: string | null
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`

function setOf(c: Compiled): string | null {
  if (c.pos === null) return null
  return c.neg === null ? c.pos : `(${c.pos} NOT ${c.neg})`
}

const any = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`)
const all = (parts: string[]): string => (parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`)

function compile(node: QueryNode): Compiled {
  switch (node.kind) {
    case 'term': {
      const phrase = quote(node.terms.join(' ')) + (node.prefix ? '*' : '')
      return { pos: node.column ? `(${node.column} : ${phrase})` : phrase, neg: null }
    }
    case 'not': {
      const c = compile(node.child)
      // Everything minus (P minus N) is "every article but that set"; everything minus (everything minus N) is N.
      return c.pos === null ? { pos: c.neg, neg: null } : { pos: null, neg: setOf(c) }
    }
    case 'and': {
      // The intersection of (Pi minus Ni) is (all Pi) minus (any Ni).
      const parts = node.children.map(compile)
      const pos = parts.flatMap((p) => (p.pos === null ? [] : [p.pos]))
      const neg = parts.flatMap((p) => (p.neg === null ? [] : [p.neg]))
      return { pos: pos.length ? all(pos) : null, neg: neg.length ? any(neg) : null }
    }
    case 'or': {
      // A union with "everything minus Nj" terms is everything minus (all Nj, less the other alternatives).
      const parts = node.children.map(compile)
      const sets = parts.flatMap((p) => {
        const set = setOf(p)
        return set === null ? [] : [set]
      })
      const complements = parts.flatMap((p) => (p.pos === null && p.neg !== null ? [p.neg] : []))
      if (complements.length === 0) return { pos: any(sets), neg: null }
      const left = all(complements)
      return { pos: null, neg: sets.length ? `(${left} NOT ${any(sets)})` : left }
    }
  }
}

/** The MATCH strings for a query's words; both null when there are none. */
export function matchPlan(root: QueryNode | null): MatchPlan {
  if (!root) return { match: null, exclude: null }
  const c = compile(root)
  return c.pos === null ? { match: null, exclude: c.neg } : { match: setOf(c), exclude: null }
}
