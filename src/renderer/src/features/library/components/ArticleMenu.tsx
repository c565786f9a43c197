import { useEffect, useLayoutEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { libraryActions } from '../store/actions'

/**
 * A row's context menu: Open and Delete…. Arrow keys move between the items, Escape or a click
 * elsewhere closes it and gives focus back to the row.
 */
export function ArticleMenu({
  articleId,
  x,
  y,
  onClose,
}: {
  articleId: string
  x: number
  y: number
  onClose: () => void
}) {
  const menuRef = useRef<HTMLDivElement>(null)
  const close = useRef(onClose)
  useLayoutEffect(() => {
    close.current = onClose
  })

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const away = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) close.current()
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape' || event.key === 'Tab') onClose()
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus()
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus()
    else if (event.key === 'Home') items[0]?.focus()
    else if (event.key === 'End') items[items.length - 1]?.focus()
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  function run(action: () => void) {
    onClose()
    action()
  }

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label="Article"
      className="article-menu"
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="menu-item article-menu-item"
        onClick={() => run(() => void libraryActions.select(articleId))}
      >
        Open
      </button>
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="menu-item article-menu-item"
        onClick={() => run(() => libraryActions.askDelete(articleId))}
      >
        Delete…
      </button>
    </div>
  )
}
