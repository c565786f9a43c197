import type { KeyboardEvent } from 'react'
import { useRef } from 'react'
import { workspaceActions } from '../store/actions'
import { useWorkspaceStore } from '../store/state'
import { WORKSPACE_VIEWS } from '../views'

/** The tabs above the centre: the reader and the views across the library (arrow keys move between them). */
export function WorkspaceTabs() {
  const view = useWorkspaceStore((s) => s.view)
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  if (WORKSPACE_VIEWS.length < 2) return null

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = WORKSPACE_VIEWS.findIndex((v) => v.view === view)
    const last = WORKSPACE_VIEWS.length - 1
    let next: number
    if (event.key === 'ArrowRight') next = at === last ? 0 : at + 1
    else if (event.key === 'ArrowLeft') next = at === 0 ? last : at - 1
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = last
    else return
    event.preventDefault()
    workspaceActions.show(WORKSPACE_VIEWS[next].view)
    refs.current[next]?.focus()
  }

  return (
    <div role="tablist" aria-label="Views" className="workspace-tabs" onKeyDown={onKeyDown}>
      {WORKSPACE_VIEWS.map(({ view: v, label }, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el
          }}
          type="button"
          role="tab"
          aria-selected={view === v}
          tabIndex={view === v ? 0 : -1}
          className="view-bar-button"
          onClick={() => workspaceActions.show(v)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}
