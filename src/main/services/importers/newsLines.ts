/**
 * Recognisers for the furniture around a news story when it reaches Dossier as bare text:
 * datelines, bylines, date lines, photo captions and related-story links. Each works on one
 * paragraph whose white space is already folded to single spaces.
 */
import { MONTH_PATTERN, toIsoDate } from './dates'

/**
 * Outlets whose name stands alone before the dash of a dateline ("CNN —"). Without a list, a
 * place name in the same position ("WASHINGTON —") would be taken for a publisher.
 */
const OUTLETS = [
  'ABC News',
  'AFP',
  'Agence France-Presse',
  'Al Jazeera',
  'AP',
  'Associated Press',
  'Axios',
  'BBC',
  'BBC News',
  'Bloomberg',
  'CBS News',
  'CNBC',
  'CNN',
  'dpa',
  'Fox News',
  'Kyodo',
  'NBC News',
  'NPR',
  'Politico',
  'Reuters',
  'The Guardian',
  'The New York Times',
  'The Washington Post',
  'UPI',
  'Xinhua',
  'Yonhap',
]
const OUTLET_SET = new Set(OUTLETS.map((name) => name.toLowerCase()))

export function isKnownOutlet(name: string): boolean {
  return OUTLET_SET.has(name.trim().toLowerCase())
}

const DASH = '[—–-]{1,2}'
/** A name as it stands in a dateline: capitalised, short, no sentence punctuation. */
const NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’ -]{0,39}$/u

/** "CNN —", "Seoul, South Korea CNN —" (the outlet on its own line), "LONDON (Reuters) -". */
export function datelineOnly(paragraph: string, lines: string[]): string | null {
  const match = new RegExp(`^(.*?)\\s*${DASH}$`, 'u').exec(paragraph)
  if (!match || !match[1]) return null
  const before = match[1].trim()
  const agency = /\(([^()]{1,40})\)$/.exec(before)
  if (agency) return NAME.test(agency[1]) ? agency[1] : null
  // Scrapers keep the outlet on its own line after the place: the last line before the dash.
  const named = lines.length > 1 ? (lines.filter((l) => /[\p{L}\p{N}]/u.test(l)).pop() ?? '') : before
  const name = named.trim()
  return NAME.test(name) && name.split(' ').length <= 5 ? name : null
}

/** A dateline that opens the first paragraph: returns the outlet and the paragraph without it. */
export function datelinePrefix(paragraph: string): { publisher: string; rest: string } | null {
  const agency = new RegExp(
    `^(?:\\p{Lu}[\\p{L}\\p{N}.'’, /-]{0,60}?\\s+)?\\((\\p{Lu}[\\p{L}&. ]{0,30})\\)\\s*${DASH}\\s+`,
    'u',
  ).exec(paragraph)
  if (agency) return { publisher: agency[1].trim(), rest: paragraph.slice(agency[0].length) }
  const outlet = new RegExp(`^([\\p{L}&. -]{2,40}?)\\s*[—–]\\s+`, 'u').exec(paragraph)
  if (outlet && isKnownOutlet(outlet[1])) {
    return { publisher: outlet[1].trim(), rest: paragraph.slice(outlet[0].length) }
  }
  return null
}

const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|la|le|bin|al-\p{L}+)){0,4}$/u

/** "By Jane Doe", "By Jane Doe and John Roe, CNN": the names, and the outlet when one is named. */
export function bylineOf(paragraph: string): { byline: string; publisher: string | null } | null {
  const match = /^By:?\s+(.{2,150})$/i.exec(paragraph)
  if (!match) return null
  let names = match[1].trim()
  let publisher: string | null = null
  const tail = /\s*[,|]\s*([^,|]+)$/.exec(names)
  if (tail && (isKnownOutlet(tail[1]) || /\b(?:News|Press|Times|Post|Journal|Agency)\b/.test(tail[1]))) {
    publisher = tail[1].trim()
    names = names.slice(0, tail.index).trim()
  }
  const people = names.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)
  if (!people.length || !people.every((p) => PERSON.test(p))) return null
  return { byline: names, publisher }
}

/** "September 13, 2023", "Updated 10:13 AM EDT, Wed September 13, 2023": the date, or null. */
export function dateLineOf(paragraph: string): string | null {
  if (paragraph.length > 100 || /[.!?]$/.test(paragraph.replace(/\b[ap]\.m\.$/i, ''))) return null
  const rest = paragraph.replace(/^(?:(?:first |last )?(?:published|updated|posted)(?: on)?:?\s*)/i, '')
  const words = rest.split(/\s+/).length
  return words <= 10 ? toIsoDate(rest) : null
}

const QUOTES = /["“”„«»]/
/** Periods that do not end a sentence: initials and common abbreviations. */
const ABBREVIATION =
  /\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|No|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[ap]\.m)\./gu
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
/** A sentence that ends on a day of the month: "… in Amur province, Russia on September 13." */
const ENDS_ON_DATE = new RegExp(
  `\\b(?:on|in)\\s+(?:${WEEKDAY},?\\s+)?(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_PATTERN}(?:\\s+\\d{4})?)\\.$`,
  'u',
)
const PHOTO_CREDIT =
  /\b(?:Getty Images|Shutterstock|Alamy|AP Photo|Photo(?:graph)?:|Image:|Credit:|Courtesy of)|\b(?:Reuters|AP|AFP|EPA)\/|\/\s*(?:Reuters|AP|AFP|EPA)\b|\((?:Reuters|AP|AFP|EPA)\)\s*$/u

function isSingleSentence(paragraph: string): boolean {
  const masked = paragraph.replace(ABBREVIATION, (m) => m.replace('.', '·'))
  return !/[.!?]\s+\P{Ll}/u.test(masked)
}

/** A photo caption: one sentence, nobody quoted, ending on a date or carrying a photo credit. */
export function isCaption(paragraph: string): boolean {
  if (paragraph.length > 400 || QUOTES.test(paragraph)) return false
  if (PHOTO_CREDIT.test(paragraph)) return true
  return isSingleSentence(paragraph) && ENDS_ON_DATE.test(paragraph)
}

/** Short and unpunctuated: a headline, which in the middle of a scraped body links elsewhere. */
export function isHeadlineLike(paragraph: string, maxWords = 20): boolean {
  return (
    paragraph.length <= 200 &&
    paragraph.split(' ').length <= maxWords &&
    /[\p{L}\p{N}]/u.test(paragraph) &&
    !/[.:;,…"”’)\]]$/u.test(paragraph)
  )
}
