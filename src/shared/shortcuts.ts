/**
 * Every keyboard shortcut of the app, in one table: the page's key handlers match keys with it,
 * the application menu takes its accelerators from it, and the Keyboard Shortcuts dialog lists
 * it. A key that is changed here changes everywhere, so the help cannot drift from the keys.
 */

/** One key combination. `primary` is Ctrl on Windows and Linux, Cmd on macOS. */
export interface KeyCombo {
  /** `KeyboardEvent.key`, lower case for letters. */
  key: string
  /** `KeyboardEvent.code` that matches too: for keys whose character changes with Shift (\ and |). */
  code?: string
  primary?: boolean
  /** Ctrl itself on every platform (Ctrl+Y redoes; Cmd+Y does not on macOS). */
  ctrl?: boolean
  /** 'any': the character already needs Shift on some layouts (?). */
  shift?: boolean | 'any'
  alt?: boolean
}

/** What a key handler needs of a keyboard event. */
export interface KeyPress {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export type ShortcutGroup = 'General' | 'Search' | 'View' | 'Reading' | 'Analysis highlights' | 'Panes and dialogs'

export interface Shortcut {
  group: ShortcutGroup
  description: string
  keys: KeyCombo[]
  /** Where the keys work, when not everywhere outside text fields. */
  where?: string
  /** The application menu owns the accelerator (the page never sees these keys in the desktop app). */
  menu?: boolean
}

const ARROWS = ['arrowleft', 'arrowright', 'arrowup', 'arrowdown']

export const SHORTCUTS = {
  shortcuts: {
    group: 'General',
    description: 'Show the keyboard shortcuts',
    keys: [{ key: '?', shift: 'any' }],
  },
  palette: {
    group: 'General',
    description: 'Open the command palette: every action, by name',
    keys: [{ key: 'k', primary: true }],
  },
  import: {
    group: 'General',
    description: 'Import articles',
    keys: [{ key: 'o', primary: true }],
    menu: true,
  },
  'import-folder': {
    group: 'General',
    description: 'Import a folder',
    keys: [{ key: 'o', primary: true, shift: true }],
    menu: true,
  },
  'import-annotations': {
    group: 'General',
    description: 'Import annotations (W3C Web Annotation or Hypothesis)',
    keys: [{ key: 'o', primary: true, alt: true }],
    menu: true,
  },
  'unplaced-annotations': {
    group: 'General',
    description: 'Show the imported annotations that fit no article yet',
    keys: [{ key: 'u', primary: true, alt: true }],
    menu: true,
  },
  refresh: { group: 'General', description: 'Reload the library', keys: [{ key: 'f5' }], menu: true },
  'delete-article': {
    group: 'General',
    description: 'Delete the article (asks first; Ctrl+Z brings it back)',
    keys: [{ key: 'delete' }],
    where: 'on a row of the library list',
  },
  'export-md': {
    group: 'General',
    description: 'Export notes as Markdown',
    keys: [{ key: 'e', primary: true }],
    menu: true,
  },
  export: {
    group: 'General',
    description: 'Export… (choose the format, what to export and the options)',
    keys: [{ key: 'e', primary: true, alt: true }],
    menu: true,
  },
  settings: {
    group: 'General',
    description: 'Settings (where the library is kept)',
    keys: [{ key: ',', primary: true }],
    menu: true,
  },
  'export-json': {
    group: 'General',
    description: 'Export notes as JSON',
    keys: [{ key: 'e', primary: true, shift: true }],
    menu: true,
  },
  undo: {
    group: 'General',
    description: 'Undo the last change',
    keys: [{ key: 'z', primary: true }],
  },
  redo: {
    group: 'General',
    description: 'Redo the change undone',
    keys: [
      { key: 'z', primary: true, shift: true },
      { key: 'y', ctrl: true },
    ],
  },
  'search-library': {
    group: 'Search',
    description: 'Search the whole library',
    keys: [{ key: 'l', primary: true, shift: true }],
  },
  'result-step': {
    group: 'Search',
    description: 'Move between search results; Enter opens one',
    keys: [{ key: 'arrowdown' }, { key: 'arrowup' }],
    where: 'in the search box and the results',
  },
  find: {
    group: 'Search',
    description: 'Find in the article',
    keys: [{ key: 'f', primary: true }],
  },
  'find-next': {
    group: 'Search',
    description: 'Next match in the article',
    keys: [{ key: 'f3' }],
  },
  'find-previous': {
    group: 'Search',
    description: 'Previous match in the article',
    keys: [{ key: 'f3', shift: true }],
  },
  'find-step': {
    group: 'Search',
    description: 'Next or previous match',
    keys: [{ key: 'enter' }, { key: 'enter', shift: true }],
    where: 'in the find box',
  },
  'close-find': {
    group: 'Search',
    description: 'Close the find box and clear its marks, or clear the library search',
    keys: [{ key: 'escape' }],
    where: 'in the find box or the search box',
  },
  'toggle-library': {
    group: 'View',
    description: 'Show or hide the library',
    keys: [{ key: '\\', code: 'Backslash', primary: true }],
  },
  'toggle-side': {
    group: 'View',
    description: 'Show or hide the notes, sources and claims pane',
    keys: [{ key: '\\', code: 'Backslash', primary: true, shift: true }],
  },
  'focus-mode': {
    group: 'View',
    description: 'Focus mode: the reader alone, centred',
    keys: [{ key: 'f', primary: true, shift: true }],
  },
  'leave-focus-mode': {
    group: 'View',
    description: 'Leave focus mode',
    keys: [{ key: 'escape' }],
    where: 'in focus mode',
  },
  'focus-article': {
    group: 'Reading',
    description: 'Put the focus on the article text',
    keys: [{ key: 'g', primary: true, shift: true }],
  },
  'sentence-next': {
    group: 'Reading',
    description: 'Select the next sentence',
    keys: [{ key: 'j' }, { key: 'arrowdown', alt: true }],
    where: 'on the article text',
  },
  'sentence-previous': {
    group: 'Reading',
    description: 'Select the previous sentence',
    keys: [{ key: 'k' }, { key: 'arrowup', alt: true }],
    where: 'on the article text',
  },
  'extend-next': {
    group: 'Reading',
    description: 'Extend the selection by the next sentence',
    keys: [
      { key: 'j', shift: true },
      { key: 'arrowdown', alt: true, shift: true },
    ],
    where: 'on the article text',
  },
  'extend-previous': {
    group: 'Reading',
    description: 'Extend the selection back by a sentence',
    keys: [
      { key: 'k', shift: true },
      { key: 'arrowup', alt: true, shift: true },
    ],
    where: 'on the article text',
  },
  'clear-selection': {
    group: 'Reading',
    description: 'Clear the selection',
    keys: [{ key: 'escape' }],
    where: 'on the article text',
  },
  highlight: {
    group: 'Reading',
    description: 'Highlight the selected text',
    keys: [{ key: 'h' }, { key: 'h', primary: true, shift: true }],
    where: 'with text selected',
  },
  'add-note': {
    group: 'Reading',
    description: 'Highlight the selected text and write a note',
    keys: [{ key: 'n' }, { key: 'n', primary: true, shift: true }],
    where: 'with text selected',
  },
  'code-passage': {
    group: 'Reading',
    description: 'Code the selected text, or the highlight whose note card has the focus',
    keys: [{ key: 'c' }],
    where: 'with text selected, or on a highlight in the notes pane',
  },
  'highlight-step': {
    group: 'Analysis highlights',
    description: 'Move between claims, quotes and source mentions',
    keys: ARROWS.map((key) => ({ key })),
    where: 'on a highlight (Tab reaches one)',
  },
  'highlight-ends': {
    group: 'Analysis highlights',
    description: 'First or last highlight',
    keys: [{ key: 'home' }, { key: 'end' }],
    where: 'on a highlight',
  },
  'splitter-step': {
    group: 'Panes and dialogs',
    description: 'Make a pane narrower or wider',
    keys: [{ key: 'arrowleft' }, { key: 'arrowright' }],
    where: 'on a splitter',
  },
  'splitter-ends': {
    group: 'Panes and dialogs',
    description: 'Narrowest or widest pane',
    keys: [{ key: 'home' }, { key: 'end' }],
    where: 'on a splitter',
  },
  'tab-step': {
    group: 'Panes and dialogs',
    description: 'Next or previous tab of the side pane',
    keys: [{ key: 'arrowleft' }, { key: 'arrowright' }],
    where: 'on the Notes, Sources and Claims tabs',
  },
  'close-dialog': {
    group: 'Panes and dialogs',
    description: 'Close a dialog',
    keys: [{ key: 'escape' }],
    where: 'in a dialog',
  },
} as const satisfies Record<string, Shortcut>

export type ShortcutId = keyof typeof SHORTCUTS

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  'General',
  'Search',
  'View',
  'Reading',
  'Analysis highlights',
  'Panes and dialogs',
]

