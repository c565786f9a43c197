import { describe, expect, it } from 'vitest'
import { genderOf, genderOfWord } from './gender'
import { Ledger } from './sources'

const person = (name: string, role: string | null = null) => new Ledger().add(name, 'person', role, null)

describe('genderOf', () => {
  it('reads a first name', () => {
    expect(genderOf(person('Mary Smith'))).toBe('f')
    expect(genderOf(person('John Smith'))).toBe('m')
  })

  it('falls back on a gendered role, and knows nothing from a neutral one', () => {
    expect(genderOf(person('Okonkwo', 'spokeswoman for the ministry'))).toBe('f')
    expect(genderOf(person('Okonkwo', 'chairman of the board'))).toBe('m')
    expect(genderOf(person('Okonkwo', 'professor of history'))).toBeNull()
  })

  it('keeps the gender a pronoun gave the entry', () => {
    const e = person('Okonkwo')
    e.gender = 'f'
    expect(genderOf(e)).toBe('f')
  })
})

describe('genderOfWord', () => {
  it('marks pronouns and gendered nouns', () => {
    expect(genderOfWord('she')).toBe('f')
    expect(genderOfWord('him')).toBe('m')
    expect(genderOfWord('the congresswoman')).toBe('f')
    expect(genderOfWord('the spokesman')).toBe('m')
    expect(genderOfWord('the senator')).toBeNull()
    expect(genderOfWord('they')).toBeNull()
  })
})
