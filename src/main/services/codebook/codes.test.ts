import { describe, expect, it } from 'vitest'
import { CODE_NAME_MAX } from '../../../shared/model/codebook'
import type { Db } from '../store/db'
import { serviceError } from '../../../test-support/serviceError'
import { tempStore } from '../../../test-support/tempStore'
import {
  childrenOf,
  codeSuggestions,
  createCode,
  deleteCode,
  getCode,
  listCodebook,
  moveCode,
  updateCode,
} from './index'

const T0 = new Date('2026-03-01T10:00:00Z')
const T1 = new Date('2026-03-02T10:00:00Z')

let db: Db

tempStore((opened) => (db = opened))

/** The codebook as indented names, in tree order. */
const outline = (): string[] => listCodebook(db).map((c) => `${'  '.repeat(c.depth)}${c.name}`)

describe('creating and editing codes', () => {
  it('creates codes in a tree, in order, a child taking its parent’s colour unless given one', () => {
    const framing = createCode(
      db,
      { name: '  Framing \n', color: 'blue', description: ' How it is told ' },
      T0,
    )
    expect(framing).toMatchObject({
      name: 'Framing',
      color: 'blue',
      description: 'How it is told',
      parentId: null,
      position: 0,
      createdAt: T0.toISOString(),
    })
    const state = createCode(db, { name: 'State media', parentId: framing.id })
    const victim = createCode(db, { name: 'Victims', parentId: framing.id, color: 'pink' })
    createCode(db, { name: 'Actors' })
    expect(state).toMatchObject({ color: 'blue', position: 0, parentId: framing.id })
    expect(victim).toMatchObject({ color: 'pink', position: 1 })
    expect(outline()).toEqual(['Framing', '  State media', '  Victims', 'Actors'])
    expect(listCodebook(db)[1]).toMatchObject({ depth: 1, path: ['Framing', 'State media'] })
    expect(getCode(db, state.id)).toEqual(state)
  })

  it('keeps names unique among siblings ignoring case (accented letters too), but not across the tree', () => {
    const framing = createCode(db, { name: 'Framing' })
    createCode(db, { name: 'École', parentId: framing.id })
    expect(serviceError(() => createCode(db, { name: 'école', parentId: framing.id }))).toMatchObject({
      code: 'invalid-request',
      message: 'There is already a code called “École” under “Framing”.',
    })
    expect(serviceError(() => createCode(db, { name: 'FRAMING' })).message).toBe(
      'There is already a code called “Framing” at the top of the codebook.',
    )
    expect(createCode(db, { name: 'école' }).parentId).toBeNull()
    expect(outline()).toEqual(['Framing', '  École', 'école'])
  })

  it('refuses empty, over-long and slash-holding names, unknown colours and a parent that is gone', () => {
    expect(serviceError(() => createCode(db, { name: ' \t' })).message).toBe('A code needs a name.')
    expect(serviceError(() => createCode(db, { name: 'x'.repeat(CODE_NAME_MAX + 1) })).message).toContain(
      `at most ${CODE_NAME_MAX} characters`,
    )
    expect(serviceError(() => createCode(db, { name: 'Left/Right' })).message).toContain('cannot contain “/”')
    expect(serviceError(() => createCode(db, { name: 'Red', color: 'red' as never })).message).toContain(
      '“red” is not a highlight colour',
    )
    expect(serviceError(() => createCode(db, { name: 'Orphan', parentId: 'gone' }))).toMatchObject({
      code: 'not-found',
      message: 'The parent code is no longer in your library.',
    })
    expect(listCodebook(db)).toEqual([])
  })

  it('renames, recolours and describes a code, allowing a change of letter case only', () => {
    const code = createCode(db, { name: 'framing' }, T0)
    createCode(db, { name: 'Actors' })
    expect(
      updateCode(db, code.id, { name: 'Framing', color: 'green', description: 'Told how' }, T1),
    ).toMatchObject({
      name: 'Framing',
      color: 'green',
      description: 'Told how',
      createdAt: T0.toISOString(),
      updatedAt: T1.toISOString(),
    })
    expect(serviceError(() => updateCode(db, code.id, { name: 'actors' })).message).toBe(
      'There is already a code called “Actors” at the top of the codebook.',
    )
    expect(updateCode(db, code.id, { description: 'Only this' })).toMatchObject({
      name: 'Framing',
      color: 'green',
    })
    expect(serviceError(() => updateCode(db, 'gone', { name: 'X' })).code).toBe('not-found')
  })

  it('suggests codes whose name starts with the typed text first, then those containing it', () => {
    const framing = createCode(db, { name: 'Framing' })
    createCode(db, { name: 'State media', parentId: framing.id })
    createCode(db, { name: 'Media literacy' })
    createCode(db, { name: 'Actors' })
    expect(codeSuggestions(db, 'MED').map((c) => c.name)).toEqual(['Media literacy', 'State media'])
    expect(codeSuggestions(db, '', 2).map((c) => c.name)).toEqual(['Framing', 'State media'])
  })
})

