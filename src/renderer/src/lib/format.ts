/** Made once: a formatter costs far more to make than to use, and every row of a list shows dates. */
let mediumDate: Intl.DateTimeFormat | null = null

/** Formats a stored date for display; text that is not a date is shown as it is. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const time = Date.parse(value)
  if (Number.isNaN(time)) return value
  mediumDate ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
  return mediumDate.format(new Date(time))
}

/** "Publisher · 1 May 2024", leaving out what is missing. */
export function sourceLine(publisher: string | null, published: string | null): string {
  return [publisher, formatDate(published)].filter(Boolean).join(' · ')
}
