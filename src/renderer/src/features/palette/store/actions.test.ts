import { beforeEach, describe, expect, it } from 'vitest'
import { paletteActions } from './actions'
import { initialPaletteState, usePaletteStore } from './state'

beforeEach(() => usePaletteStore.setState(initialPaletteState, true))

describe('paletteActions', () => {
  it('opens empty, toggles closed, and forgets the query and the active command on closing', () => {
    paletteActions.toggle()
    expect(usePaletteStore.getState()).toMatchObject({ open: true, query: '', activeId: null })
    paletteActions.setQuery('exp')
    paletteActions.setActive('export-md')
    expect(usePaletteStore.getState()).toMatchObject({ query: 'exp', activeId: 'export-md' })
    paletteActions.setQuery('expo')
    expect(usePaletteStore.getState().activeId).toBeNull()
    paletteActions.toggle()
    expect(usePaletteStore.getState()).toMatchObject({ open: false, query: '', activeId: null })
  })

  it('remembers the latest commands used, each once, at most five', () => {
    for (const id of ['a', 'b', 'c', 'a', 'd', 'e', 'f']) paletteActions.used(id)
    expect(usePaletteStore.getState().recent).toEqual(['f', 'e', 'd', 'a', 'c'])
  })
})
