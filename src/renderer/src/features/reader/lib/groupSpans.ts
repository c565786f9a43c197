/** A range of the article text: a block group's, or a highlight's. */
export interface Range {
  start: number
  end: number
}

/**
 * For each range of `groups` (in text order, not overlapping), the items whose range touches it, in
 * the order given; an item over several groups is in each. `rangeOf` answers null for an item not drawn.
 * Binary search per item, so 2,000 highlights over 1,000 paragraphs cost a few thousand steps.
 */
export function splitByGroup<T>(
  groups: readonly Range[],
  items: readonly T[],
  rangeOf: (item: T) => Range | null,
): T[][] {
  const out: T[][] = groups.map(() => [])
  for (const item of items) {
    const range = rangeOf(item)
    if (!range || range.end <= range.start) continue
    let lo = 0
    let hi = groups.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (groups[mid].end <= range.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < groups.length && groups[i].start < range.end; i++) out[i].push(item)
  }
  return out
}

/** Whether two objects have the same own values (the same highlight drawn again, made anew by a selector). */
export function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true
  const ka = Object.keys(a) as (keyof typeof a)[]
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}

/**
 * Keeps each group's list from the previous call where it holds the same items, so that a group whose
 * highlights did not change gets the very same array and its memoised element is not drawn again.
 */
export function createGroupSplitter<T extends object>(): (
  groups: readonly Range[],
  items: readonly T[],
  rangeOf: (item: T) => Range | null,
) => T[][] {
  let previous: { groups: readonly Range[]; lists: T[][] } | null = null
  return (groups, items, rangeOf) => {
    const next = splitByGroup(groups, items, rangeOf)
    const old = previous?.groups === groups ? previous.lists : null
    const lists = old
      ? next.map((list, i) =>
          list.length === old[i].length && list.every((item, j) => shallowEqual(item, old[i][j]))
            ? old[i]
            : list,
        )
      : next
    previous = { groups, lists }
    return lists
  }
}
