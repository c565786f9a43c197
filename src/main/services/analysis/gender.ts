/**
 * Grammatical gender of people in the ledger, for pronoun and title resolution: from a first name
 * (compromise's lists of female and male names) or a gendered title or word in the role.
 */
import { tagsOf } from './nameKinds'
import type { Entry } from './sources'

export type Gender = 'm' | 'f'

const FEMALE_WORDS =
  /\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|woman|wife|mother|daughter|sister|queen|princess|lady|mrs\.?|ms\.?|miss|grandmother|actress|widow|niece|aunt|girl|mom|first lady)\b/i
const MALE_WORDS =
  /\b(?:spokesman|congressman|chairman|businessman|man|husband|father|son|brother|king|prince|mr\.?|grandfather|actor|nephew|uncle|boy|dad)\b/i

/**
 * The gender of a person entry: the one a pronoun gave it, else from the first name, else from a
 * gendered title in its role.
 */
export function genderOf(e: Entry): Gender | null {
  if (e.gender) return e.gender
  const tags = tagsOf(e.name.split(/\s+/)[0] ?? '')
  if (tags.includes('FemaleName')) return 'f'
  if (tags.includes('MaleName')) return 'm'
  if (e.role && FEMALE_WORDS.test(e.role)) return 'f'
  if (e.role && MALE_WORDS.test(e.role)) return 'm'
  return null
}

/** The gender a word or phrase marks: a pronoun ("she") or a gendered noun ("the spokesman"). */
export const genderOfWord = (w: string): Gender | null =>
  FEMALE_WORDS.test(w) || /^(?:she|her)$/.test(w)
    ? 'f'
    : MALE_WORDS.test(w) || /^(?:he|him)$/.test(w)
      ? 'm'
      : null
