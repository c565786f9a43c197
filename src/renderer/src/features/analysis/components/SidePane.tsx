import { useEffect, useId, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { NotesPane } from '../../notes/components/NotesPane'
import { VerdictEditor } from '../../verdicts/components/VerdictEditor'
import { useNotesStore } from '../../notes/store/state'
import { analysisActions } from '../store/actions'
import type { SideTab } from '../store/state'
import { useAnalysisStore } from '../store/state'
import { ClaimsPanel } from './ClaimsPanel'
import { SourcesPanel } from './SourcesPanel'

const TABS: { tab: SideTab; label: string }[] = [
  { tab: 'notes', label: 'Notes' },
  { tab: 'sources', label: 'Sources' },
  { tab: 'claims', label: 'Claims' },
  { tab: 'verdict', label: 'Verdict' },
]

/** The right pane: Notes, Sources, Claims and the Verdict editor as tabs (arrow keys move between them). */
export function SidePane() {
  const tab = useAnalysisStore((s) => s.tab)
  const focusRequest = useNotesStore((s) => s.focusRequest)
  const tabRefs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({})
  const id = useId()

  // A note asked for the cursor (a new highlight with "Add note"): show the Notes tab.
  useEffect(() => {
    if (focusRequest) analysisActions.setTab('notes')
  }, [focusRequest])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = TABS.findIndex((t) => t.tab === tab)
    let next: number
    if (event.key === 'ArrowRight') next = (at + 1) % TABS.length
    else if (event.key === 'ArrowLeft') next = (at - 1 + TABS.length) % TABS.length
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = TABS.length - 1
    else return
    event.preventDefault()
    analysisActions.setTab(TABS[next].tab)
    tabRefs.current[TABS[next].tab]?.focus()
  }

  return (
    <div className="pane pane-side">
      <div role="tablist" aria-label="Side panels" className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map(({ tab: t, label }) => (
          <button
            key={t}
            ref={(el) => {
              tabRefs.current[t] = el
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t ? 0 : -1}
            className="side-tab"
            onClick={() => analysisActions.setTab(t)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="side-panel">
        {tab === 'notes' && <NotesPane />}
        {tab === 'sources' && <SourcesPanel />}
        {tab === 'claims' && <ClaimsPanel />}
        {tab === 'verdict' && <VerdictEditor />}
      </div>
    </div>
  )
}
