import { describe, expect, it } from 'vitest'
import { COMMANDS } from './ipc/contract'
import {
  accelerator,
  formatCombo,
  matchesShortcut,
  SHORTCUT_GROUPS,
  SHORTCUTS,
  type KeyCombo,
  type KeyPress,
  type ShortcutId,
} from './shortcuts'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('matchesShortcut', () => {
  it('matches the modifiers exactly, Ctrl or Cmd for the primary one', () => {
    expect(matchesShortcut('focus-mode', press('F', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matchesShortcut('focus-mode', press('f', { metaKey: true, shiftKey: true }))).toBe(true)
    expect(matchesShortcut('focus-mode', press('f', { ctrlKey: true }))).toBe(false)
    expect(matchesShortcut('focus-mode', press('f', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(
      false,
    )
    expect(matchesShortcut('highlight', press('h'))).toBe(true)
    expect(matchesShortcut('highlight', press('h', { altKey: true }))).toBe(false)
    expect(matchesShortcut('highlight', press('H', { ctrlKey: true, shiftKey: true }))).toBe(true)
  })

  it('tells the pane toggles apart by Shift, though Shift+\\ types |', () => {
    const backslash = { code: 'Backslash', ctrlKey: true }
    expect(matchesShortcut('toggle-library', press('\\', backslash))).toBe(true)
    expect(matchesShortcut('toggle-side', press('\\', backslash))).toBe(false)
    expect(matchesShortcut('toggle-side', press('|', { ...backslash, shiftKey: true }))).toBe(true)
    expect(matchesShortcut('toggle-library', press('|', { ...backslash, shiftKey: true }))).toBe(false)
    expect(matchesShortcut('toggle-library', press('\\'))).toBe(false)
  })

  it('takes ? with or without Shift (layouts differ), and Ctrl+Y but not Cmd+Y for redo', () => {
    expect(matchesShortcut('shortcuts', press('?', { shiftKey: true }))).toBe(true)
    expect(matchesShortcut('shortcuts', press('?'))).toBe(true)
    expect(matchesShortcut('shortcuts', press('?', { ctrlKey: true }))).toBe(false)
    expect(matchesShortcut('redo', press('y', { ctrlKey: true }))).toBe(true)
    expect(matchesShortcut('redo', press('y', { metaKey: true }))).toBe(false)
    expect(matchesShortcut('redo', press('Z', { metaKey: true, shiftKey: true }))).toBe(true)
    expect(matchesShortcut('undo', press('z', { metaKey: true, shiftKey: true }))).toBe(false)
  })

  it('moves the sentence cursor with J/K or Alt+arrows, and extends it with Shift', () => {
    expect(matchesShortcut('sentence-next', press('j'))).toBe(true)
    expect(matchesShortcut('sentence-next', press('ArrowDown', { altKey: true }))).toBe(true)
    expect(matchesShortcut('sentence-next', press('ArrowDown'))).toBe(false)
    expect(matchesShortcut('extend-next', press('J', { shiftKey: true }))).toBe(true)
    expect(matchesShortcut('extend-previous', press('ArrowUp', { altKey: true, shiftKey: true }))).toBe(true)
    expect(matchesShortcut('sentence-previous', press('K', { shiftKey: true }))).toBe(false)
  })
})

describe('the table', () => {
  const ids = Object.keys(SHORTCUTS) as ShortcutId[]

  it('gives no two window-wide shortcuts the same keys', () => {
    const seen = new Map<string, ShortcutId>()
    for (const id of ids) {
      const shortcut = SHORTCUTS[id] as { where?: string; keys: readonly KeyCombo[] }
      if (shortcut.where) continue
      for (const combo of shortcut.keys) {
        const name = formatCombo(combo, false)
        expect(seen.get(name), `${name} is taken by ${seen.get(name)} and ${id}`).toBeUndefined()
        seen.set(name, id)
      }
    }
    expect(seen.size).toBeGreaterThan(10)
  })

  it('puts every shortcut in a listed group, and every pane and help command in the table', () => {
    for (const id of ids) expect(SHORTCUT_GROUPS).toContain(SHORTCUTS[id].group)
    // About has no keys: it is reached from the Help menu (the app menu on macOS) and the palette.
    for (const command of COMMANDS.filter((c) => c !== 'about')) expect(ids).toContain(command)
  })
})

describe('formatCombo and accelerator', () => {
  it('writes keys the way each platform does', () => {
    expect(formatCombo({ key: '\\', primary: true, shift: true }, false)).toBe('Ctrl+Shift+\\')
    expect(formatCombo({ key: '\\', primary: true, shift: true }, true)).toBe('⇧⌘\\')
    expect(formatCombo({ key: 'arrowdown', alt: true }, false)).toBe('Alt+↓')
    expect(formatCombo({ key: '?', shift: 'any' }, false)).toBe('?')
    expect(formatCombo({ key: 'y', ctrl: true }, true)).toBe('⌃Y')
  })

  it('gives Electron menu accelerators', () => {
    expect(accelerator('toggle-side')).toBe('CmdOrCtrl+Shift+\\')
    expect(accelerator('import')).toBe('CmdOrCtrl+O')
    expect(accelerator('refresh')).toBe('F5')
    expect(accelerator('shortcuts')).toBe('?')
  })
})
