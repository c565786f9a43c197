/**
 * Publication dates as ISO 8601 strings. Sources give them in every shape (ISO with or without
 * an offset, "September 13, 2023", "13 Sep 2023 10:00 GMT"); a date that cannot be read with
 * confidence is dropped rather than guessed, because a wrong date misleads an analyst more than
 * a missing one.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A month name or its abbreviation ("Sept." included), for patterns. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`, 'i')

const pad = (n: number | string): string => String(n).padStart(2, '0')

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

function fromIso(match: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = match
  if (!validDate(+y, +mo, +d)) return null
  let out = `${y}-${mo}-${d}`
  if (h === undefined) return out
  if (+h > 23 || +mi > 59 || (s !== undefined && +s > 59)) return null
  out += `T${h}:${mi}${s !== undefined ? `:${s}${frac ?? ''}` : ''}`
  if (zone) out += zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
  return out
}

/** An ISO 8601 date (with time and offset when the source had them), or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text || text.length > 100) return null
  const iso = ISO.exec(text)
  if (iso) return fromIso(iso)
  // Written dates: only the day is certain (times come in too many zones), so only it is kept.
  const mdy = MONTH_DAY_YEAR.exec(text)
  if (mdy && validDate(+mdy[3], monthNumber(mdy[1]), +mdy[2])) {
    return `${mdy[3]}-${pad(monthNumber(mdy[1]))}-${pad(mdy[2])}`
  }
  const dmy = DAY_MONTH_YEAR.exec(text)
  if (dmy && validDate(+dmy[3], monthNumber(dmy[2]), +dmy[1])) {
    return `${dmy[3]}-${pad(monthNumber(dmy[2]))}-${pad(dmy[1])}`
  }
  return null
}
