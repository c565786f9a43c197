import { shortcutHint } from '../../../lib/shortcuts'
import { helpActions } from '../../help/store/actions'
import { WorkspaceTabs } from '../../workspace/components/WorkspaceTabs'
import { layoutActions } from '../store/actions'
import type { PaneVisibility } from '../store/state'

interface ViewBarProps {
  visible: PaneVisibility
  focus: boolean
}

/** The strip above the reader: show or hide each pane, focus mode, and the keyboard shortcuts. */
export function ViewBar({ visible, focus }: ViewBarProps) {
  return (
    <div className="view-bar" role="group" aria-label="View">
      <button
        type="button"
        className="view-bar-button view-toggle"
        aria-pressed={visible.library}
        onClick={() => layoutActions.togglePane('library')}
        title={`Show or hide the library (${shortcutHint('toggle-library')})`}
      >
        <span className="view-toggle-icon view-toggle-icon-library" aria-hidden="true" />
        Library
      </button>
      <WorkspaceTabs />
      <span className="view-bar-gap" />
      <button
        type="button"
        className="view-bar-button view-toggle"
        aria-pressed={focus}
        onClick={layoutActions.toggleFocus}
        title={`The reader alone (${shortcutHint('focus-mode')}; Esc leaves)`}
      >
        Focus
      </button>
      <button
        type="button"
        className="view-bar-button view-toggle"
        aria-pressed={visible.side}
        onClick={() => layoutActions.togglePane('side')}
        title={`Show or hide the notes, sources and claims (${shortcutHint('toggle-side')})`}
      >
        Side pane
        <span className="view-toggle-icon view-toggle-icon-side" aria-hidden="true" />
      </button>
      <button
        type="button"
        className="view-bar-button view-toggle"
        aria-haspopup="dialog"
        onClick={helpActions.openShortcuts}
        title={`Keyboard shortcuts (${shortcutHint('shortcuts')})`}
      >
        Shortcuts
      </button>
    </div>
  )
}
