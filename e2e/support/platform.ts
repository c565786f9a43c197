/**
 * A shortcut as the app writes it on this OS: with macOS's symbols there (the app on the electron
 * target, and Chromium on the web target, report the OS the tests run on), with Ctrl and Alt
 * elsewhere.
 */
export function shortcutLabel(elsewhere: string, macOS: string): string {
  return process.platform === 'darwin' ? macOS : elsewhere
}
