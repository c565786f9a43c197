import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { onModalKeyDown, useDialogFocus } from '../lib/modalKeys'

/** Props of a modal dialog's frame: its title, its extra class and what closing it does. */
export interface ModalFrameProps {
  title: string
  className: string
  onClose: () => void
  children: ReactNode
}

/**
 * A modal dialog's frame: the backdrop (a click on it closes), a title and a Close button that
 * takes the focus, Escape and Tab kept inside, and the focus given back where it was on closing.
 */
export function ModalFrame({ title, className, onClose, children }: ModalFrameProps) {
  const titleId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)

  useDialogFocus(closeRef)

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={`modal ${className}`}
        onKeyDown={(event: KeyboardEvent<HTMLDivElement>) =>
          onModalKeyDown(event, dialogRef.current, onClose)
        }
      >
        <header className="modal-header">
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          <button ref={closeRef} type="button" className="button button-small" onClick={onClose}>
            Close
          </button>
        </header>
        {children}
      </div>
    </div>
  )
}