function comboMatches(combo: KeyCombo, event: KeyPress): boolean {
  const keyMatches = event.key.toLowerCase() === combo.key || (!!combo.code && event.code === combo.code)
  if (!keyMatches || event.altKey !== !!combo.alt) return false
  if (combo.shift !== 'any' && event.shiftKey !== !!combo.shift) return false
  if (combo.ctrl) return event.ctrlKey && !event.metaKey
  return (event.ctrlKey || event.metaKey) === !!combo.primary
}

/** Whether a key press is one of the shortcut's key combinations. */
export function matchesShortcut(id: ShortcutId, event: KeyPress): boolean {
  return (SHORTCUTS[id].keys as readonly KeyCombo[]).some((combo) => comboMatches(combo, event))
}

const KEY_NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  escape: 'Esc',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
}

/** A key combination as people read it: "Ctrl+Shift+\" elsewhere, "⇧⌘\" on macOS. */
export function formatCombo(combo: KeyCombo, mac: boolean): string {
  const key = KEY_NAMES[combo.key] ?? combo.key.toUpperCase()
  if (mac) {
    return `${combo.ctrl ? '⌃' : ''}${combo.alt ? '⌥' : ''}${combo.shift === true ? '⇧' : ''}${combo.primary ? '⌘' : ''}${key}`
  }
  const parts = [
    combo.ctrl || combo.primary ? 'Ctrl' : '',
    combo.alt ? 'Alt' : '',
    combo.shift === true ? 'Shift' : '',
    key,
  ]
  return parts.filter(Boolean).join('+')
}

const ACCELERATOR_KEYS: Record<string, string> = { arrowup: 'Up', arrowdown: 'Down', escape: 'Esc' }

/** The shortcut's first key combination as an Electron menu accelerator ("CmdOrCtrl+Shift+\"). */
export function accelerator(id: ShortcutId): string {
  const combo: KeyCombo = SHORTCUTS[id].keys[0]
  const key = ACCELERATOR_KEYS[combo.key] ?? combo.key.toUpperCase()
  const parts = [
    combo.primary ? 'CmdOrCtrl' : '',
    combo.ctrl ? 'Ctrl' : '',
    combo.alt ? 'Alt' : '',
    combo.shift === true ? 'Shift' : '',
    key,
  ]
  return parts.filter(Boolean).join('+')
}
