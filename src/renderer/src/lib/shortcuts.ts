import { formatCombo, SHORTCUTS, type KeyCombo, type ShortcutId } from '../../../shared/shortcuts'
import { IS_MAC } from './dom'

/** Each key combination of a shortcut as people read it on this platform. */
export function shortcutKeys(id: ShortcutId): string[] {
  return (SHORTCUTS[id].keys as readonly KeyCombo[]).map((combo) => formatCombo(combo, IS_MAC))
}

/** A shortcut's first key combination, for a button's tooltip ("Show or hide the library (Ctrl+\\)"). */
export function shortcutHint(id: ShortcutId): string {
  return shortcutKeys(id)[0]
}