describe('moving codes', () => {
  it('re-parents a code with its children, at a place among its new siblings, renumbering both sides', () => {
    const a = createCode(db, { name: 'A' })
    const a1 = createCode(db, { name: 'A1', parentId: a.id })
    createCode(db, { name: 'A1x', parentId: a1.id })
    createCode(db, { name: 'A2', parentId: a.id })
    const b = createCode(db, { name: 'B' })
    createCode(db, { name: 'B1', parentId: b.id })
    expect(moveCode(db, a1.id, { parentId: b.id, index: 0 }, T1)).toMatchObject({
      parentId: b.id,
      position: 0,
      updatedAt: T1.toISOString(),
    })
    expect(outline()).toEqual(['A', '  A2', 'B', '  A1', '    A1x', '  B1'])
    expect(childrenOf(db, a.id).map((c) => c.position)).toEqual([0])
    expect(childrenOf(db, b.id).map((c) => [c.name, c.position])).toEqual([
      ['A1', 0],
      ['B1', 1],
    ])
    moveCode(db, a1.id, { parentId: null })
    expect(outline()).toEqual(['A', '  A2', 'B', '  B1', 'A1', '  A1x'])
    moveCode(db, a1.id, { parentId: null, index: 0 })
    expect(outline()).toEqual(['A1', '  A1x', 'A', '  A2', 'B', '  B1'])
  })

  it('refuses to put a code under itself or under a code inside it, changing nothing', () => {
    const a = createCode(db, { name: 'A' })
    const a1 = createCode(db, { name: 'A1', parentId: a.id })
    const a1x = createCode(db, { name: 'A1x', parentId: a1.id })
    expect(serviceError(() => moveCode(db, a.id, { parentId: a.id })).message).toBe(
      '“A” cannot go under itself.',
    )
    expect(serviceError(() => moveCode(db, a.id, { parentId: a1x.id })).message).toBe(
      '“A” cannot go under “A1x”, which is inside it.',
    )
    expect(outline()).toEqual(['A', '  A1', '    A1x'])
  })

  it('refuses a move next to a sibling of the same name', () => {
    const a = createCode(db, { name: 'A' })
    const b = createCode(db, { name: 'B' })
    createCode(db, { name: 'Tone', parentId: a.id })
    const tone = createCode(db, { name: 'TONE', parentId: b.id })
    expect(serviceError(() => moveCode(db, tone.id, { parentId: a.id })).message).toBe(
      'There is already a code called “Tone” under “A”.',
    )
    expect(getCode(db, tone.id)?.parentId).toBe(b.id)
  })
})

describe('deleting codes', () => {
  it('moves the deleted code’s children up to its parent, in its place', () => {
    const a = createCode(db, { name: 'A' })
    createCode(db, { name: 'A0', parentId: a.id })
    const mid = createCode(db, { name: 'Mid', parentId: a.id })
    createCode(db, { name: 'M1', parentId: mid.id })
    createCode(db, { name: 'M2', parentId: mid.id })
    createCode(db, { name: 'A9', parentId: a.id })
    expect(deleteCode(db, mid.id).name).toBe('Mid')
    expect(outline()).toEqual(['A', '  A0', '  M1', '  M2', '  A9'])
    expect(childrenOf(db, a.id).map((c) => c.position)).toEqual([0, 1, 2, 3])
    expect(serviceError(() => deleteCode(db, mid.id)).code).toBe('not-found')
  })

  it('moves children of a top-level code to the top level, even one named like the deleted code', () => {
    const a = createCode(db, { name: 'A' })
    createCode(db, { name: 'a', parentId: a.id })
    deleteCode(db, a.id)
    expect(listCodebook(db).map((c) => [c.name, c.parentId, c.depth])).toEqual([['a', null, 0]])
  })

  it('refuses, naming both, when a child would land next to a code of its name; nothing changes', () => {
    const a = createCode(db, { name: 'A' })
    createCode(db, { name: 'Tone' })
    createCode(db, { name: 'tone', parentId: a.id })
    expect(serviceError(() => deleteCode(db, a.id)).message).toBe(
      '“A” was not deleted: its code “tone” would move at the top of the codebook, which already has a code ' +
        'called “Tone”. Rename or move one of them first.',
    )
    expect(outline()).toEqual(['A', '  tone', 'Tone'])
  })

  it('the store refuses to delete a parent that still has children', () => {
    const a = createCode(db, { name: 'A' })
    createCode(db, { name: 'A1', parentId: a.id })
    expect(() => db.prepare('DELETE FROM codes WHERE id = ?').run(a.id)).toThrow(/FOREIGN KEY/)
    expect(outline()).toEqual(['A', '  A1'])
  })
})
