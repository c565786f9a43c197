/** True when keys typed now go into a text field, so app shortcuts must leave them alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'color', 'file', 'range'].includes(target.type)
  }
  return false
}

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function isPrimaryModifier(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey
}

/** macOS names its keys differently (⌘, ⇧) in menus and help. */
export const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.userAgent ?? '')

export const UNDO_SHORTCUT = IS_MAC ? '⌘Z' : 'Ctrl+Z'
