import { describe, expect, it } from 'vitest'
import { listKeyTarget } from './listKeys'

describe('listKeyTarget', () => {
  it('moves one step with the arrows, to the ends with Home and End, and stays inside the list', () => {
    expect(listKeyTarget('ArrowDown', 1, 4)).toBe(2)
    expect(listKeyTarget('ArrowUp', 1, 4)).toBe(0)
    expect(listKeyTarget('ArrowDown', 3, 4)).toBe(3)
    expect(listKeyTarget('ArrowUp', 0, 4)).toBe(0)
    expect(listKeyTarget('Home', 3, 4)).toBe(0)
    expect(listKeyTarget('End', 0, 4)).toBe(3)
  })

  it('leaves other keys alone', () => {
    expect(listKeyTarget('Enter', 1, 4)).toBeNull()
    expect(listKeyTarget('a', 1, 4)).toBeNull()
  })
})
