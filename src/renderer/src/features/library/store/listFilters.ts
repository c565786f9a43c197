import type { ArticleListChoices, VerdictFilter } from '../../../../../shared/model/articleList'
import type { VerdictRating, VerdictStatus } from '../../../../../shared/model/verdict'
import type { ListFilters } from './state'

/* What the library's filter bar shows: the chips of the active filters and the counts on the rows. */

export type FilterKey = keyof ListFilters

/** “mostly-false” → “Mostly false”, “to-check” → “To check”. */
export function verdictWord(value: VerdictRating | VerdictStatus): string {
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The verdict select's value for a filter: `rating:false`, `status:checked`, or '' for none. */
export function verdictValue(verdict: VerdictFilter | undefined): string {
  if (!verdict) return ''
  return 'rating' in verdict ? `rating:${verdict.rating}` : `status:${verdict.status}`
}

/** The filter a verdict select value stands for (the select offers only ratings and statuses). */
export function verdictFromValue(value: string): VerdictFilter | undefined {
  const [kind, what] = value.split(':')
  if (kind === 'rating') return { rating: what as VerdictRating }
  if (kind === 'status') return { status: what as VerdictStatus }
  return undefined
}

/** One chip per active filter, in the bar's order, named as a person reads it. */
export function filterChips(
  filters: ListFilters,
  choices: ArticleListChoices | null,
): { key: FilterKey; label: string }[] {
  const chips: { key: FilterKey; label: string }[] = []
  if (filters.publisher !== undefined)
    chips.push({ key: 'publisher', label: `Publisher: ${filters.publisher}` })
  if (filters.tag !== undefined) chips.push({ key: 'tag', label: `Tag: ${filters.tag}` })
  if (filters.code !== undefined) {
    const code = choices?.codes.find((c) => c.id === filters.code)
    chips.push({ key: 'code', label: `Code: ${code ? code.path.join(' / ') : 'a code'}` })
  }
  if (filters.hasNotes !== undefined)
    chips.push({ key: 'hasNotes', label: filters.hasNotes ? 'With notes' : 'Without notes' })
  if (filters.verdict !== undefined) {
    const v = filters.verdict
    chips.push({
      key: 'verdict',
      label:
        'rating' in v
          ? `Rated: ${verdictWord(v.rating).toLowerCase()}`
          : `Verdict: ${verdictWord(v.status).toLowerCase()}`,
    })
  }
  return chips
}

export const hasFilters = (filters: ListFilters): boolean =>
  Object.values(filters).some((v) => v !== undefined)

/** “3 notes, 1 claim checked”: what a row's counts say to a screen reader. */
export function countsText(notes: number, claimsChecked: number): string {
  const noteText = notes ? `${notes} note${notes === 1 ? '' : 's'}` : 'no notes'
  const claimText = claimsChecked
    ? `${claimsChecked} claim${claimsChecked === 1 ? '' : 's'} checked`
    : 'no claims checked'
  return `${noteText}, ${claimText}`
}

/** What goes with an article that is deleted: “Its 2 notes go with it, with their codes.” */
export function deletedWith(notes: number): string {
  if (!notes) return 'It has no notes.'
  return notes === 1
    ? 'Its note goes with it, with its codes.'
    : `Its ${notes} notes go with it, with their codes.`
}
