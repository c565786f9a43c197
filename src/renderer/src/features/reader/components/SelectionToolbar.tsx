import { codebookActions } from '../../codebook/store/actions'
import { readerActions } from '../store/actions'

interface Props {
  top: number
  left: number
  /** Clears the page selection once the toolbar has taken it. */
  onDone: () => void
}

/** The small toolbar that floats over a text selection in the article. */
export function SelectionToolbar({ top, left, onDone }: Props) {
  // Keep the text selected when a button is pressed with the mouse.
  const keepSelection = (e: React.MouseEvent) => e.preventDefault()
  return (
    <div role="toolbar" aria-label="Selection" className="selection-toolbar" style={{ top, left }}>
      <button
        type="button"
        className="toolbar-button"
        onMouseDown={keepSelection}
        onClick={() => {
          void readerActions.highlightSelection()
          onDone()
        }}
        title="Highlight (H)"
      >
        Highlight
      </button>
      <button
        type="button"
        className="toolbar-button"
        onMouseDown={keepSelection}
        onClick={() => {
          void readerActions.addNoteToSelection()
          onDone()
        }}
        title="Add note (N)"
      >
        Add note
      </button>
      <button
        type="button"
        className="toolbar-button"
        onMouseDown={keepSelection}
        onClick={() => codebookActions.openCoding()}
        title="Code… (C)"
      >
        Code…
      </button>
    </div>
  )
}
