import { describe, expect, it } from 'vitest'
import governmentBodies from './data/governmentBodies.json'
import stateMedia from './data/stateMedia.json'
import { classifyName } from './nameKinds'

describe('the documented name lists', () => {
  it('say where they come from', () => {
    expect(stateMedia.about).toMatch(/https:\/\/en\.wikipedia\.org\/wiki\/List_of_state_media_by_country/)
    expect(governmentBodies.about).toMatch(
      /https:\/\/en\.wikipedia\.org\/wiki\/List_of_militaries_by_country/,
    )
  })

  it('make every state outlet state media', () => {
    const wrong = Object.values(stateMedia.countries)
      .flat()
      .filter((name) => classifyName(name) !== 'state media')
    expect(wrong).toEqual([])
  })

  it('make every armed force, seat of government, legislature and international body a government', () => {
    const names = [
      ...governmentBodies.seatsOfGovernment,
      ...governmentBodies.legislatures,
      ...governmentBodies.international,
      ...Object.values(governmentBodies.militaries).flat(),
    ]
    expect(names.filter((name) => classifyName(name) !== 'government')).toEqual([])
  })
})
