/** What the palette needs of a command to find and list it. */
export interface PaletteEntry {
  id: string
  title: string
  group: string
}

export interface PaletteGroup<T extends PaletteEntry> {
  /** The heading: the commands' group, or "Recently used". */
  heading: string
  entries: T[]
}

export const RECENT_HEADING = 'Recently used'
/** How many recently used commands the palette lists first. */
export const RECENT_LIMIT = 5

const tidy = (text: string) => text.toLowerCase().replace(/…/g, '').replace(/\s+/g, ' ').trim()

/** Whether the letters of `needle` appear in `haystack` in order ("shlib" in "show or hide the library"). */
function inOrder(needle: string, haystack: string): boolean {
  let at = 0
  for (const char of needle) {
    at = haystack.indexOf(char, at) + 1
    if (at === 0) return false
  }
  return true
}

/**
 * How well a command matches what is typed, lower is better, null when it does not: the title
 * starting with it, then a word of the title starting with it, then anywhere in the title, then
 * in the group's name, then every typed word somewhere in either, then its letters in order.
 */
export function matchRank(entry: PaletteEntry, query: string): number | null {
  const q = tidy(query)
  if (!q) return 0
  const title = tidy(entry.title)
  const group = tidy(entry.group)
  const at = title.indexOf(q)
  if (at === 0) return 0
  if (at > 0) return /[\s(-]/.test(title[at - 1]) ? 1 : 2
  if (group.includes(q)) return 3
  const both = `${group} ${title}`
  if (q.split(' ').every((word) => both.includes(word))) return 4
  if (inOrder(q.replace(/ /g, ''), title)) return 5
  return null
}

/** Entries under their group's heading, groups in the order their first entry comes. */
function grouped<T extends PaletteEntry>(entries: T[]): PaletteGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry])
  return [...groups].map(([heading, list]) => ({ heading, entries: list }))
}

/**
 * What the palette lists for a query: with nothing typed, the recently used commands first, then
 * every command in its group; otherwise the matching commands, best first, under their groups.
 */
export function paletteGroups<T extends PaletteEntry>(
  entries: readonly T[],
  query: string,
  recent: readonly string[],
): PaletteGroup<T>[] {
  if (!tidy(query)) {
    const used = recent
      .map((id) => entries.find((e) => e.id === id))
      .filter((e): e is T => !!e)
      .slice(0, RECENT_LIMIT)
    const rest = grouped(entries.filter((e) => !used.includes(e)))
    return used.length ? [{ heading: RECENT_HEADING, entries: used }, ...rest] : rest
  }
  const ranked = entries
    .map((entry, i) => ({ entry, i, rank: matchRank(entry, query) }))
    .filter((r): r is { entry: T; i: number; rank: number } => r.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
  return grouped(ranked.map((r) => r.entry))
}

/** The entries in the order the arrow keys go through them. */
export const flatEntries = <T extends PaletteEntry>(groups: PaletteGroup<T>[]): T[] =>
  groups.flatMap((g) => g.entries)
