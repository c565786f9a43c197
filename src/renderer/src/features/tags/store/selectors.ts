import type { TagCount } from '../../../../../shared/model/tags'
import type { TagSort } from './state'

/** Names A to Z ignoring case (as main answers them), or the most used first, then by name. */
export function sortedTags(tags: readonly TagCount[], sort: TagSort): TagCount[] {
  if (sort === 'name') return [...tags]
  return [...tags].sort((a, b) => b.annotations - a.annotations || b.articles - a.articles)
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "3 notes in 2 articles". */
export const tagCounts = (tag: TagCount): string =>
  `${plural(tag.annotations, 'note', 'notes')} in ${plural(tag.articles, 'article', 'articles')}`

/** The library search that lists the articles whose notes carry the tag. */
export function tagQuery(name: string): string {
  // The query language has no escape inside quotes: a quote in a tag becomes a space, as the search index reads it.
  return `tag:"${name.replace(/"/g, ' ')}"`
}

/** Names as a list for a message: “army”, “military” and “soldiers”. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`)
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}
