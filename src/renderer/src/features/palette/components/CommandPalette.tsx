import { useEffect, useId, useMemo, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { matchesShortcut } from '../../../../../shared/shortcuts'
import { PALETTE_COMMANDS, type PaletteCommand } from '../../../app/paletteCommands'
import { shortcutHint } from '../../../lib/shortcuts'
import { paletteActions } from '../store/actions'
import { flatEntries, paletteGroups } from '../store/selectors'
import { usePaletteStore } from '../store/state'

/** Ctrl/Cmd+K: every action of the app by name, with its shortcut; Enter runs the one chosen. */
export function CommandPalette() {
  const open = usePaletteStore((s) => s.open)
  if (!open) return null
  return <CommandPaletteContent />
}

function CommandPaletteContent() {
  const query = usePaletteStore((s) => s.query)
  const activeId = usePaletteStore((s) => s.activeId)
  const recent = usePaletteStore((s) => s.recent)
  const titleId = useId()
  const listId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  // Where the focus was, to go back there on closing; a command that moves it itself is left be.
  const returnTo = useRef<HTMLElement | null>(null)

  // What can run is read once, when the palette opens: the window does not change under it.
  const available = useMemo(() => PALETTE_COMMANDS.filter((c) => c.available?.() ?? true), [])
  const groups = paletteGroups(available, query, recent)
  const flat = flatEntries(groups)
  const active = flat.find((c) => c.id === activeId) ?? flat[0] ?? null
  const optionId = (command: PaletteCommand) => `${listId}-${command.id}`

  useEffect(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    inputRef.current?.focus()
    return () => {
      if (returnTo.current?.isConnected) returnTo.current.focus()
    }
  }, [])

  useEffect(() => {
    if (!active) return
    const option = listRef.current?.querySelector(`[id="${CSS.escape(optionId(active))}"]`)
    option?.scrollIntoView?.({ block: 'nearest' })
  })

  function run(command: PaletteCommand) {
    // Back to where the person was first, so that the command acts there (or moves the focus on).
    if (returnTo.current?.isConnected) returnTo.current.focus()
    returnTo.current = null
    paletteActions.used(command.id)
    paletteActions.close()
    command.run()
  }

  function move(to: number) {
    if (flat.length) paletteActions.setActive(flat[(to + flat.length) % flat.length].id)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = active ? flat.indexOf(active) : -1
    if (event.key === 'Escape' || matchesShortcut('palette', event)) paletteActions.close()
    else if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home' && !event.shiftKey) move(0)
    else if (event.key === 'End' && !event.shiftKey) move(flat.length - 1)
    else if (event.key === 'Enter') {
      if (active) run(active)
    } else if (event.key !== 'Tab') return
    // Tab stays in the field: the options are reached with the arrow keys.
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      className="modal-backdrop palette-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && paletteActions.close()}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal palette"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="visually-hidden">
          Command palette
        </h2>
        <input
          ref={inputRef}
          type="text"
          className="palette-input"
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active) : undefined}
          placeholder="Type a command…"
          value={query}
          onChange={(e) => paletteActions.setQuery(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <div ref={listRef} id={listId} role="listbox" aria-label="Commands" className="palette-list">
          {groups.map((group, i) => (
            <div key={group.heading} role="group" aria-labelledby={`${listId}-g${i}`}>
              <div id={`${listId}-g${i}`} role="presentation" className="palette-group">
                {group.heading}
              </div>
              {group.entries.map((command) => (
                <div
                  key={command.id}
                  id={optionId(command)}
                  role="option"
                  aria-selected={command === active}
                  className="palette-option"
                  data-command={command.id}
                  onMouseMove={() => command !== active && paletteActions.setActive(command.id)}
                  // The field keeps the focus while the mouse picks.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => run(command)}
                >
                  <span className="palette-title">{command.title}</span>
                  {command.shortcut && <kbd className="palette-keys">{shortcutHint(command.shortcut)}</kbd>}
                </div>
              ))}
            </div>
          ))}
        </div>
        {!flat.length && (
          <p className="palette-empty" role="status">
            No command matches “{query.trim()}”.
          </p>
        )}
      </div>
    </div>
  )
}
