import { useEffect } from 'react'
import type { KeyboardEvent, RefObject } from 'react'

/** Focus goes into a dialog as it opens (to `first`), and back where it was when the dialog closes. */
export function useDialogFocus(first: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    first.current?.focus()
    return () => {
      if (before?.isConnected) before.focus()
    }
  }, [first])
}

// What Tab can reach inside a dialog: enabled controls and links, and anything given a tab stop.
const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])'

/**
 * The keys every modal dialog handles the same way: Escape closes it (and goes no further, so
 * that it does not also close what is behind), and Tab and Shift+Tab go round its own controls
 * instead of leaving it.
 */
export function onModalKeyDown(event: KeyboardEvent<HTMLElement>, dialog: HTMLElement | null, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault()
    event.stopPropagation()
    close()
    return
  }
  if (event.key !== 'Tab' || !dialog) return
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
